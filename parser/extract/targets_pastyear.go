package extract

import (
	"strings"
	"unicode/utf8"
)

// A year that ended before the document's year, printed as the time of
// its clause at the clause's opening (2024年，全市…; 张永封指出，2024年我们
// …取得阶段性成效。), dates what the paragraph goes on to tell in that
// year: a report of work done, as a since word (今年以来) or a plan period
// that ended (“十三五”期间) opens one (told.report). A plan word after it
// (建成老年食堂16家) tells what was built, until a clause turns to the
// future (下一步, 今后, 将 and a verb) or a clause opens with a year not
// before the document's (2025年，…: the year the plan is for). A year
// inside a clause (比2024年增长, 面向2024年毕业生) or one a level is reached
// by (到2024年) dates no stretch, nor does the first year of a span
// (2024年到2026年底: the term of a plan). Source: the 工作总结 and 讲话 of bureaus
// (2024年，我们…; 过去一年 then 2025年 or 下一步).

// yearOpensOwnClause reports whether the year at i opens the clause that
// starts at clause: nothing but spaces between the clause's mark and it.
func yearOpensOwnClause(s string, clause, i int) bool {
	return clause <= i && strings.TrimLeft(s[clause:i], " \t　") == "" && !reachBy(s, i)
}

// pastYearOpens reports whether the year y at [i, end), opening its
// clause, is before the document's year ref (0: none known) and opens no
// span, so a report of that year opens at its sentence.
func pastYearOpens(s string, clause, i, end, y, ref int) bool {
	r, _ := utf8.DecodeRuneInString(s[end:])
	return ref > 0 && y < ref && yearOpensOwnClause(s, clause, i) && !strings.ContainsRune(spanLinks, r)
}

// spanLinks join a span's first year to its last (2024年到2026年, 2024年—2026年).
const spanLinks = "-－~～—–至到"
