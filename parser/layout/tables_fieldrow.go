package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// joinFieldRows joins to each run the row in bars right above it that the
// decoder read as the page's information (| 实施主体 | 北京市…局 | 服务对象 |
// | over | 事项类型 | 其他行政权力 | 办理形式 | |): a label and its value set
// as a row of the grid, with as many bars as the grid's first row and
// opening with a bar as it does, is the grid's first row, no line of the
// page's head.
func (a *assembly) joinFieldRows(runs [][]int) [][]int {
	out := make([][]int, 0, len(runs))
	for _, r := range runs {
		p := r[0] - 1
		if p >= 0 && a.roles[p] == cue.Header && a.d.Lines[r[0]].Blanks == 0 && fieldRowAbove(a.d.Lines[p].Sq, a.d.Lines[r[0]].Sq) {
			a.relabel(p, cue.Table)
			r = append([]int{p}, r...)
		}
		out = append(out, r)
	}
	return out
}

// fieldRowAbove reports whether above, a line over the row first of a
// grid in bars, is a row of the same grid: it opens with a bar as first
// does, holds as many, and has words in its first cell.
func fieldRowAbove(above, first string) bool {
	above, first = strings.TrimSpace(above), strings.TrimSpace(first)
	if !strings.HasPrefix(above, "|") || !strings.HasPrefix(first, "|") {
		return false
	}
	if strings.Count(above, "|") != strings.Count(first, "|") {
		return false
	}
	cells := strings.Split(above, "|")
	return len(cells) > 2 && cue.HasHan(cells[1])
}
