package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// pointedBackAt reports whether a one-character pointing word ends at j
// (generic_prefixes.txt, deictic: 该, 此, 其): 该登记处, 此中心 refer back to a
// body the text has named (该 "the said", as official writing points back
// with 该 and 此), so the short form after it is that reference, no name
// of its own. The words that point at the writing body (我局, deictic
// body) or at a place (我市) are not of these.
func pointedBackAt(s string, j int) bool {
	g := lexicon.GenericPrefixes()
	w, ok := g.EndingAt(s, j)
	return ok && utf8.RuneCountInString(w) == 1 && g.Label(w, 0) == "deictic" && g.Label(w, 1) != "body"
}
