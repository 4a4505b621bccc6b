package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// levelOpensBody reports whether the surname sur at i is a level of
// division (区, also a surname: Ōu) that opens a body's name with the
// ending right after it (副区长区人民政府, 区政府, 区人大): a body is named
// by its division's level right before its ending (agency_suffixes.tsv,
// division), so the characters are the body's, no person's name, as the
// level that closes a name the segmenter read opens one (从市|民政局).
// Source: 《地方各级人民代表大会和地方各级人民政府组织法》 §2 (市辖区…设立
// 人民政府) and the titles a report prints before the body it heads.
func levelOpensBody(s string, i int, sur string) bool {
	if agency.OneCharLevel(sur) == "" {
		return false
	}
	_, ok := lexicon.AgencySuffixes().At(s, i+len(sur))
	return ok
}
