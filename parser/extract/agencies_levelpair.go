package extract

import (
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/segment"
)

// levelPairOpens reports whether the name at byte off opens with two
// levels read as one word, of different rank (省州/x 党委, 县乡/x 人民政府,
// 市县/n 民政局) or two kinds of one rank (区县 民政局: 区 and 县 both
// county-level): the levels stand for the divisions of both, every one
// of them (省州党委政府: the province's and each prefecture's), so
// the name is a class of bodies, no one (GOLD.md: a generic plural). A
// level that opens a longer word of its own after the first (县|乡村振兴局)
// is no second level.
func levelPairOpens(name string, off int, ts []segment.Token) bool {
	first := agency.OneCharLevel(name)
	if first == "" {
		return false
	}
	r1, w := utf8.DecodeRuneInString(name)
	second := agency.OneCharLevel(name[w:])
	r2, w2 := utf8.DecodeRuneInString(name[w:])
	if second == "" || r2 == r1 {
		return false
	}
	k := tokenAt(ts, off)
	if k < 0 {
		return false
	}
	// One word of both (市县/n), or each level a word of its own (区|县|民政局).
	return ts[k].End == off+w+w2 || ts[k].End == off+w && k+1 < len(ts) && ts[k+1].End == off+w+w2
}
