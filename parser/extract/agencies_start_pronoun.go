package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// pronounRefers finds no body where a pronoun refers to one by its kind
// (北京那个|医院, the hospital meant): a body's name holds none.
type pronounRefers struct{}

func (pronounRefers) open(r *startReading) bool {
	return !pronounBefore(r.s, r.ts, r.i, r.j(), r.e)
}

// pronounBefore reports whether a pronoun the segmenter tags r (那个, 这家,
// 哪个), or a demonstrative and its count (这一: the generic prefixes
// labelled refers), stands among the name's words from i, where the rules before left
// its start, to the ending at j, and no place or proper name opens the
// words after it up to e: a pronoun refers to a body by its kind (北京
// 那个医院, the hospital meant), and a body's name holds none. The words
// that point at the place or make a class (我市, 各类, 其他: the generic
// prefixes) are read by the rules for those; a name that opens with its
// place after a pronoun (这是|市民政局) is the name clauseHead reads.
func pronounBefore(s string, ts []segment.Token, i, j, e int) bool {
	k := lastTokenIn(ts, i, j, func(k int) bool {
		g := lexicon.GenericPrefixes()
		return ts[k].Tag == "r" && !g.Has(ts[k].Word) || g.Has(ts[k].Word) && g.Label(ts[k].Word, 0) == "refers"
	})
	if k < 0 {
		return false
	}
	rest := s[ts[k].End:e]
	return !agency.HasLocality(rest) && !properNameOpens(rest, ts[k].End, ts) && !townNamed(rest, ts[k].End, ts)
}
