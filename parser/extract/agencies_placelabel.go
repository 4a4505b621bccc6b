package extract

import (
	"slices"

	"bulletin/parser/lexicon"
)

// dropPlaceLabels drops a township's or a community's short name (茶山街道,
// 东风社区: a place's name and a level that ends names, the suffixes
// labelled named) that stands alone as a whole line or a whole cell: a
// table's column of the divisions its rows fall in (镇街, 社区) or a
// heading by place labels where a row or a part belongs, no body that
// acts; where the body acts, the text names it in a sentence
// (茶山街道养老服务中心, 茶山街道组织…). GOLD.md lists the bodies named in
// the text; the golds list no such label of a column (a 区/市 column's
// cells are none either).
func dropPlaceLabels(s string, cs []candidate) []candidate {
	return slices.DeleteFunc(cs, func(c candidate) bool { return placeLabelAlone(s, c.start, c.end) })
}

// placeLabelAlone reports whether the name [i, e) of s ends in a level
// that ends names and fills its line, white space aside.
func placeLabelAlone(s string, i, e int) bool {
	suf, ok := lexicon.AgencySuffixes().EndingAt(s, e)
	if !ok || lexicon.AgencySuffixes().Label(suf, 1) != "named" || e-i <= len(suf) {
		return false
	}
	_, _, alone := aloneOnLine(s, i, e)
	return alone
}
