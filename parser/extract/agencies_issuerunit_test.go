package extract

import "testing"

// TestAgencyIssuerUnit: an issuer field whose value is a unit's ending
// alone (来源:办公室) names the page's own office. A source that is no
// body (the page's own site) or the ending in running text names none
// (the rule must not fire).
func TestAgencyIssuerUnit(t *testing.T) {
	checkRows(t, []rowCase{
		{"更新时间:2017-12-18   来源:办公室  作者:", "办公室"},
		{"来源:办公室", "办公室"},
		// Must not fire.
		{"来源:本网", ""},
		{"各单位办公室要做好值班工作。", ""},
	}, "agencies", agencyNames)
}
