package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// unitFieldVerb reports whether the boundary word w that ends at i, a
// verb that takes a body (宣传, 发布: 宣传县民政局工作), is instead the
// field a unit inside a body is named after, right before the unit's
// one-character ending (省民政厅宣传|处, 新闻发布|处处长, 信息发布|科):
// after a body's whole name or a noun of the field the verb and the
// ending name the unit (a 处 of publicity, of news release), and the
// scan goes on. A verb and an ending that make a common word (查处, the
// non-agency words) name none.
func unitFieldVerb(s string, ts []segment.Token, w string, i, e int, suffix string) bool {
	if isConjunction(w) || i != e-len(suffix) || utf8.RuneCountInString(suffix) != 1 || lexicon.AgencySuffixes().Label(suffix, 0) != "unit" {
		return false
	}
	k := tokenEndingAt(ts, i)
	if k < 0 || ts[k].Word != w || ts[k].Tag != "v" && ts[k].Tag != "vn" || commonWordEnds(w+suffix) {
		return false
	}
	j := i - len(w)
	if _, ok := lexicon.AgencySuffixes().EndingAt(s, j); ok {
		return true // 省民政厅|宣传|处
	}
	n := tokenEndingAt(ts, j)
	return n >= 0 && strings.HasPrefix(ts[n].Tag, "n") && !strings.HasPrefix(ts[n].Tag, "nr") // 新闻|发布|处
}
