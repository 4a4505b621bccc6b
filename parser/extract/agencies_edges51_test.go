package extract

import "testing"

// TestAgencyEdges51 covers the edges of names found in review 49a: a
// conjunction after a cited title or a titled person's name that the
// scan read into the next name (》和|县…, 总编某某和|省…), a branch named
// after its body and its area (国家统计局某省调查总队, 某报业集团某市分社),
// a stage of life the segmenter tags as time inside a name (中国老年大学
// 协会), and the kinds a bracket lists to explain a 各 class (各殡葬服务
// 单位（殡仪馆、…）), and a township the gazetteer lacks before the verb
// of a group's field (某某镇应对…领导小组办公室). Each with rows where the rule must not fire.
func TestAgencyEdges51(t *testing.T) {
	checkRows(t, []rowCase{
		// A cited title, then a conjunction, then the name.
		{"依照《关于做好防汛工作的通知》和县防汛抗旱指挥部办公室的部署执行。", "县防汛抗旱指挥部办公室"},
		// A person's name after a title, then a conjunction.
		{"邀请了晚报总编李正平和省民政厅办公室副主任到会。", "省民政厅办公室"},
		{"邀请了晚报总编王建国和县民政局办公室主任到会。", "县民政局办公室"},
		// Must not fire: a county whose name opens with 和, with no
		// mention before it; a list of two bodies; a person with no title.
		{"和县民政局召开专题会议。", "和县民政局"},
		{"近日，和县民政局开展走访。", "和县民政局"},
		{"市社会福利院和县社会福利院联合举办活动。", "市社会福利院; 县社会福利院"},
		{"会议由市民政局和省民政厅共同主办。", "市民政局; 省民政厅"},
		// A branch named after its body and its area: one name.
		{"湖南省统计局 国家统计局湖南调查总队", "湖南省统计局; 国家统计局湖南调查总队"},
		{"国家统计局广东调查总队发布数据。", "国家统计局广东调查总队"},
		{"邀请了南江报业集团北岭分社记者授课。", "南江报业集团北岭分社"},
		// Must not fire: two bodies joined by a verb, a corps of no branch.
		{"省统计局会同省消防救援总队开展检查。", "省统计局; 省消防救援总队"},
		{"南江报业集团发布消息。", "南江报业集团"},
		// A stage of life inside a name.
		{"中国老年大学协会副会长出席会议。", "中国老年大学协会"},
		{"中国青年志愿者协会召开年会。", "中国青年志愿者协会"},
		// Must not fire: a name that holds no stage of life; a word of
		// time before a body.
		{"中国社会福利基金会召开年会。", "中国社会福利基金会"},
		{"近年来市民政局加大投入。", "市民政局"},
		// A township the gazetteer lacks, read as one word, then the
		// verb of the field a group is named after.
		{"柳家镇应对新型冠状病毒感染肺炎疫情工作领导小组办公室\n2020年3月5日", "柳家镇应对新型冠状病毒感染肺炎疫情工作领导小组办公室"},
		{"根据柳家镇应对疫情工作领导小组办公室要求执行。", "柳家镇应对疫情工作领导小组办公室"},
		// Must not fire: a township's act on a kind of body.
		{"柳家镇建成养老服务中心。", ""},
		// The kinds a bracket lists after a 各 class: no body.
		{"二、各殡葬服务单位（殡仪馆、公墓、殡仪服务站）暂停集中祭扫。", ""},
		{"各村级服务机构(便民服务站、养老服务站)要做好防护。", ""},
		// Must not fire: a bracket after one body, no class; a name that
		// runs across the bracket.
		{"本次检查覆盖市殡仪馆（含城南殡仪服务站、北山公墓）。", "市殡仪馆; 城南殡仪服务站; 北山公墓"},
		{"请各县（市、区）民政局于月底前报送。", ""},
	}, "agencies", agencyNames)
}
