package extract

import "testing"

// TestAgencyGuessedPlaceTail: a one-character noun glued to a place's name
// the segmenter guessed (陆家/x|嘴/n|街道) is the tail of that name, as after
// a place it tagged (太平/ns|桥/n|街道); a common word before a community's
// or a street's ending still names a kind.
func TestAgencyGuessedPlaceTail(t *testing.T) {
	checkRows(t, []rowCase{
		{"会上，区民政局、陆家嘴街道作为代表进行交流发言。", "区民政局; 陆家嘴街道"},
		{"会上，陆家嘴街道作为代表进行交流发言。", "陆家嘴街道"},
		// Must not fire: a kind of community, a common word before the level.
		{"推进居家社区养老服务。", ""},
		{"加强城乡社区治理。", ""},
		{"各街道要做好排查。", ""},
	}, "agencies", agencyNames)
}
