package extract

import "testing"

// TestAgencyEdges71: 行署, the government of a 盟 or a 地区, named by the
// division's name or level before it; the characters inside other words
// (进行署名, 执行署长) and 行署 with no division before name none.
func TestAgencyEdges71(t *testing.T) {
	checkRows(t, []rowCase{
		{"盟行署副秘书长杨磊主持会议。", "盟行署"},
		{"兴安盟行署印发了实施方案。", "兴安盟行署"},
		{"阿里地区行署召开专题会议。", "阿里地区行署"},
		// Must not fire.
		{"请各单位进行署名确认。", ""},
		{"工作人员执行署长的指示。", ""},
		{"会议由行署主持。", ""},
	}, "agencies", agencyNames)
}
