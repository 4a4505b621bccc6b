package extract

import (
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// roadDivisionInside reports whether name holds a division named after
// its road (体育场路社区日间照料中心, 建设路街道…): a road's name, its
// street ending, then a level's word. Communities and street offices are
// named after their roads, so the name opens with one division's own
// name and names one body, as one opening with a place's name does, even
// where the segmenter does not read the road's name as a place; a
// member of a list of kinds of body (照料中心、…等) holds no such name.
func roadDivisionInside(name string) bool {
	for k := 0; k < len(name); {
		_, w := utf8.DecodeRuneInString(name[k:])
		k += w
		st, ok := lexicon.Streets().EndingAt(name, k)
		if !ok || utf8.RuneCountInString(name[:k-len(st)]) < 2 {
			continue
		}
		if _, _, level := agency.LevelAt(name, k); level {
			return true
		}
	}
	return false
}
