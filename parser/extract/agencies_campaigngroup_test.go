package extract

import "testing"

// TestAgencyCampaignGroup: a group set up for one campaign, named after
// the place that points at it (我区|…专项行动小组), is one body; the ending
// with no place before it names a kind.
func TestAgencyCampaignGroup(t *testing.T) {
	checkRows(t, []rowCase{
		{"下一步,我区养老院服务质量建设专项行动小组将于本周内召集相关部门。", "养老院服务质量建设专项行动小组"},
		// Must not fire.
		{"下一步,要成立专项行动小组,召集相关部门。", ""},
	}, "agencies", agencyNames)
}
