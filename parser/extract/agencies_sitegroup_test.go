package extract

import "testing"

// TestAgencySiteGroups: a portal's group of sites (站群, 网站群: media.txt)
// is a medium, so the link labels of its navigation (县区政府站群, 市政府部门
// 站群) name no body. Rows where it must not fire: a body acting beside
// the labels, a body's own site named in a sentence, a station's name.
func TestAgencySiteGroups(t *testing.T) {
	checkRows(t, []rowCase{
		{"站群导航\n\n市政府网站\n\n市政府部门站群\n\n县区政府站群\n\n县民政局组织烈属祭扫。", "县民政局"},
		{"县区政府站群\n县民政局组织烈属祭扫。", "县民政局"},
		{"市政府部门站群\n县民政局组织烈属祭扫。", "县民政局"},
		{"某市人民政府网站群\n市民政局召开会议。", "市民政局"},
		// Must not fire.
		{"县民政局组织烈属祭扫。", "县民政局"},
		{"市救助站工作人员上街巡查。", "市救助站"},
		{"县政府部门负责人参加会议。", "县政府"},
	}, "agencies", agencyNames)
}
