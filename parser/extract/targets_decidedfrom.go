package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// A decision that raises or bounds a standard from a day on (决定从2019年7月
// 1日起，城市低保保障标准提高到500元/月，月人均救助水平不低于340元) sets the
// level the bodies it binds are to keep from then: a target (GOLD.md,
// targets: a requirement with a number), even where the day is past by
// the notice's date, as notices that raise a standard from the start of
// a quarter are printed weeks after it. The day opens the span the level
// holds over (自/从…起: cue_words.tsv limitfrom, limitstart), no time of a
// deed, so pastTime does not read the sentence as done. A day with no
// decision word, a count with no level word (新增低保2户，从6月起执行) or a
// day that is not framed 从…起 reads as before. Source: the 通知 of
// bureaus that raise 低保 standards (决定从…起，…提高到…元/月); levelSet
// (targets_done.go) says what a standard raised or bounded is.

// decidedFrom reports whether the number at r is a level its clause sets
// (levelSet) in a sentence a decision word opens (st.decided) and dated
// from a day on (从…起) before the number.
func decidedFrom(st sentenceStance, s string, dates ordered, sent, clause, r byteRange) bool {
	if !st.decided || !levelSet(s, clause, r) {
		return false
	}
	for _, k := range dates.within(byteRange{sent.Start, r.Start}) {
		if fromOn(s, dates.rs[k]) {
			return true
		}
	}
	return false
}

// fromOn reports whether the date at r is framed 从…起 or 自…起: a
// preposition of a start right before it (cue_words.tsv limitfrom) and
// 起 right after it (limitstart).
func fromOn(s string, r byteRange) bool {
	before := strings.TrimRight(s[:r.Start], " ")
	if _, ok := lexicon.CueWordList("limitfrom").EndingAt(before, len(before)); !ok {
		return false
	}
	_, ok := lexicon.CueWordList("limitstart").At(strings.TrimLeft(s[r.End:], " "), 0)
	return ok
}
