package extract

import "testing"

// TestAgencyAdverbOpensPlace: a county whose first character the
// segmenter reads as an adverb (都|安县/x) opens the name whole; an adverb
// before a place, or before a verb that shares the place's characters
// (都安排), is no place.
func TestAgencyAdverbOpensPlace(t *testing.T) {
	checkRows(t, []rowCase{
		{"对都安县救助管理站开展检查。", "都安县救助管理站"},
		{"检查组检查了都安县救助管理站。", "都安县救助管理站"},
		// Must not fire.
		{"各乡镇都安排了敬老院负责人。", ""},
		{"县里都由县民政局统一办理。", "县民政局"},
	}, "agencies", agencyNames)
}
