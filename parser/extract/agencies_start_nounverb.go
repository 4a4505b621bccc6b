package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// nounTaggedVerb moves the start past a verb of governing the segmenter
// tagged as a noun, an adjective or an abbreviation (为规范/n|某省民政厅…,
// 健全/a|民政厅机关…, 深化/j: cue list nounverb), which the rules of verbs
// do not read, where the words after it open with a place or with a
// trade's own word for its office: the body is the verb's object, named
// with its place or alone. Where no place
// follows (规范社区服务中心管理) the words are left to the other rules,
// and a name that holds the word after its place (某市规范…领导小组)
// keeps it, the place opening the name before it.
type nounTaggedVerb struct{}

func (nounTaggedVerb) open(r *startReading) bool {
	s, ts, e := r.s, r.ts, r.e
	k := tokenAt(ts, r.i)
	if k < 0 || !nounVerbTag(ts[k].Tag) || !lexicon.CueWordList("nounverb").Has(ts[k].Word) || ts[k].End > r.j() {
		return true
	}
	if ts[k].End == r.j() && !tradeWordOpens(s[ts[k].End:e]) {
		return true
	}
	if rest := s[ts[k].End:e]; agency.HasLocality(rest) {
		r.i, r.weak = ts[k].End, false
	} else if tradeWordOpens(rest) {
		// 健全|民政厅机关: the office alone, found at no boundary, is
		// kept only as the other rules find it (the one of its place).
		r.i, r.weak = ts[k].End, true
	}
	return true
}

// nounVerbTag reports whether the segmenter's tag is one it gives a verb
// of governing that it did not read as a verb: a noun (规范/n), an
// adjective (健全/a) or an abbreviation (深化/j).
func nounVerbTag(tag string) bool {
	switch tag {
	case "n", "a", "j":
		return true
	}
	return false
}

// tradeWordOpens reports whether rest opens with a trade's own word for
// its office (民政厅, 民政局: nt in the domain lexicon): the body the verb
// governs (健全|民政厅机关…), named alone, no place before it.
func tradeWordOpens(rest string) bool {
	d := lexicon.Domain()
	w, ok := d.At(rest, 0)
	return ok && d.Label(w, 0) == "nt"
}
