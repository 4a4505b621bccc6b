package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// A report tells how many took part in an event by a count before a verb
// of taking part that closes its clause (150余名…负责人参培, 32支参赛队的128名
// 选手参赛, 80名社工参训): the count is of those who came, no level a plan
// sets, whatever word of a name or an attribute stands between (社会组织
// 培育发展基地, 新疆生产建设兵团). A sentence that turns ahead or requires
// (将有300人参训, 计划组织…参赛, 要确保…参训) keeps its plan. Source: the
// reports of trainings, contests and meetings on bureau pages (参训, 参培,
// 参赛: the 参 words of 《现代汉语词典》, 7th ed.); cue list tookpart.

// tookPart reports whether the number at r counts those who take part in
// an event: a verb of taking part closes its clause after it, and the
// sentence neither requires nor plans ahead.
func tookPart(s string, clause, r byteRange, st sentenceStance) bool {
	if st.will || st.intended || st.proposed || st.requires() {
		return false
	}
	rest := strings.TrimRight(s[r.End:clause.End], " ")
	_, ok := lexicon.CueWordList("tookpart").EndingAt(rest, len(rest))
	return ok
}
