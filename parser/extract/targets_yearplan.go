package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/chrono"
)

// A work-meeting report sets out the year's plan in a paragraph that opens
// with the year as a time adverbial and 将 in its first clause
// (2023年，我省将加快健全…体系。…。加快发展养老事业…，开展养老服务10项行动；
// …): the 部署 of the meeting, told sentence by sentence as tasks of the
// plan, each under the year and its 将 though only the first prints them.
// A number in a later sentence of it is a task's, a target due at that
// year's end, whatever its verb, as the clauses 将 governs in its own
// sentence are (toldIn, plan). Source: the reports of 全省/全市民政工作会议,
// which review the past year (2022年，…上交了一份满意的答卷) and then deploy
// the new one (部署安排2023年重点任务) paragraph by paragraph; the settled
// work-meeting golds (吉林 2023, 宁夏 2025, 江苏 2024) date such targets
// to the year's end.

// yearPlanned reports whether the number at at stands in a paragraph that
// opens with a year not before the document's (paragraphLeadDeadline: a
// year with its comma or its subject and predicate, no other year between
// it and the number) and whose first clause after the year holds 将 as the
// auxiliary of the future (auxAt, or leadWillAt after the subject: 将|重点|
// 实施): the paragraph's sentences are the tasks that year's plan sets. A
// sentence sent that names a year of its own (去年共开展…, 上年度) tells of
// that time, not the plan's.
func yearPlanned(in *Input, s string, sent byteRange, at int) bool {
	if paragraphLeadDeadline(in, s, at) == "" {
		return false
	}
	i := in.lineStart(s, at)
	i += len(s[i:at]) - len(strings.TrimLeftFunc(s[i:at], unicode.IsSpace))
	_, end, ok := chrono.YearAt(s, i, in.Ref())
	if !ok {
		f := framedLeadAt(s, i, at)
		if f < 0 {
			return false
		}
		if _, end, ok = chrono.YearAt(s, f, in.Ref()); !ok {
			return false
		}
	}
	for p := max(sent.Start, end); p < sent.End; {
		if _, _, ok := chrono.YearAt(s, p, in.Ref()); ok {
			return false
		}
		_, w := utf8.DecodeRuneInString(s[p:])
		p += w
	}
	j := end
	if c, w := utf8.DecodeRuneInString(s[j:]); c == '，' || c == ',' {
		j += w // 2023年，我省将…: the clause after the year's comma
	}
	for p := j; p < at; {
		c, w := utf8.DecodeRuneInString(s[p:])
		if strings.ContainsRune(clauseStops+sentenceStops, c) {
			return false
		}
		if _, v := auxAt(in, s, p); v >= 0 || leadWillAt(in, s, p) {
			return true
		}
		p += w
	}
	return false
}
