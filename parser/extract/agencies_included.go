package extract

import (
	"slices"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// dropIncludedZones drops a zone's bare kind (经济开发区, 高新区: a zone cue
// with no place or level of its own) named inside a bracket that opens
// with a word of including (含, 包括: the boundaries labelled include)
// after a word that is no body's name (主城区(含高新区…), 全县(包括某某
// 开发区)): the bracket says what the area before it takes in, and
// its members are kinds of area, a class (GOLD.md), no one body. After a
// body's name (市民政局(含某某开发区…)) the bracket lists the body's parts,
// and is left to the other rules.
func dropIncludedZones(s string, cs []candidate) []candidate {
	return slices.DeleteFunc(cs, func(c candidate) bool {
		name := s[c.start:c.end]
		w, ok := lexicon.AgencyCues().Suffix(name)
		if !ok || lexicon.AgencyCues().Label(w, 0) != "zone" || agency.HasLocality(name) {
			return false
		}
		return includingBracketOver(s, c.start)
	})
}

// includingBracketOver reports whether byte i stands inside a bracket
// still open there that opens with a word of including (含, 包括) and
// follows no agency ending.
func includingBracketOver(s string, i int) bool {
	for k := i; k > 0; {
		r, w := utf8.DecodeLastRuneInString(s[:k])
		switch r {
		case '）', ')', '\n':
			return false
		case '（', '(':
			b := lexicon.AgencyBoundaries()
			inc, ok := b.Prefix(s[k:i])
			if !ok || b.Label(inc, 0) != "include" {
				return false
			}
			_, body := lexicon.AgencySuffixes().EndingAt(s, k-w)
			return !body
		}
		k -= w
	}
	return false
}
