package extract

import "testing"

// TestAgencyLiaisonGroup: a political consultative conference's or a
// people's congress's liaison group (联络组) is a body of its own, named
// with the body and its place before it; a group named by no body, or
// the word in a phrase of work, names none.
func TestAgencyLiaisonGroup(t *testing.T) {
	checkRows(t, []rowCase{
		{"市下沉委员、镇政协联络组负责同志参加活动。", "镇政协联络组"},
		{"平安街道人大代表联络组开展视察。", "平安街道人大代表联络组"},
		// Must not fire.
		{"成立联络组,负责日常联系。", ""},
		{"要求做好联络组各项工作。", ""},
	}, "agencies", agencyNames)
}
