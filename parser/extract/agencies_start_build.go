package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// buildVerbLeads moves the start past a verb of building a facility that
// opens the words the scan found (建设|公墓的审批, 增建|银川老年大学新校区,
// 建设|城市社区老年活动中心共136个): a plan or a report of 民生实事 names
// what it builds after the verb (新建, 增建, 改扩建 N个…), and a body's
// name never opens with the act of building it. The segmenter tags such a
// verb as a verbal noun (建设/vn) or guesses it (增建/x), so verbLeads
// does not see it. The verb must be a word of its own there (建设路社区
// opens with the road 建设路), and where a level follows it (建设社区,
// 建设街道办事处) the word is the division's own name. A name with a
// place after the verb is that place's body; one without is guessed
// (weak), and a kind with no place names no one body (agency.One).
type buildVerbLeads struct{}

func (buildVerbLeads) open(r *startReading) bool {
	s, i, e := r.s, r.i, r.e
	cues := lexicon.AgencyCues()
	w, ok := cues.Prefix(s[i:e])
	if !ok || cues.Label(w, 0) != "build" {
		return true
	}
	if k := tokenAt(r.ts, i); k < 0 || r.ts[k].End != i+len(w) {
		return true
	}
	rest := s[i+len(w) : e]
	if _, _, level := agency.LevelAt(rest, 0); rest == "" || level {
		return true // 建设|街道办事处: the division 建设 and its level
	}
	if roadNamedBy(rest) {
		return true // 新建|路街道: the road 新建路
	}
	r.i, r.weak = i+len(w), !agency.HasLocality(rest)
	return true
}
