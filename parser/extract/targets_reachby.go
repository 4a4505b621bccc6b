package extract

import "bulletin/schema"

// A plan names the time a level is to be reached by with 到 before it (到
// 2025年底，40个重点地区完成…; 力争到2026年底，90%的…): the time adverbial
// opens its clause and sets the deadline of the targets in the clauses
// after it in the sentence (GOLD.md, targets: the deadline the text gives,
// 2021 年底前 → 2021-12-31), as 年底前 does. A year's end named with no 到
// (2025年底，全市…) tells when, not by when; it counts only in the
// number's own clause. Source: the 目标 of the 规划 and 实施方案 of bureaus
// (到2025年，…; 到2025年底，…), 《现代汉语词典》 到 ("up to, by").

// reachPeriod reports whether the period p at r is a year's end a level is
// to be reached by: 到 right before it (reachBy), not the end of a span
// (2024年到2025年底) nor of 截至到.
func reachPeriod(s string, r byteRange, p schema.Period) bool {
	return yearEnd(p) && reachBy(s, r.Start)
}
