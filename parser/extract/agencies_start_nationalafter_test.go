package extract

import "testing"

// TestAgencyNationalAfterName: a ministry's name run on after another
// body's name with no mark opens a name of its own; a ministry named with
// its country or after a national body, or with no ending before it, is
// read as before.
func TestAgencyNationalAfterName(t *testing.T) {
	checkRows(t, []rowCase{
		{"邀请民政部社会组织管理局民政部培训中心的专家授课。", "民政部社会组织管理局; 民政部培训中心"},
		{"省民政厅民政部儿童福利司联合开展调研。", "省民政厅; 民政部儿童福利司"},
		// Must not fire.
		{"邀请民政部培训中心的专家授课。", "民政部培训中心"},
		{"中国民政部发布通知。", "中国民政部"},
		{"近日，民政部社会组织管理局召开会议。", "民政部社会组织管理局"},
		{"会同民政部培训中心开展培训。", "民政部培训中心"},
	}, "agencies", agencyNames)
}
