package extract

import "testing"

// TestAgencyTraditionalScript covers names printed in 繁體 characters and
// Hong Kong's bodies: 委託 after a body is the verb its 委 opens, 關於 opens a cited title as 关于 does; 社會福利署
// and 立法会 name one body each, and again by their short names. Each with
// cases where the rule must not fire.
func TestAgencyTraditionalScript(t *testing.T) {
	checkRows(t, []rowCase{
		// 委託 and 委托 after a body. (召開 reaches the extractors folded
		// to 召开 by the character map, as every 繁體 form it maps.)
		{"受民政部委託,由该中心编制报告。", "民政部"},
		{"受县民政局委托,会计师事务所开展审计。", "县民政局"},
		// 關於 and 关于 open the title a body forwards.
		{"省政府办公厅下发了《关于转发国务院办公厅国办发明电【2013】7号文件的通知》。", "省政府办公厅; 国务院办公厅"},
		{"省政府办公厅下发了《关於转发国务院办公厅国办发明电【2013】7号文件的通知》。", "省政府办公厅; 国务院办公厅"},
		// Must not fire: a title with no body forwarded.
		{"《关于转发全面推进工作的通知》", ""},
		// Hong Kong's 社會福利署 and 立法会 name one body each, and again by their short
		// names; a short name in brackets names none.
		{"香港特區政府社會福利署將設長者生活津貼。社會福利署發言人表示。", "香港特區政府社會福利署; 社會福利署"},
		{"香港立法会财务委员会于2012年12月7日通过计划。立法会同时通过拨款。", "香港立法会财务委员会; 立法会"},
		{"社会福利署(社署)现正邀请学校申请。", "社会福利署"},
		// Must not fire: Hong Kong's schools named by how they are run.
		{"申请学校必须是公营学校(包括官立学校、资助学校及按位津贴学校)或直接资助计划学校。", ""},
	}, "agencies", agencyNames)
}

// TestAgencyHongKongBodies covers Hong Kong's bodies and a secretariat read
// as words of their own (政务司, 社署, 劳工及福利局, 书记处). Pages printed in
// 繁體 reach the extractors in simplified characters, so the rows are
// written so.
func TestAgencyHongKongBodies(t *testing.T) {
	checkRows(t, []rowCase{
		// Hong Kong's bodies read as words of their own: the body before its
		// head's title (政务司司长 → 政务司, as 市委书记 → 市委), a bureau whose name
		// holds 及, the short name 社会福利署 prints for itself.
		{"政务司司长张建宗出席。", "政务司"},
		{"劳工及福利局局长孙玉菡表示。", "劳工及福利局"},
		{"社署现邀请机构提交申请。", "社署"},
		// A secretariat is the unit before its members' title.
		{"共青团中央书记处书记傅振邦", "共青团中央书记处"},
		{"共青团中央副书记出席。", "共青团中央"},
		// A commissioner's office (公署) named after the officer who heads it:
		// the title inside the name is the name's word; the officer alone is no
		// body.
		{"申诉专员公署发表调查报告。", "申诉专员公署"},
		{"廉政公署拘捕了两名职员。", "廉政公署"},
		{"大兴安岭地区行政公署召开会议。", "大兴安岭地区行政公署"},
		{"申诉专员表示将跟进。", ""},
	}, "agencies", agencyNames)
}
