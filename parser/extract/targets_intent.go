package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// A news report sets a plan beside its progress in one sentence (今年计划
// 建设15个…，目前已建成9个): the plan clause states the count a body
// intends (计划, stance.tsv intent, before its verb: 今年计划新建15个; 将
// before its verb: 今年将新建15个), the progress clause what it has done
// so far. The achievement word of the
// progress clause tells what was done there, not in the plan clause, whose
// count is still the level to reach (GOLD.md, targets: a plan with a
// number; what has already been done is not). The plan clause keeps its
// stance where it holds no achievement word of its own and every
// achievement word of the sentence stands in a clause that counts its own
// progress (已建成9个): an achievement word with no count of its own
// (今年计划新建15个，已全部建成) tells the planned count itself done where
// it follows the plan clause; a deed's word before it (…资金500多万元，已经完成，
// 市民政局将…补贴60%) closes the deed told before it, as a deed is told after
// its plan, not before, where a frame (截至目前，…) still holds the whole
// sentence. Source:
// the 计划…，已… wording of the progress reports of 民生实事 and 为民办实事
// (《现代汉语词典》 计划 ②, 动词: 做计划, 打算).

// intendedBesideDone reports whether the number at r, in clause of the
// sentence sent, is the object of an intent word of its own clause (计划
// before its verb, or 将 as the future's auxiliary) in a sentence whose
// achievement words all count their own progress in other clauses.
func intendedBesideDone(in *Input, s string, sent, clause, r byteRange) bool {
	st := lexicon.Stance()
	intent := false
	for i, w := range stanceWords(s[:r.Start], clause.Start) {
		if st.Label(w, 1) == "intent" && (ownWord(in, i, w) || afterYearMark(in, i, w)) && intentVerb(in, i, w) {
			intent = true
		}
	}
	for i := clause.Start; !intent && i < r.Start; i++ {
		_, k := auxAt(in, s, i)
		intent = k >= 0 // 今年将建设15个: 将 before its verb
	}
	if !intent {
		return false
	}
	for i, w := range stanceWords(s[:sent.End], sent.Start) {
		if st.Label(w, 0) != "achieved" {
			continue
		}
		if i >= clause.Start && i < clause.End {
			return false // 计划已建成…: the clause itself tells a deed
		}
		end := clauseEndAfter(s, i+len(w), sent.End)
		frame := strings.TrimSpace(s[i+len(w):end]) == "" && end < sent.End
		if frame {
			// 截至目前，本市新增…3800张: a word that is its clause whole
			// frames the clause after it, which counts its progress.
			_, n := utf8.DecodeRuneInString(s[end:])
			end = clauseEndAfter(s, end+n, sent.End)
		}
		if !strings.ContainsAny(s[i+len(w):end], "0123456789") && (frame || i > clause.Start) {
			return false // 已全部建成: the plan's own count is done
		}
	}
	return true
}

// intentVerb reports whether the intent word w at i is a verb that takes
// what follows it as its task (计划新建, 计划投入): no preposition before it
// (按计划, 根据计划: the plan as a noun, the manner of a deed) and no 的,
// figure or common noun right after it (计划的, 计划3年: a noun, a term;
// 行动计划目标, 计划任务: 计划 a noun that heads a compound, the plan's
// own target named, no task a body sets out on).
func intentVerb(in *Input, i int, w string) bool {
	ts := in.Words(i)
	k := tokenEndingAt(ts, i+len(w))
	if k < 0 {
		return false
	}
	if prepositionBefore(in, i, w) {
		return false
	}
	if k+1 >= len(ts) {
		return false
	}
	next := ts[k+1]
	return next.Tag != "u" && next.Tag != "uj" && next.Tag != "n" && !strings.ContainsAny(next.Word, "0123456789")
}

// clauseEndAfter is where the clause running at i ends: its next clause
// stop, or end.
func clauseEndAfter(s string, i, end int) int {
	if k := strings.IndexAny(s[i:end], clauseStops); k >= 0 {
		return i + k
	}
	return end
}

// prepositionBefore reports whether the word w at i follows a preposition
// (按计划, 根据计划): the plan as a noun, the manner of a deed, no intent.
func prepositionBefore(in *Input, i int, w string) bool {
	ts := in.Words(i)
	k := tokenEndingAt(ts, i+len(w))
	if k < 0 {
		return false
	}
	b := tokenEndingAt(ts, ts[k].Start)
	return b >= 0 && ts[b].Tag == "p"
}
