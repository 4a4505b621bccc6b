package extract

import "testing"

// TestAgencyStartFacilityAge: a word of a facility's age alone before its
// kind (新殡仪馆, 老殡仪馆) names no body. Not so: a name whose own words
// open with the same character, and a body named with its place.
func TestAgencyStartFacilityAge(t *testing.T) {
	checkRows(t, []rowCase{
		{"新殡仪馆馆区交通管控办法。", ""},
		{"焚烧点设在光明西道(老殡仪馆对面)。", ""},
		{"需将现殡仪馆院内骨灰堂骨灰迁出。", ""},
		{"旧敬老院拆除后新建。", ""},
		// Must not fire.
		{"新城街道办事处举办活动。", "新城街道办事处"},
		{"老城区敬老院开展活动。", "老城区敬老院"},
		{"锦州市殡仪馆发布通告。", "锦州市殡仪馆"},
		{"县老干部局组织活动。", "县老干部局"},
	}, "agencies", agencyTextRows)
}
