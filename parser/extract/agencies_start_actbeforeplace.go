package extract

import (
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// actBeforePlace moves the start past a verbal noun that stands before a
// name opening with its place or level (调整/vn|市民政局建议提案办理工作
// 领导小组): the act done to the body, no part of it. verbalNounLeads
// reads only the last verbal noun of the words, and a body of
// co-ordination's field words hold verbal nouns of their own after the
// place (办理工作/vn), which hide the act before it; the name is
// [place][body][field][ending] (《国务院关于议事协调机构设置的通知》), so
// the last verbal noun that a place follows is where it opens. Read for
// the endings labelled field alone (领导小组, 指挥部), whose names hold
// such words; before other endings a place after a verbal noun may open
// a phrase (推进现代化/vn|某市新实践开好局), no body.
type actBeforePlace struct{}

func (actBeforePlace) open(r *startReading) bool {
	s, ts, e := r.s, r.ts, r.e
	if lexicon.AgencySuffixes().Label(r.suffix, 2) != "field" {
		return true
	}
	k := lastTokenIn(ts, r.i, r.words, func(k int) bool {
		_, w := utf8.DecodeRuneInString(s[ts[k].End:])
		// 台商|投资/vn|区: the verbal noun names a zone's field, 区 closes the zone's name.
		return ts[k].Tag == "vn" && agency.HasLocality(s[ts[k].End:e]) && !zoneEndingAt(s, ts[k].End+w)
	})
	if k >= 0 && ts[k].End > r.i {
		r.i, r.weak = ts[k].End, true
	}
	return true
}
