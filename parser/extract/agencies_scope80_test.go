package extract

import "testing"

// TestAgencyScope80: 我州, 我旗 point at the writing prefecture or banner
// as 我市 does, and 全旗 names all of a banner as 全县 does: the kind after
// them is a class. 规委会 is 规划委员会 clipped, a division's committee
// after its level. Not so: 全州 opening the county 全州县, a 规委会 with no
// place or level before it, and 我州 before the prefecture's own organ.
func TestAgencyScope80(t *testing.T) {
	tests := []rowCase{
		{"我州乡镇农村公益性公墓建设始于2012年。", ""},
		{"全旗苏木镇敬老院全部建成。", ""},
		{"我旗养老服务中心建设进展顺利。", ""},
		{"目前正在报县规委会审核中。", "县规委会"},
		{"方案经市规委会审议通过。", "市规委会"},
		{"全州县民政局召开会议。", "全州县民政局"},
		{"我州州民政局召开会议。", "州民政局"},
		{"规委会审议通过。", ""},
	}
	checkRows(t, tests, "agencies", agencyTextRows)
}
