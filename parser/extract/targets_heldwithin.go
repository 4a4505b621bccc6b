package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// heldWithin reports whether the number at r is the cap a limit word
// (stance.tsv, limit: 控制在) sets right before it and a postposition of a
// limit (cue_words within: 内, 以内) closes: 祭扫时长控制在1小时内,
// 每户入园人员控制在4人以内. 控制在…以内 holds what is to be done within the
// figure, a level to keep whether or not a word of demand stands in the
// sentence, as a negated comparison (setbound: 不超过1小时) does; a report
// of what was done (st.achieved) or a condition is none, and a bound that
// 的 closes describes a noun. A limit word further back, other words
// between (控制在规定时段内1小时), is left to requiredBound, which asks the
// sentence for a demand. Source: the booking rules of cemeteries in 清明
// notices (最早可提前7天预约,祭扫时长控制在1小时内).
func heldWithin(s string, r byteRange) bool {
	before := strings.TrimRight(s[:r.Start], " ")
	st := lexicon.Stance()
	w, ok := st.EndingAt(before, len(before))
	if !ok || st.Label(w, 0) != "limit" {
		return false
	}
	if !closedWithin(s, r) {
		return false
	}
	after := strings.TrimLeft(s[r.End:], " ")
	for _, w := range lexicon.CueList("within") {
		after = strings.TrimPrefix(after, w)
	}
	return !strings.HasPrefix(after, "的")
}
