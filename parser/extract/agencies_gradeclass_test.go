package extract

import "testing"

// TestAgencyGradedKind: the kind after a grade (全国3A级婚姻登记处标准) is a
// class; a body named by its place after the grade's sentence is one.
func TestAgencyGradedKind(t *testing.T) {
	checkRows(t, []rowCase{
		{"新址按照全国3A级婚姻登记处标准和要求打造。", ""},
		{"全市新增5星级养老机构。", ""},
		{"全市按照三级养老机构标准建设。", ""},
		{"新址按照全国5A级婚姻登记处标准打造,槐荫区民政局婚姻登记处已投入使用。", "槐荫区民政局婚姻登记处"},
		{"全国ＳＳ级婚姻登记处标准。", ""},
		// Must not fire.
		{"会议由级山镇民政科主持。", "级山镇民政科"},
		{"槐荫区民政局婚姻登记处已投入使用。", "槐荫区民政局婚姻登记处"},
	}, "agencies", agencyNames)
}
