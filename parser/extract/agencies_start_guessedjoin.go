package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// guessedJoinLeads moves the start past a word the segmenter guessed (tag
// x) that opens the name and ends with a conjunction (cue list
// conjunction: 与, 和, 及) where the words after the conjunction name one
// body by themselves (现与/x|民政部制定的…: 现, now, then 与, with): the
// guess glued the clause's adverb to the conjunction, and a conjunction
// opens no name, it joins the name after it to what comes before
// (县民政局和|财政局). A guess that opens a place's name (民和县: Places)
// is the place's, read whole.
type guessedJoinLeads struct{}

func (guessedJoinLeads) open(r *startReading) bool {
	k := tokenAt(r.ts, r.i)
	if k < 0 {
		return true
	}
	t := r.ts[k]
	if t.Tag != "x" || t.Start != r.i || t.End >= r.e {
		return true
	}
	c, ok := lexicon.CueWordList("conjunction").Suffix(t.Word)
	if !ok || len(c) == len(t.Word) {
		return true
	}
	if _, place := lexicon.Places().At(r.s, t.Start); place {
		return true
	}
	if agency.One(r.s[t.End:r.e], false) {
		r.i, r.weak = t.End, false
	}
	return true
}
