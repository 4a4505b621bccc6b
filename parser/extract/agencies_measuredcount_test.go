package extract

import "testing"

// TestAgencyMeasuredCount: a kind of body followed by a figure and a
// measure word of count is a class counted, even where its first words
// read as a place; a body named by its place with a bare figure after it,
// or with no count, is still one body.
func TestAgencyMeasuredCount(t *testing.T) {
	checkRows(t, []rowCase{
		{"我县共建设养老机构3家,日间照料中心9所,互助幸福院10所,养老机构达到县域内全覆盖。", ""},
		{"全市建成城市社区养老服务中心12个、农村互助幸福院30所。", ""},
		// Must not fire.
		{"2016-07-05 09:01:50 云南省民族学会80159", "云南省民族学会"},
		{"互助县民政局开展慰问活动。", "互助县民政局"},
		{"临江市民政局组织3名干部参加培训。", "临江市民政局"},
		{"参会人员:市民政局3人。", "市民政局"},
	}, "agencies", agencyNames)
}
