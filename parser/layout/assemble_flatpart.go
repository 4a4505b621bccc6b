package layout

import "strings"

// flatClauses reports whether the numbered part whose first paragraph is
// lines first, words b after its number, was cut out of a line a copy
// flattened the text into (…不搞封建迷信活动 二、错峰祭扫，乘坐公交…) and
// holds a comma, its words alone (no gap before text of its own, which
// gapHeading reads): no line of its own shows it a heading, and words
// parted by a comma are a clause of a numbered paragraph by the run-in
// rule (GOLD.md: a heading run into its text holds no comma), not a
// heading's. Parts with no comma cut so keep their words as the heading.
func (a *assembly) flatClauses(first []int, b string) bool {
	return a.d.Lines[first[0]].Part > 0 && strings.ContainsAny(b, "，,")
}
