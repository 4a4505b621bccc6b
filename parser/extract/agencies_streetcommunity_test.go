package extract

import "testing"

// TestAgencyStreetCommunity: a street office's name run into its
// community's (治淮街道光明街社区) is one name, the longest printed; a
// street office and a community apart, or 街道 alone before one, are not
// joined.
func TestAgencyStreetCommunity(t *testing.T) {
	checkRows(t, []rowCase{
		{"近日,治淮街道光明街社区开展义诊活动。", "治淮街道光明街社区"},
		{"调研组走访了区民政局、金海街道龙潭居委。", "区民政局; 金海街道龙潭居委"},
		// Must not fire.
		{"近日,治淮街道和光明街社区开展义诊。", "治淮街道; 光明街社区"},
		{"重阳节当天,街道瀛池社区开展活动。", "瀛池社区"}, // the bare level opens no name (bareTownLeads)
		{"重阳节当天,新街道瀛池社区开展活动。", "新街道瀛池社区"},
		{"近日,治淮街道新社区开展义诊活动。", "治淮街道新社区"},
		{"近日,治淮街道光明街道社区开展义诊活动。", "治淮街道光明街道社区"},
	}, "agencies", agencyNames)
}
