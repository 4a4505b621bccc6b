package extract

import "testing"

// TestAgencyZoneKinds: a 管理区, an 实验区 or an 工业园区 is a zone coded as
// a county-level area, so its name opens the names of the bodies in it as
// a division's does; 区 of 区域 closes no zone.
func TestAgencyZoneKinds(t *testing.T) {
	checkRows(t, []rowCase{
		{"青湖管理区民政局组织救灾。", "青湖管理区民政局"},
		{"东岭综合实验区社会事业局负责审核。", "东岭综合实验区社会事业局"},
		{"滨江工业园区社会事务局开展排查。", "滨江工业园区社会事务局"},
		{"会议由龙溪经济开发区社会事业局承办。", "龙溪经济开发区社会事业局"},
		// Must not fire: 区域 after 管理, a kind of centre; the zones of a
		// kind counted by 各, a class.
		{"我省获批建设救助管理区域性中心。", ""},
		{"加快建设全国救助管理区域性中心。", ""},
		{"各管理区民政办负责审核。", ""},
	}, "agencies", agencyNames)
}
