package extract

import (
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/segment"
)

// levelPairOpens reports whether the name at byte off opens with two
// levels of different rank read as one word (省州/x 党委, 县乡/x 人民政府,
// 市县/n 民政局): the levels stand for the divisions of both ranks, every
// one of them (省州党委政府: the province's and each prefecture's), so
// the name is a class of bodies, no one (GOLD.md: a generic plural). A
// level that opens a word of its own after the first (县|乡村振兴局) is
// no second level.
func levelPairOpens(name string, off int, ts []segment.Token) bool {
	first := agency.OneCharLevel(name)
	if first == "" {
		return false
	}
	_, w := utf8.DecodeRuneInString(name)
	second := agency.OneCharLevel(name[w:])
	if second == "" || second == first {
		return false
	}
	_, w2 := utf8.DecodeRuneInString(name[w:])
	k := tokenAt(ts, off)
	return k >= 0 && ts[k].End == off+w+w2
}
