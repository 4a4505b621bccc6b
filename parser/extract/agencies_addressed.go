package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// ownAddressAfter reports whether a new address opens right at e: a place
// of the gazetteer and its level (武汉市, 长岭镇), the first words of an
// address as official lists print one ([province][city][county][street]
// [number]). A directory's row run together (序号, 单位名称, 地址, 联系电话
// with no marks between them: 1某某公墓武汉市某区某路8号027-…) prints the
// body's name, then its address that opens with its place: the name before
// is the body's, no place inside the address (成都市高新区|锦城大道366号,
// where a street follows the place with no level of a new place first).
func ownAddressAfter(s string, e int) bool {
	p, ok := lexicon.Places().At(s, e)
	if !ok {
		return false
	}
	if _, ok := lexicon.Levels().Suffix(p); ok && len(p) > 3 {
		return true // the gazetteer's name with its level (武汉市)
	}
	_, _, ok = agency.LevelAt(s, e+len(p))
	return ok
}
