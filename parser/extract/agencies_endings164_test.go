package extract

import "testing"

// TestAgencySocialWorkPoint: a 社工点, the social-work station's outpost in
// a village or a community, is named by its place as the station is.
// Not so: the kind alone, counted, or after 各.
func TestAgencySocialWorkPoint(t *testing.T) {
	tests := []rowCase{
		{"黄忠宏到头堡村社工点看望。", "头堡村社工点"},
		{"县民政局到东风社区社工点调研。", "县民政局; 东风社区社工点"},
		{"各村社工点要加强管理。", ""},
		{"建成社工点12个。", ""},
		{"社工点工作人员上门。", ""},
	}
	checkRows(t, tests, "agencies", agencyTextRows)
}

// TestAgencyResidentsRooms: a room of a home or an institution where its
// residents live or read (民住室, 阅览室) is no unit of the body: the name
// ends before it. Not so: a unit in 室 (办公室), a body's own 室 of a name.
func TestAgencyResidentsRooms(t *testing.T) {
	tests := []rowCase{
		{"邓城镇敬老院民住室干净整洁。", "邓城镇敬老院"},
		{"孩子们来到福利院青少儿阅览室读书。", ""},
		{"市图书馆阅览室开放。", "市图书馆"},
		{"县民政局办公室负责。", "县民政局办公室"},
		{"县委党史研究室编印。", "县委党史研究室"},
	}
	checkRows(t, tests, "agencies", agencyTextRows)
}
