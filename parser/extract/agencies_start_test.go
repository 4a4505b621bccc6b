package extract

import "testing"

// TestClauseStart holds where the clause that holds an offset opens: after
// the last mark that ends a clause, a line's break or the text's start; a
// bracket, which may print the levels inside a name, bounds none.
func TestClauseStart(t *testing.T) {
	tests := []struct{ in, want string }{
		// the text before the clause the text's end stands in
		{"经研究，张店区民政局", "经研究，"},
		{"一、市民政局", "一、"},
		{"来源：县民政局", "来源："},
		{"第一行\n市民政局", "第一行\n"},
		{"市民政局", ""},
		// Must not stop: a bracket or a space is inside the clause.
		{"各县（市、区）民政局", "各县（市、"},
		{"（记者 崔静）市民政局", ""},
		{"民政局(社会事业局)", ""},
	}
	for _, tc := range tests {
		if got := tc.in[:clauseStart(tc.in, len(tc.in))]; got != tc.want {
			t.Errorf("clauseStart(%q) leaves %q before, want %q", tc.in, got, tc.want)
		}
	}
}

// TestAgencyStartClause holds the scan back from a name's ending to the
// clause the ending stands in, however many words the name holds: a long
// name of a body of co-ordination is read whole, not cut at a count of
// steps (and then read to a shorter ending inside it). The clause's mark
// still bounds the name, and the words of a clause before it are none of
// it.
func TestAgencyStartClause(t *testing.T) {
	tests := []rowCase{
		{"经研究，张店区新型冠状病毒感染的肺炎疫情联防联控医疗救治物资保障处置工作领导小组办公室发布通知。",
			"张店区新型冠状病毒感染的肺炎疫情联防联控医疗救治物资保障处置工作领导小组办公室"},
		{"经研究，张店区新型冠状病毒感染的肺炎疫情处置工作领导小组办公室发布通知。",
			"张店区新型冠状病毒感染的肺炎疫情处置工作领导小组办公室"},
		// Must not run across the clause's mark or keep the clause's words.
		{"根据新型冠状病毒感染的肺炎疫情联防联控医疗救治物资保障工作安排，张店区民政局发布通知。", "张店区民政局"},
		{"会议要求全面加强新型冠状病毒感染的肺炎疫情联防联控医疗救治物资保障工作的张店区民政局发布通知。", "张店区民政局"},
		// A location lead (位于) says where, and opens no name: the body's
		// name after it is read without it, a division after it is a place.
		{"活动在位于东湖公园游客服务中心旁的草坪举行。", "东湖公园游客服务中心"},
		// Must not fire: a division or a part of a place after the lead.
		{"该村位于东山镇境内。", ""},
		{"同意将位于西城区东华街道区域内的3条道路予以命名", ""},
		// A credit label that is also a verb (摄影) glued to the name's words
		// is the trade the body is named after, no credit.
		{"记者获悉，芜湖市人像摄影协会、芜湖市茶叶行业协会等被撤销登记。", "芜湖市人像摄影协会; 芜湖市茶叶行业协会"},
		{"东城区新闻摄影学会举办年会。", "东城区新闻摄影学会"},
		// Must not fire: the label printed as a credit, a space after it.
		{"摄影 王某 编辑 李某", ""},
	}
	checkRows(t, tests, "agencies", agencyNames)
}
