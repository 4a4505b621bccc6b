package extract

import "testing"

// TestAgencyTimeWord66 covers a word of time right before an ending
// (节前|敬老院, 年前|殡仪馆): the time says when the clause's act happens,
// no part of a name, and the bare kind after it names no body. Rows where
// the rule must not fire: a stage of a life the segmenter tags as a time
// (老年大学), a time after the name's place (乡清明节工作办公室), a time
// before a place that opens the name (节前|复兴镇敬老院).
func TestAgencyTimeWord66(t *testing.T) {
	checkRows(t, []rowCase{
		{"详细询问了节前敬老院安全措施落实情况。", ""},
		{"局长详细询问了节前敬老院的安全情况。", ""},
		// Must not fire.
		{"银川老年大学专职副校长李子良介绍情况。", "银川老年大学"},
		{"乡清明节工作办公室负责协调。", "乡清明节工作办公室"},
		{"节前复兴镇敬老院开展安全检查。", "复兴镇敬老院"},
	}, "agencies", agencyNames)
}

// TestAgencyPartyPost66 covers the post 党委委员 printed after a body's
// name (周至县民政局党委|委员): the post is the person's in that body, the
// agency, as 党组成员 is. Rows where the rule must not fire: a committee
// named by itself (总会党委委员: no body's name before the post), a
// committee of a body's organs (市民政局机关党委委员), 党委 before another
// title (党委书记: the committee is named), a committee's own name
// (…党委委员会).
func TestAgencyPartyPost66(t *testing.T) {
	checkRows(t, []rowCase{
		{"周至县民政局党委委员、县勘界办主任王永利带队检查。", "周至县民政局; 县勘界办"},
		{"市民政事务服务中心党委委员、副主任李明宣读倡议书。", "市民政事务服务中心"},
		// Must not fire.
		{"总会党委委员、7位党支部书记分别发言。", "总会党委"},
		{"市民政局机关党委委员张三出席。", "市民政局机关党委"},
		{"市民政局党委书记李德全出席。", "市民政局党委"},
		{"区委党委委员会召开会议。", "区委党委委员会"},
	}, "agencies", agencyNames)
}

// TestAgencyMediumJoined66 covers a site listed with a conjunction before
// a body's name (政府网站和|县民政局网站): the site is where the text is
// published, no part of the name after the conjunction. Rows where the
// rule must not fire: a conjunction inside one body's name after a word
// that ends in 网 (互联网和信息化…), a place that opens with the
// conjunction (和县民政局).
func TestAgencyMediumJoined66(t *testing.T) {
	checkRows(t, []rowCase{
		{"在政府网站和县民政局网站主动公布低保信息。", "县民政局"},
		{"通过县政府门户网站和县民政局网站公布。", "县政府; 县民政局"},
		// Must not fire.
		{"县互联网和信息化工作领导小组召开会议。", "县互联网和信息化工作领导小组"},
		{"和县民政局召开会议。", "和县民政局"},
		{"市社会福利和捐助救助中心开展活动。", "市社会福利和捐助救助中心"},
	}, "agencies", agencyNames)
}
