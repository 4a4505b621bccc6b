package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// runTogetherRows splits a grid that a web copy ran into one bar row: its
// cells set one a line with no row's end marked, the copy joined the
// header and every row into a single line of cells (| 乡镇 | 保障 | … |
// 高明乡 | 78 | … | 清塘铺镇 | 70 | …). The grid gives its own width: its
// rows open at one stride, each at a key numbered in sequence (一、 二、 …,
// 1. 2. …) or at the first cell of words after a row's figures, and the
// header, the cells before the first row, is exactly as wide as a row.
// Each stride of cells is then a row, the last one perhaps cut short.
// rows is the grid as read, which must be that single row; the header is
// the first row returned. cutRow is the line joinCutRow joined to the
// last grid (0: none), whose words go on the row's cells.
func runTogetherRows(rows []Row, cutRow int) ([]Row, bool) {
	if len(rows) == 2 && cutRow > 0 && rows[1].Line == cutRow && len(rows[1].Cells) == 1 && !strings.Contains(rows[1].Text.String(), "|") {
		// The row a page was cut off in (joinCutRow) goes on the cells.
		r := rows[0]
		r.Cells = append(append([]string(nil), r.Cells...), rows[1].Cells...)
		rows = []Row{r}
	}
	if len(rows) != 1 {
		return nil, false
	}
	r := rows[0]
	st := enumeratedStride(r.Cells)
	if st == 0 {
		st = figureStride(r.Cells)
	}
	if st == 0 || !strings.Contains(r.Text.String(), "|") {
		return nil, false
	}
	var out []Row
	for b := 0; b < len(r.Cells); b += st {
		cells := append([]string(nil), r.Cells[b:min(b+st, len(r.Cells))]...)
		out = append(out, Row{Cells: cells, Line: r.Line, Text: span.Plain(strings.Join(cells, " "), r.Line), Spaced: r.Spaced})
	}
	return out, true
}

// enumeratedStarts are the cells that open with enumerators of one kind
// counting 1, 2, 3 … (一、 二、 三、, 1. 2. 3.), words after each: where
// the rows of a grid printed one cell a line begin.
func enumeratedStarts(cells []string) []int {
	var starts []int
	var kind cue.Enum
	for k, c := range cells {
		e, v, end := cue.Enumerator(c)
		if e == cue.NoEnum || end >= len(c) || v != len(starts)+1 || len(starts) > 0 && e != kind {
			continue
		}
		starts, kind = append(starts, k), e
	}
	return starts
}

// runsTogether reports whether cells, one bar row, hold a header and the
// rows under it run together (runTogetherRows).
func runsTogether(cells []string) bool {
	return enumeratedStride(cells) > 0 || figureStride(cells) > 0
}

// enumeratedStride is the stride at which cells open with enumerators of
// one kind counting 1, 2, 3 … (一、 二、 三、), the first standing as far
// from the start as from the second, two rows at the least; 0 if none.
func enumeratedStride(cells []string) int {
	starts := enumeratedStarts(cells)
	st := cue.EvenStride(starts)
	if st < 2 || starts[0] != st {
		return 0
	}
	return st
}

// figureStride is the stride at which rows open at a cell of words after
// a figure (a row's key after the figures of the row before), the first
// row opening as far from the start as the header is wide; 0 if none.
func figureStride(cells []string) int {
	var opens []int
	for k := 1; k < len(cells); k++ {
		if !numberLike(cells[k]) && numberLike(cells[k-1]) {
			opens = append(opens, k)
		}
	}
	st := cue.EvenStride(opens)
	if st < 2 || opens[0] != 2*st {
		return 0
	}
	return st
}
