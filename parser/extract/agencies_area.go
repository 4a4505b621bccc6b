package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// The words of an area around a place's name (the agency cues labelled
// area and within): a name before or around them says where, no body.

// areaAt reports whether a noun of an area or a locative opens at e
// (开怀街道|片区, 太平街道|辖区内): a division's name before it qualifies
// the area, as before 部分道路 it does (placeOfNoun).
func areaAt(s string, e int) bool {
	cues := lexicon.AgencyCues()
	w, ok := cues.At(s, e)
	if !ok {
		return false
	}
	l := cues.Label(w, 0)
	return l == "area" || l == "within"
}

// withinAt reports whether a locative after a place (范围内, 辖区内, 境内:
// the agency cues labelled within) opens at e. A zone's or a division's
// name before it (重庆市高新区|范围内停止祭扫, 本县|行政区域内) marks the
// extent over which what the sentence says holds, as a notice's scope
// clause prints it (本办法适用于本市行政区域内…), no body that acts: the
// zone's 管委会 or the division's government is named by its own ending
// where it acts.
func withinAt(s string, e int) bool {
	cues := lexicon.AgencyCues()
	w, ok := cues.At(s, e)
	return ok && cues.Label(w, 0) == "within"
}

// withinPlace reports whether a locative after a place (境内, 辖区内: the
// agency cues labelled within) ends among the words [i, j) before a
// name's ending, or right before them (招远市境内|殡仪馆): the kind of
// body named after it is every one that lies in the place, a class
// (GOLD.md), no one body.
func withinPlace(s string, i, j int) bool {
	cues := lexicon.AgencyCues()
	for k := i; k <= j && k < len(s); {
		if w, ok := cues.EndingAt(s, k); ok && cues.Label(w, 0) == "within" {
			return true
		}
		if k == j {
			break
		}
		_, n := utf8.DecodeRuneInString(s[k:])
		k += n
	}
	return false
}
