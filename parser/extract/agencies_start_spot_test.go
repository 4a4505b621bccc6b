package extract

import "testing"

// TestAgencyStartSpot: 处 after the noun of a spot (亭, 大厅, 广场) is the
// locative, at the spot, no office. Not so: an office named after its
// field (婚姻登记处, 人事处), and a body before 处 read by its own ending.
func TestAgencyStartSpot(t *testing.T) {
	checkRows(t, []rowCase{
		{"公墓于4月4日在云鹤亭处设置代祭点。", ""},
		{"在服务大厅处设置咨询台。", ""},
		{"于纪念广场处设置献花台。", ""},
		// Must not fire.
		{"群众可以在县民政局婚姻登记处办理。", "县民政局婚姻登记处"},
		{"请到县民政局人事处咨询。", "县民政局人事处"},
		{"到社区服务中心处咨询。", "社区服务中心"},
	}, "agencies", agencyTextRows)
}
