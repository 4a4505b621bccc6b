package extract

import "bulletin/parser/lexicon"

// wholeAreaLeads moves the start to a word that names all of a division
// (generic_prefixes.txt, whole: 全市, 全县, 全国) inside the words the scan
// ran through (加强和规范|全市村委会调整工作): such a word opens the phrase
// it heads, so what stands before it is the clause's (a verb, a
// conjunction), no word of a name; from there the name reads as the
// whole division's class or remit (agency.One).
type wholeAreaLeads struct{}

func (wholeAreaLeads) open(r *startReading) bool {
	g := lexicon.GenericPrefixes()
	last := -1
	for k := r.i + 1; k < r.j(); k++ {
		if w, ok := g.At(r.s, k); ok && g.Label(w, 0) == "whole" && k+len(w) <= r.j() {
			last = k
		}
	}
	if last > r.i {
		r.i = last
	}
	return true
}
