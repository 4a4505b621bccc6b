package extract

import "testing"

// TestAgencyTagValues: the values of a page's tag field (关键词, 标签: the
// words it files itself under for its site's search) name no body (cue
// words tag; dropTagValues). Not so: a name before the label, a name after
// a clause's end on the line, and a label that opens no field (a word of
// the running text).
func TestAgencyTagValues(t *testing.T) {
	checkRows(t, []rowCase{
		{"文号:|关键词:|经济开发区;道路名称;地名文化|", ""},
		{"关键词:养老服务,民政局,调研", ""},
		{"标签:社区养老服务中心 幸福工程", ""},
		{"本文标签:,民政局,婚姻登记", ""},
		// Must not fire.
		{"发布机构:|周至县民政局|关键词:|养老服务|", "周至县民政局"},
		{"关键词:养老。周至县民政局召开会议。", "周至县民政局"},
		{"会议的关键词是创新,周至县民政局作了发言。", "周至县民政局"},
	}, "agencies", agencyNames)
}
