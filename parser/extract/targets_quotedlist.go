package extract

import (
	"strings"
	"unicode"
)

// A quotation that lists the items of a programme and the count of them
// right after it (今年将围绕“加强政治机关建设；强化基本民生保障；…；推动福彩转型
// 发展”10项重点工作展开) sums up the list just given, as the total after an
// enumeration's 等 does (listTotal, targets_listtotal.go): the tasks of the
// plan itself, no level it sets out to reach (GOLD.md, targets). The count
// must be the number of the quotation's items, parted by ；, ; or 、, so a
// quoted name followed by a count of its own (“幸福院”30所) is read as
// before. Source: the work-meeting reports of county bureaus, which quote
// the year's tasks and count them (围绕“…”N项重点工作).

// quotedListTotal reports whether the number at r, of value v, follows a
// closing quotation mark right before it, and the quotation lists v items.
func quotedListTotal(s string, r byteRange, v float64) bool {
	before := strings.TrimRightFunc(s[:r.Start], unicode.IsSpace)
	inner, ok := strings.CutSuffix(before, "”")
	if !ok {
		return false
	}
	o := strings.LastIndex(inner, "“")
	if o < 0 {
		return false
	}
	inner = inner[o+len("“"):]
	items := strings.FieldsFunc(inner, func(c rune) bool { return c == '；' || c == ';' || c == '、' })
	return len(items) > 1 && float64(len(items)) == v
}
