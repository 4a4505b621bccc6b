package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/segment"
)

// clauseWordsLead moves the start past the words of a clause the scan ran
// through (那么|菏泽市…, 牵动着|市委, 支持|我局): they are no part of the
// name, which opens after them.
type clauseWordsLead struct{}

func (clauseWordsLead) open(r *startReading) bool {
	if h := clauseHead(r.s, r.ts, r.i, r.j(), r.e); h > r.i {
		r.i, r.afterBoundary = h, true
	}
	return true
}

// clauseHead is where a name starts that the backward scan from its
// ending ran through a clause's words to find (那么|菏泽市牡丹区民政局…,
// 时刻牵动着|市委, 支持|我局…), i being where the scan stopped and j where
// the name's ending starts; -1 if the scan ran through no such word. A
// body's name is written [place or level][words][ending] (the agency
// package), and the words of a clause hold it together with function
// words that no name holds: after the last of them the name opens with
// its place or its level. A word that points at the place or at the
// writer (我局, 我市: deictic in the generic prefixes) is where the name
// opens wherever it stands, as at a clause's start; the rule that reads
// it there decides what it names.
func clauseHead(s string, ts []segment.Token, i, j, e int) int {
	if k := lastTokenIn(ts, i, e, func(k int) bool {
		return ts[k].Start > i && deicticWord(ts[k].Word)
	}); k >= 0 {
		return ts[k].Start
	}
	k := lastTokenIn(ts, i, j, func(k int) bool {
		return functionWordTags[ts[k].Tag] && !deicticWord(ts[k].Word) && agency.HasLocality(s[ts[k].End:e])
	})
	if k < 0 {
		return -1
	}
	return ts[k].End
}
