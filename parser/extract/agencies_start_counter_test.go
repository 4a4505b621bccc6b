package extract

import "testing"

// TestAgencyStartCounter: a bureau's counter (窗口) in a service hall
// names the hall. Not so: a bureau's counter with no hall before it, the
// hall's counter of a field (民政窗口), and a hall named after the bureau.
func TestAgencyStartCounter(t *testing.T) {
	checkRows(t, []rowCase{
		{"请到常州市行政服务中心民政局窗口办理。", "常州市行政服务中心"},
		{"材料送市政务服务中心民政局窗口。", "市政务服务中心"},
		// Must not fire.
		{"请到县民政局窗口办理。", "县民政局"},
		{"材料送县行政服务中心民政窗口。", "县行政服务中心"},
		{"材料送市民政局驻政务中心一楼窗口。", "市民政局"},
	}, "agencies", agencyTextRows)
}
