package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// completedAfter reports whether a completion phrase (cue_words.tsv,
// completed: 全部完成, 圆满完成, 如期完成) stands after the number at r in
// its sentence (“新建30个…、改造20个…”等民生实事全部完成): the sentence
// reports the tasks it lists as done, so their numbers are results, no
// level still to reach (GOLD.md, targets: what has already been done is
// not a target). The caller keeps a sentence that requires or turns
// ahead (要如期完成, 确保年底前全部完成, 力争提前完成). Source: the
// phrasing of 工作总结 and 工作报告 in the 民政 system, which close a list of
// 民生实事 or 任务 with the word of their completion.
func completedAfter(s string, sent, r byteRange) bool {
	return cueAfter(s, sent, r, "completed")
}

// takesEffect reports whether a phrase that dates when a decision takes
// effect (cue_words.tsv, effect: 起执行, 起施行, 起实施) stands after the
// number at r in its sentence (新增低保2户3人…，从6月起执行): the sentence
// tells a change a body has approved and the month it applies from, a
// change made, no level a requirement sets out to reach; nor is its
// month a deadline. Source: 《党政机关公文处理工作条例》 and the 通知 of
// bureaus, whose 自…起施行/执行 clause dates the start of effect.
func takesEffect(s string, sent, r byteRange) bool {
	return cueAfter(s, sent, r, "effect")
}

// cueAfter reports whether a word of the cue list stands in s between
// the end of r and the end of the sentence sent.
func cueAfter(s string, sent, r byteRange, list string) bool {
	words := lexicon.CueWordList(list)
	for i := r.End; i < sent.End; {
		if w, ok := words.At(s, i); ok && i+len(w) <= sent.End {
			return true
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return false
}

// levelSet reports whether the number at r is a level its clause sets: a
// bound printed before it (不低于5%), or a level word before it in the
// clause (提高到每人每月800元, stance.tsv level). A standard raised or
// bounded from a date is a level to keep, where a count with no such word
// (新增2户, 80周岁以上) tells a change.
func levelSet(s string, clause, r byteRange) bool {
	if c := comparator(s, r); c != "" && lexicon.Qualifiers().Label(c, 0) != "after" {
		return true
	}
	st := lexicon.Stance()
	for _, w := range stanceWords(s[:r.Start], clause.Start) {
		if st.Label(w, 1) == "level" {
			return true
		}
	}
	return false
}

// paidChange reports whether a word that changes what a benefit pays
// (cue_words.tsv, paychange: 增发, 减发, 停发, 调增, 调减) stands after the
// number at r in its sentence (本月新增低保3户5人，月增发低保金2400元): the
// sentence tells a change in who is paid that a body has approved and the
// sum it adds or stops, a change made, no level to reach, as one dated
// from its start of effect is (takesEffect). Source: 《最低生活保障审核确认
// 办法》 (民发〔2021〕57号), whose 民政部门 decide to 增发、减发或者停发 低保金,
// and the monthly 核定 notices of county bureaus that list the changes so.
func paidChange(s string, sent, r byteRange) bool {
	return cueAfter(s, sent, r, "paychange")
}

// subjectDone reports whether the count at r opens its clause as the
// subject of a completion word, 完成 the first plan word after it and none
// before it (12个社区完成改造，8个正在施工): how many have finished, a
// report of progress, where a count after 完成 (完成12个社区改造) is the
// task. The caller keeps a sentence that requires, intends or turns ahead
// (确保80%的村年底前完成换届). Source: the 进度表 and 完成情况 of 实事项目,
// which tell progress as N个…完成 and N个…正在….
func subjectDone(s string, st sentenceStance, clause, r byteRange) bool {
	if strings.TrimLeft(s[clause.Start:r.Start], " 　") != "" {
		return false
	}
	for _, p := range st.plans {
		if p >= clause.Start && p < clause.End && p >= r.End {
			return strings.HasPrefix(s[p:], doneWord)
		}
		if p >= clause.Start && p < r.Start {
			return false
		}
	}
	return false
}

// doneWord is the plan word of completion (stance.tsv).
const doneWord = "完成"
