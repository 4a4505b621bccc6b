package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// awaitedBody reads a verb of the generic prefixes (待, awaiting: labelled
// verb) where the scan stands, before words that open with a place or a
// level (待|省民政厅…发布后, 待|县民政局审核后): the verb waits on the act of
// one body named with its place, the subject of the clause after it, and
// the name opens after the verb as it does after 经 or 由. Before a kind
// of body with no place (待注销|社会组织, 以下待整治|学会) the verb names
// every body awaiting that act, a class, which boundaryWordBefore reads.
type awaitedBody struct{}

func (awaitedBody) back(r *startReading) scanMove {
	g := lexicon.GenericPrefixes()
	w, ok := g.EndingAt(r.s, r.i)
	if !ok || g.Label(w, 0) != "verb" || !boundaryWord(r.ts, r.i, w) || !agency.HasLocality(r.s[r.i:r.e]) {
		return scanPass
	}
	r.afterBoundary = true
	return scanStop
}
