package extract

import (
	"strings"
	"unicode"

	"bulletin/parser/lexicon"
	"bulletin/schema"
)

// A plan's goal paragraph may open with the time it is to be reached by
// and list what is to be reached then as the members of one sentence
// parted by semicolons (到2025年末，…体系更加完善；…覆盖率达100%；…比例不低于
// 10%；…): the semicolons part the members of the list, not the sentence,
// so the lead's time is the deadline of every member that names no time
// of its own, as it is when the members are parted by commas (reachPeriod
// in the sentence). The list ends at the sentence's full stop. Source: the
// 工作目标 of the 规划 and 实施方案 of bureaus (到2025年底，…；…；…。),
// 《标点符号用法》 (GB/T 15834-2011) 4.5: the semicolon parts the coordinate
// clauses of one compound sentence.

// listLeadDeadline is the last day of the year's end a level is to be
// reached by (到2025年末) that opens the full sentence full, the sentence
// the number at offset at stands in being a later member of its list
// (after sent.Start), or "": no other time may stand between the lead
// and the number, for a later member that names its own time sets it.
func listLeadDeadline(s string, out *schema.Entities, periods, dates ordered, full, sent byteRange, at int) string {
	if sent.Start <= full.Start {
		return ""
	}
	span := byteRange{full.Start, at}
	if len(dates.within(span)) > 0 {
		return "" // a date in the list sets its own time
	}
	ks := periods.within(span)
	if len(ks) != 1 || ks[0] >= len(out.Periods) {
		return "" // none, or a later member names its own time
	}
	r, p := periods.rs[ks[0]], out.Periods[ks[0]]
	if !reachPeriod(s, r, p) || !leadOpening(s[full.Start:r.Start-len("到")]) {
		return ""
	}
	return p.To
}

// leadOpening reports whether the words before a lead's 到 leave it
// opening its sentence: none, or a word only a plan uses (stance.tsv:
// future, 力争到2025年底).
func leadOpening(t string) bool {
	t = strings.TrimFunc(t, unicode.IsSpace)
	return t == "" || lexicon.Stance().Label(t, 1) == "future"
}
