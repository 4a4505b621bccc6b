package layout

import "strings"

// partOfRow reports whether line j, read right after line i among a
// grid's rows, is a later part of the same printed row in bars: the
// reading cut the line where a text run together would be cut (a
// sentence's 。 in a cell: …按一年计算。 | (略) 居民免费寄存15天。 |), but
// the cells go on to the row's closing bar, so the parts are one row.
func (a *assembly) partOfRow(i, j int) bool {
	li, lj := a.d.Lines[i], a.d.Lines[j]
	if lj.Part < 2 || li.Num != lj.Num || li.Tabs {
		return false
	}
	return strings.ContainsAny(li.Text, "|｜") && strings.ContainsAny(lj.Text, "|｜")
}
