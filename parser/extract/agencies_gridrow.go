package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/layout"
	"bulletin/parser/span"
)

// dropGridRowLabels drops the names that label a statistics grid's row
// (街道办事处 | 个 | 7564; 社区服务中心 | 万个 | 2.5): the name is the row's
// first cell whole, a measure is its second (measureCell) and a figure
// its third, so the row counts the bodies of that kind (GOLD.md: a class
// of bodies is no agency), as 指标 | 单位 | 数值 print it. A name with its
// place or level (北京市民政局 | 个 | 12) is kept: it names one body.
// Source: the layout of the 民政统计季报 and 社会服务统计月报 tables.
func dropGridRowLabels(blocks []layout.Block, cell span.Text, cs []candidate) []candidate {
	s := cell.String()
	out := cs[:0]
	for _, c := range cs {
		if c.start != 0 || agency.HasLocality(s[:c.end]) || !rowLabel(blocks, cell, s[:c.end]) {
			out = append(out, c)
		}
	}
	return out
}

// rowLabel reports whether name is the first cell of the grid's row
// that cell is read from (the cell itself, or the whole row where one
// space parts its cells), the row's second cell a measure and its third
// opening with a figure.
func rowLabel(blocks []layout.Block, cell span.Text, name string) bool {
	line := cell.Lines().First
	for _, b := range blocks {
		for _, r := range b.Rows[b.Header:] {
			if r.Line != line || len(r.Cells) < 3 || r.Cells[0] != name {
				continue
			}
			if r.Spaced && r.Text.String() != cell.String() || !r.Spaced && name != cell.String() {
				continue
			}
			if f := r.Cells[2]; measureCell(r.Cells[1]) && f != "" && f[0] >= '0' && f[0] <= '9' {
				return true
			}
		}
	}
	return false
}
