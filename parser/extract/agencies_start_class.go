package extract

import (
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// classNounLeads moves the start past a noun of a class of bodies printed
// before a name in apposition (优胜单位|城关镇民政办): the class the name
// is one of.
type classNounLeads struct{}

func (classNounLeads) open(r *startReading) bool {
	if h := classNounHead(r.s, r.ts, r.i, r.j(), r.e); h > r.i {
		r.i, r.afterBoundary = h, true
	}
	return true
}

// classNounHead is where a name opens after a noun of a class of bodies
// that the scan ran through (优胜单位|城关镇民政办, 责任部门|县民政局): a
// list of bodies is printed after the class it falls in, as apposition
// (先进单位, 牵头单位), and the class noun is no part of the name that
// opens with its place after it. The class nouns are the generic agencies
// of two characters or more that end no name (单位, 部门; 政府 and 中心 do:
// 相城区人民政府|太平街道办事处; 会 closes 心理学|会). i is where the scan
// stopped, j where the ending starts; -1 if no such noun.
func classNounHead(s string, ts []segment.Token, i, j, e int) int {
	k := lastTokenIn(ts, i, j, func(k int) bool {
		w, rest := ts[k].Word, s[ts[k].End:e]
		if !lexicon.GenericAgencies().Has(w) || lexicon.AgencySuffixes().Has(w) || utf8.RuneCountInString(w) < 2 {
			return false
		}
		return agency.HasLocality(rest) || townNamed(rest, ts[k].End, ts)
	})
	if k < 0 {
		return -1
	}
	return ts[k].End
}
