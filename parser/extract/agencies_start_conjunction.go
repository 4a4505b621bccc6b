package extract

import (
	"unicode/utf8"

	"bulletin/parser/segment"
)

// conjunctionBeforeEnding moves the start past a clause's conjunction
// printed right before an ending that is a body's whole word (但是|民政局,
// 因此|民政局): functionWordLeads leaves a word that runs up to the ending
// alone, but a conjunction of two characters or more (但是, 而且, 因此: the
// 连词 of 《现代汉语词典》 that join clauses, not the 和, 及, 与 that join
// the words of a name) opens the clause, never a body's name.
type conjunctionBeforeEnding struct{}

func (conjunctionBeforeEnding) open(r *startReading) bool {
	if h := clauseConjunctionEnd(r.ts, r.i, r.j()); h > r.i {
		r.i, r.afterBoundary = h, true
	}
	return true
}

// clauseConjunctionEnd is where a conjunction of two characters or more
// that starts at i and ends at j ends; -1 where no such word stands there.
func clauseConjunctionEnd(ts []segment.Token, i, j int) int {
	k := tokenAt(ts, i)
	if k < 0 || ts[k].Tag != "c" || ts[k].End != j || utf8.RuneCountInString(ts[k].Word) < 2 {
		return -1
	}
	return ts[k].End
}
