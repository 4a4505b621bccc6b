package extract

import (
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// verbalNounLeads moves the start past a verbal noun right before a name
// that names its own place or level (核查|全县民政局, 核查|乡镇政府), or,
// where a plan word makes the verbal noun an act (plannedAct), a level's
// body with no place's name (拟调整|街道办事处: some street's, a class once
// the start is guessed; 建设街道办事处 is a street's): the act done to it,
// no part of it;
// likewise before a proper name, after a verbal noun that plans nothing.
type verbalNounLeads struct{}

func (verbalNounLeads) open(r *startReading) bool {
	s, ts, e := r.s, r.ts, r.e
	if k := lastVerbalNoun(ts, r.i, r.words); k >= 0 {
		if _, w := utf8.DecodeRuneInString(s[ts[k].End:]); zoneEndingAt(s, ts[k].End+w) {
			return true // 台商|投资/vn|区…: the verbal noun names a zone's field, 区 closes the zone's name
		}
		if rest := s[ts[k].End:e]; agency.HasLocality(rest) || agency.OpensWithLevel(rest) || bareLevel(rest) && plannedAct(s, ts[k].Start) {
			r.i, r.weak = ts[k].End, true
		} else if !lexicon.Stance().Has(ts[k].Word) && properNameOpens(rest, ts[k].End, ts) && !placedField(s, r.i, ts[k].Start) {
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

// plannedAct reports whether a plan word ends at i (拟|调整, 拟|设立: the
// stance words): the verbal noun after it is a verb of the plan, no
// word of a name.
func plannedAct(s string, i int) bool {
	_, ok := lexicon.Stance().EndingAt(s, i)
	return ok
}
