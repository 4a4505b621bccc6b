package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// verbalNounLeads moves the start past a verbal noun right before a name
// that names its own place or level (核查|全县民政局, 核查|乡镇政府): the
// act done to it, no part of it; likewise before a proper name, after a
// verbal noun that plans nothing.
type verbalNounLeads struct{}

func (verbalNounLeads) open(r *startReading) bool {
	s, ts, e := r.s, r.ts, r.e
	if k := lastVerbalNoun(ts, r.i, r.words); k >= 0 {
		if rest := s[ts[k].End:e]; agency.HasLocality(rest) || agency.OpensWithLevel(rest) {
			r.i, r.weak = ts[k].End, true
		} else if !lexicon.Stance().Has(ts[k].Word) && properNameOpens(rest, ts[k].End, ts) {
			r.i, r.weak = ts[k].End, false // likewise after a verbal noun that plans nothing
		}
	}
	return true
}

// lastVerbalNoun is the index of the last verbal noun (tagged vn) inside
// [i, j), or -1.
func lastVerbalNoun(ts []segment.Token, i, j int) int {
	return lastTokenIn(ts, i, j, func(k int) bool { return ts[k].Tag == "vn" })
}
