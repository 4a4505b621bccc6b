package extract

import "bulletin/parser/lexicon"

// wholeAreaLeads moves the start to a word that names all of a division
// (generic_prefixes.txt, whole: 全市, 全县, 全国) inside the words the scan
// ran through (加强和规范|全市村委会调整工作): such a word opens the phrase
// it heads, so what stands before it is the clause's (a verb, a
// conjunction), no word of a name; from there the name reads as the
// whole division's class or remit (agency.One). 全国 after a census's
// round (第二次|全国地名普查) is the census's name (censusOrdinalBefore).
type wholeAreaLeads struct{}

func (wholeAreaLeads) open(r *startReading) bool {
	g := lexicon.GenericPrefixes()
	last := r.i
	if r.i >= r.j() {
		return true
	}
	for k := range r.s[r.i:r.j()] {
		if w, ok := g.At(r.s, r.i+k); ok && k > 0 && g.Label(w, 0) == "whole" && r.i+k+len(w) <= r.j() && !censusOrdinalBefore(r.s, r.i+k) {
			last = r.i + k
		}
	}
	r.i = last
	return true
}
