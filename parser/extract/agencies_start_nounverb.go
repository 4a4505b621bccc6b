package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// nounTaggedVerb moves the start past a verb of governing the segmenter
// tagged as a noun (为规范/n|某省民政厅…: cue list nounverb), which the
// rules of verbs do not read, where the words after it open with a place:
// the body is the verb's object, named with its place. Where no place
// follows (规范社区服务中心管理) the words are left to the other rules,
// and a name that holds the word after its place (某市规范…领导小组)
// keeps it, the place opening the name before it.
type nounTaggedVerb struct{}

func (nounTaggedVerb) open(r *startReading) bool {
	s, ts, e := r.s, r.ts, r.e
	k := tokenAt(ts, r.i)
	if k < 0 || ts[k].Tag != "n" || !lexicon.CueWordList("nounverb").Has(ts[k].Word) || ts[k].End >= r.j() {
		return true
	}
	if agency.HasLocality(s[ts[k].End:e]) {
		r.i, r.weak = ts[k].End, false
	}
	return true
}
