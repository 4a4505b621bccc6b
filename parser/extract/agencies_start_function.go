package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// functionWordLeads moves the start past a function word that opens the
// words the scan found (经过|评审委员会): a preposition opens no name.
type functionWordLeads struct{}

func (functionWordLeads) open(r *startReading) bool {
	if h := functionWordOpens(r.s, r.ts, r.i, r.j()); h > r.i {
		r.i, r.afterBoundary = h, true
	}
	return true
}

// functionWordOpens is where a name opens after a function word that
// starts the words the scan found (经过/p|评审委员会, 对于|…): a body's name
// is [place or level][words][ending], and a preposition, a conjunction or
// a particle holds a clause together before it, never opens it (inside
// a name one may join its words: 救助与管理). A word that points at the
// place or makes a class (我市, 各) is read by the rules for those; a
// place that opens with such a character (和平区) is read whole. i is
// where the scan stopped, j where the ending starts; -1 if no such word.
func functionWordOpens(s string, ts []segment.Token, i, j int) int {
	k := tokenAt(ts, i)
	if k < 0 || ts[k].End >= j || !functionWordTags[ts[k].Tag] || deicticWord(ts[k].Word) {
		return -1
	}
	if _, ok := lexicon.GenericPrefixes().At(s, i); ok {
		return -1
	}
	if _, ok := lexicon.Places().At(s, i); ok || agency.OpensWithLevel(s[i:]) {
		return -1
	}
	return ts[k].End
}
