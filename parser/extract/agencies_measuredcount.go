package extract

import "bulletin/parser/lexicon"

// measuredCountAfter reports whether a figure and a measure word that
// counts bodies (the cue list bodymeasure: 家, 所; not 人) follow a name
// ending at e (互助幸福院10所, 养老机构3家): one body is never counted, so the words name a kind of body counted, a class,
// even where they open with what reads as a place (互助 is also a
// county's short name). A bare figure closing a line (某省民族学会80159:
// a page's view count) counts nothing, so it needs no place test.
func measuredCountAfter(s string, e int) bool {
	j := e
	for figureAt(s, j) {
		j++
	}
	if j == e {
		return false
	}
	u, ok := lexicon.Units().At(s, j)
	if !ok || !lexicon.CueWordList("bodymeasure").Has(u) {
		return false
	}
	_, joined := listJoinAt(s, j+len(u))
	return joined || memberEnd(s, j+len(u))
}
