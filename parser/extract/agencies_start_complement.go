package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// complementLeads moves the start past the complement of result a verb
// takes right after it (落实好|民政部, 做好|县民政局…, 照顾好|敬老院…: 结果补语,
// the list resultcomplement of the cue words): the scan stops after the
// verb (a boundary word such as 落实, or the verb's own rules), and the
// complement that follows is the verb's, no name's first character. The
// verb is printed right before it, with no mark between; a name that
// opens with the character after a noun (好願 of 濟南好願…中心) is left.
type complementLeads struct{}

func (complementLeads) open(r *startReading) bool {
	s, ts, e := r.s, r.ts, r.e
	k := tokenAt(ts, r.i)
	if k < 1 || ts[k].End > r.j() || !lexicon.CueWordList("resultcomplement").Has(ts[k].Word) {
		return true
	}
	if v := ts[k-1]; v.End != ts[k].Start || !verbOrAdjective(v.Tag) {
		return true
	}
	rest := s[ts[k].End:e]
	r.i, r.weak = ts[k].End, !agency.HasLocality(rest) && !properNameOpens(rest, ts[k].End, ts)
	r.afterBoundary = true
	return true
}

// verbOrAdjective reports whether a segmenter's tag is a verb's or an
// adjective's, the words a complement of result follows (落实/a 好, 做/v 好).
func verbOrAdjective(tag string) bool {
	switch tag {
	case "v", "vn", "vd", "a", "ad":
		return true
	}
	return false
}
