package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// kindWordLeads finds no body where the name the scan read opens with
// common words (a noun, a verb the segmenter tagged as one, a word of
// time: 规范|公益性公墓, 上|年度|公益性公墓) before a word that names a kind
// of body by its standing (公益性, 经营性, 公办, 公募: the generic prefixes
// labelled kind, 《殡葬管理条例》 第八条、第九条's kinds of cemetery): a
// body's name is written [place or level][own words][ending] (the agency
// package), and a kind's word with no place or proper name before it
// opens the kind itself, which the words before it act on or date. The
// other prefixes (各, 我市, 全市, 村级; 农村, which a name's own words may
// run into: 农业农村局) are read by the rules on those
// words (actOnClass, pointingWordLeads, wholeAreaLeads).
type kindWordLeads struct{}

func (kindWordLeads) open(r *startReading) bool {
	s, ts := r.s, r.ts
	return lastTokenIn(ts, r.i, r.j(), func(k int) bool {
		p := ts[k].Start
		if p == r.i {
			return false
		}
		w, ok := lexicon.GenericPrefixes().At(s, p)
		if !ok || lexicon.GenericPrefixes().Label(w, 0) != "kind" || p+len(w) >= r.e {
			return false
		}
		if tokenEndingAt(ts, p+len(w)) < 0 || agency.HasLocality(s[r.i:p]) || properNameIn(s, ts, r.i, p) {
			return false
		}
		return true
	}) < 0
}
