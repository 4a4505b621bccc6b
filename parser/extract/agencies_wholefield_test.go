package extract

import "testing"

// TestAgencyWholeField: a body of co-ordination named after all of a
// division (全省, 全区) keeps the verbs of its field (表彰, 推进) as it
// does after a place; a class word (各地) or no division at all still
// leaves the verb before the ending acting on a kind.
func TestAgencyWholeField(t *testing.T) {
	checkRows(t, []rowCase{
		{"省民政厅成立了全省城市低保表彰工作领导小组,由副厅长任组长。", "省民政厅; 全省城市低保表彰工作领导小组"},
		{"会议由全区推进殡葬改革工作领导小组召集。", "全区推进殡葬改革工作领导小组"},
		{"省全面推进依法行政工作领导小组印发通知。", "省全面推进依法行政工作领导小组"},
		// Must not fire.
		{"省民政厅要求各地成立城市低保表彰工作领导小组。", "省民政厅"},
		{"省民政厅要求全面推进工作领导小组建设。", "省民政厅"},
		{"全省养老机构开展安全检查。", ""},
	}, "agencies", agencyNames)
}
