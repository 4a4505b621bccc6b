package extract

import "bulletin/schema"

// A plan names the date a level is to be reached by with 到 right before
// it (计划到9月份收养孤儿40名; 到6月30日，完成…), as it names a year's end
// (targets_reachby.go): the date's last day is the deadline (9月份 →
// its 30th), as 年底前 gives the year's. The end of a span (3月到9月份)
// and 截至到 are no such 到 (reachBy). Source: 《现代汉语词典》 到 ("up to,
// by"), and the 工作计划 of bureaus that date a task so.

// reachDate reports whether the date at r has the 到 of a time reached by
// right before it.
func reachDate(s string, r byteRange, d schema.Date) bool {
	return d.Relation == "" && reachBy(s, r.Start)
}
