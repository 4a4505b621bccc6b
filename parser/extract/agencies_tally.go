package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/numeral"
)

// tallyAfter reports whether a verb that brings a number to a new total
// (labelled tally in the agency cues: 增加至, 达到) and a count of bodies
// (18个, 三十家) follow the name that ends at e (某市社区养老服务中心|增加至
// 18个): the text counts the bodies of a kind, with its place or not, and
// the name is that kind, no one body (GOLD.md: a class counted).
func tallyAfter(s string, e int) bool {
	w, ok := lexicon.AgencyCues().At(s, e)
	if !ok || lexicon.AgencyCues().Label(w, 0) != "tally" {
		return false
	}
	j := e + len(w)
	k := j
	for k < len(s) {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !(r >= '0' && r <= '9') && !numeral.IsChinese(r) {
			break
		}
		k += n
	}
	if k == j {
		return false
	}
	u, ok := lexicon.Units().At(s, k)
	return ok && countMeasure(u)
}
