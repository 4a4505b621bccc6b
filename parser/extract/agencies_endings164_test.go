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
