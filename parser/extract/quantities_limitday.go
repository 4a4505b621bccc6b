package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// limitDay reports whether 日 at k after the figure at i counts the days
// of a time limit where dayCount's words are not printed: the figure is
// the value of a field labelled as a time limit, after the label's colon
// or copula (cue list limitlabel: 办理时限:30日, 承诺时限为5日), or 日 is
// closed by 之 and a postposition of the limit (cue list within: 30日之内,
// 之 linking the span to it as in 之前, 之后). A guide to a service prints
// the time an office is bound to act within so; durations keep their
// unit (GOLD.md), so these are N 日. A day of the month is neither: a
// month word before the figure (每月10日之内, 次月5日之内) makes it a day.
func limitDay(s string, i, k int) bool {
	if !strings.HasPrefix(s[k:], dayUnit) {
		return false
	}
	if strings.HasSuffix(s[:i], "月") {
		return false // 每月10日之内: by a day of each month
	}
	before := strings.TrimRight(s[:i], " ")
	for _, sep := range []string{"：", ":", "为"} {
		if label, ok := strings.CutSuffix(before, sep); ok {
			label = strings.TrimRight(label, " ")
			if _, ok := lexicon.CueWordList("limitlabel").EndingAt(label, len(label)); ok {
				return true
			}
		}
	}
	rest, ok := strings.CutPrefix(s[k+len(dayUnit):], "之")
	if !ok {
		return false
	}
	for _, w := range lexicon.CueList("within") {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}
