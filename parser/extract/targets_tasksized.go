package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// A count inside the noun phrase that 任务 heads (提升建设20个标准化菜市场
// 的任务, 8万套保障房建设的任务, 480个旧楼区提升改造任务) gives the size of a
// task set to be done: the level a plan set, a target whatever the
// sentence reports done of it since (…的任务已经开工4.55万套: the 4.55万
// is the progress, the 8万 the task), as a goal noun names its number
// (targets_goalnamed.go; GOLD.md, targets). The counted thing follows the
// count (套|保障房); a stance word right after it (280万元|完成…的任务)
// makes the count the deed's own, and so does a preposition or 将 there
// (连续10年|将…任务|列入: 将 opens a phrase of its own); an achievement word in
// the clause before 任务 (3个子项已提前完成任务, 完成了…6个…建设任务), or
// after it with no count of its own (…300张的年度任务圆满完成), tells the
// task done, a copula's class (是10件民生实事…的一项任务) names what the
// subject is, and 任务 right after the measure (三
// 项任务) counts tasks, none of them a level. Words: cue_words.tsv,
// tasknoun. Source: the 民心工程 and 为民办实事 progress reports of
// city governments; 《现代汉语词典》 (7th ed.) 任务 (指定担任的工作).

// taskSized reports whether the number at r, in clause, is counted in the
// noun phrase a task noun heads later in the clause.
func taskSized(in *Input, s string, clause, r byteRange) bool {
	nouns := lexicon.CueWordList("tasknoun")
	rest := s[r.End:clause.End]
	end := -1
	for i := range rest {
		if c := rest[i]; c >= '0' && c <= '9' {
			return false // another figure before the task noun: it counts that one
		}
		if _, ok := nouns.At(rest, i); ok {
			end = i
			break
		}
	}
	if end <= 0 {
		return false
	}
	st := lexicon.Stance()
	if _, ok := st.At(s, r.End); ok {
		return false // 280万元|完成…的任务: the count is the deed's
	}
	if ts := in.Words(r.End); len(ts) > 0 {
		k := tokenAt(ts, r.End)
		if k >= 0 && (ts[k].Tag == "p" || ts[k].Word == will) {
			return false // 连续10年|将…任务|列入: a preposition opens another phrase
		}
	}
	for _, w := range stanceWords(s[:r.End+end], clause.Start) {
		if st.Label(w, 0) == "achieved" {
			return false // 3个子项已提前完成任务; 完成了…6个…建设任务
		}
	}
	if after := rest[end:]; !strings.ContainsAny(after, "0123456789") {
		for _, w := range stanceWords(after, 0) {
			if st.Label(w, 0) == "achieved" {
				return false // …的任务已经完成: the task told done
			}
		}
		done := lexicon.CueWordList("completed")
		for i := range after {
			if _, ok := done.At(after, i); ok {
				return false // …300张的年度任务圆满完成 (targets_done.go)
			}
		}
	}
	return !copulaClassCount(s, clause, r) // 是10件民生实事必须完成的一项任务
}
