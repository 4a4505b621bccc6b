package extract

import (
	"strings"
	"unicode/utf8"
)

// A year that opens a paragraph may stand before the clause's subject as
// its time adverbial, with no comma after it (2023年全省民政部门将重点实施
// “六大行动”。一是…；二是…建成100个…): the time word goes before or after
// the subject alike (《现代汉语八百词》: 时间词作状语, 可在主语前, 也可在主语后),
// and where the clause's predicate turns ahead (将 as the future's
// auxiliary, or 计划, 拟: predicateAfter) the year is the time of the plan
// the paragraph goes on to set out, no word of a noun phrase
// (2023年全省民政工作会议 has no such predicate). The plan's targets under it
// that name no time of their own are due at that year's end, as under a
// year with its comma (paragraphLeadDeadline; GOLD.md, targets: the
// deadline the text gives).

// subjectThenPlan reports whether the clause that runs on from the year
// ending at end, past its subject, has a predicate that turns ahead: no
// stop of a clause or a sentence and no figure before it.
func subjectThenPlan(in *Input, s string, end int) bool {
	for j := end; j < len(s); {
		c, w := utf8.DecodeRuneInString(s[j:])
		if strings.ContainsRune(clauseStops+sentenceStops, c) || c >= '0' && c <= '9' {
			return false
		}
		if j > end && (predicateAfter(in, s, j) || leadWillAt(in, s, j)) {
			return true
		}
		j += w
	}
	return false
}

// leadWillAt reports whether 将 at i is a word of its own before no
// pronoun: after a year that opens the paragraph and its subject, 将 turns
// the clause ahead also where the segmenter tags the adverb after it a
// noun (将|重点|实施, 将|着力|推进), and 将 of disposal there sets out a plan
// for the year as well (2026年全市将低保标准提高到…); 将其纳入 speaks of
// a thing named before.
func leadWillAt(in *Input, s string, i int) bool {
	if !strings.HasPrefix(s[i:], will) {
		return false
	}
	ts := in.Words(i)
	k := tokenAt(ts, i)
	return k >= 0 && ts[k].Word == will && (k+1 >= len(ts) || ts[k+1].Tag != "r")
}
