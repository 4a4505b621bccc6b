package extract

import "testing"

// TestAgencyElderHomeAndMemorialEndings covers the endings of homes for
// the elderly (安养院, 颐养中心, 康养中心) and of a cemetery named as a
// memorial garden (纪念园): a name before them is a body, the ending
// alone the kind.
func TestAgencyElderHomeAndMemorialEndings(t *testing.T) {
	checkRows(t, []rowCase{
		{"检查组来到松鹤安养院检查消防安全。", "松鹤安养院"},
		{"市民可在青松人文纪念园门口候车。", "青松人文纪念园"},
		// The ending alone is the kind, no name: no longer cut from it
		// (颐养|中心 read as a name ending in 中心).
		{"推动建设一批康养中心和颐养中心。", ""},
		{"入住颐养中心的老人逐年增多。", ""},
		// Must not fire: names before the endings stay whole.
		{"检查组来到县康养中心检查消防安全。", "县康养中心"},
		{"检查组来到夕阳红颐养中心检查消防安全。", "夕阳红颐养中心"},
		{"各纪念园实行预约祭扫。", ""},
		{"老人可选择入住安养院。", ""},
	}, "agencies", agencyNames)
}
