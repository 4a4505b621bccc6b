package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/chrono"
	"bulletin/parser/lexicon"
)

// A report tells a level in force with a word of the level reached
// (提高到, 达到: target_cues.tsv reachedlevel) and a time that says it
// stands: the time of speaking (目前，全省社区社会组织总数达到17.45万个),
// or a comparison with the same measure before (六盘水市城市低保统一提高到
// 每月705元，…较2021年分别提高2.9%、15.4%). Both tell the state reached,
// as 截至目前 and 已 do (GOLD.md, targets: what has been done is no
// target), the former level named before a change likewise (formerLevel).
// A notice that raises a standard may compare its new level with the old
// (提高到705元，较上年提高2.9%) as the decision it makes, so the comparison
// is read in an article only; a sentence that turns ahead (将, 到2025年)
// or requires keeps its plan.

// standingLevel reports whether the number at r, in the sentence sent and
// the clause clause, is a level the sentence tells standing: a reached
// word right before it (a portion of time such as 每月 between) or opening
// its quantity, and a word of the time of speaking (target_cues.tsv
// present: 目前, 现在) before it in the sentence with no 将 or forward word
// between, or, in an article, a comparison with a time before after
// it in the sentence (compared).
func standingLevel(in *Input, s string, sent, clause, r byteRange, article bool) bool {
	if !reachedBefore(s, clause, r) {
		return false
	}
	for _, w := range lexicon.TargetCueList("present").All() {
		if k := strings.LastIndex(s[sent.Start:r.Start], w); k >= 0 {
			between := s[sent.Start+k+len(w) : r.Start]
			if !strings.Contains(between, will) && !forwardIn(between) {
				return true
			}
		}
	}
	return article && comparedAfter(in, s, sent, r)
}

// reachedBefore reports whether a reached word (target_cues.tsv
// reachedlevel) opens the quantity at r or ends right before it, a
// portion (每月, 每人每年, 每千名老年人拥有: cue_words.tsv portion, 每 and
// what it portions, up to the count) aside. No length bounds the portion:
// it runs from 每 to the count within the clause.
func reachedBefore(s string, clause, r byteRange) bool {
	words := lexicon.TargetCueList("reachedlevel")
	if _, ok := words.At(s, r.Start); ok {
		return true
	}
	end := r.Start
	portion := lexicon.CueWordList("portion")
	for k := strings.LastIndex(s[clause.Start:end], "每"); k >= 0; k = strings.LastIndex(s[clause.Start:end], "每") {
		at := clause.Start + k
		if _, ok := portion.At(s, at); !ok {
			break
		}
		end = at // 提高到每月705元: the portion of the level
	}
	_, ok := words.EndingAt(s, end)
	return ok
}

// comparedAfter reports whether the words after the number at r in its
// sentence compare the level with a time before: 同比 (target_cues.tsv
// compared, timed), or 较 or 比 right before a year or a past-time word
// (pasttime: 上年, 去年, 同期, the same measure then), and a word of a
// change after it (change: 提高, 增长, 增加).
func comparedAfter(in *Input, s string, sent, r byteRange) bool {
	cues := lexicon.TargetCueList("compared")
	for i := r.End; i < sent.End; {
		if w, ok := cues.At(s, i); ok {
			j := i + len(w)
			if lexicon.TargetCues().Label(w, 1) == "timed" || pastTimeAt(in, s, j) {
				rest := s[j:sent.End]
				for _, c := range lexicon.TargetCueList("change").All() {
					if strings.Contains(rest, c) {
						return true
					}
				}
			}
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return false
}

// pastTimeAt reports whether a time before stands at i: a year, the base
// a comparison with 较 or 比 measures from (较2021年; a text with no date
// may take its year from that very mention), or a word of the year or
// period before (target_cues.tsv pasttime: 上年, 去年, 同期).
func pastTimeAt(in *Input, s string, i int) bool {
	if _, ok := lexicon.TargetCueList("pasttime").At(s, i); ok {
		return true
	}
	_, _, ok := chrono.YearAt(s, i, in.Ref())
	return ok
}
