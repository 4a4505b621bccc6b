package extract

import "testing"

// TestAgencyListCount: a count of bodies after the last member of a list
// (三个社区居委会) sums the members, so the member ends before it; a
// member with an ordinal or no count runs to its ending as before.
func TestAgencyListCount(t *testing.T) {
	checkRows(t, []rowCase{
		{"设立物华路社区、滨水公园社区、茅山社区三个社区居委会。", "物华路社区; 滨水公园社区; 茅山社区"},
		{"新设东湖社区、西湖社区两个社区居委会。", "东湖社区; 西湖社区"},
		{"市民政局、县民政局等2家单位参加。", "市民政局; 县民政局"},
		// Must not fire.
		{"市民政局、县第三社会福利院开展工作。", "市民政局; 县第三社会福利院"},
		{"市民政局、县社会福利院开展工作。", "市民政局; 县社会福利院"},
	}, "agencies", agencyNames)
}
