package extract

import "testing"

// TestAgencyInspectionGroup: a Party committee's inspection group (巡视组,
// as its 巡察组) is named by the committee and an ordinal before the
// ending. Not so: the ending alone (a group of no committee named), the
// committee's act of inspection, or the group's kind in the plural.
func TestAgencyInspectionGroup(t *testing.T) {
	checkRows(t, []rowCase{
		{"省委第二巡视组对吕梁市进行了巡视。", "省委第二巡视组"},
		{"2025年2月28日,省委巡视组向省民政厅党组反馈了巡视意见。", "省委巡视组; 省民政厅党组"},
		// Must not fire.
		{"积极配合巡视组开展工作。", ""},
		{"省委开展巡视工作。", "省委"},
		{"各巡视组进驻后开展工作。", ""},
	}, "agencies", agencyNames)
}
