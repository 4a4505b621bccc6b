package layout

import (
	"slices"
	"strings"
)

// mergedRows reads a grid printed a cell a line whose rows share merged
// cells: a cell that spans the rows of a group (镇(街) over 城镇低保 / 农村
// 低保 / 小计) is printed once, with the group's first row, and the rows
// under it open with their own first cell. An empty cell is a line of
// spaces, which the copy reads as a wider gap between cells: a gap wider
// than the one between the grid's cells by a blank line and the gap again
// is one empty cell (小计 218 500 and no 金额).
//
// A row opens at a cell of words after a figure or an empty cell. The
// head and the first row, which shares no cell yet, are as wide as each
// other: the cells before the second row, split in half. Every later row
// holds at most as many cells, and some fewer (the merged ones); the
// head printed again among the rows opens a grid of its own, untitled,
// under it. Each grid holds its head and a row at the least. A run whose
// cells state a sentence (a note in a cell), or whose rows open at items'
// numbers (enumeratedRows), or any other run of cells, is left to the
// other readers. It returns each grid and the
// lines it was read from.
func (a *assembly) mergedRows(idx []int) ([]Block, [][]int, bool) {
	if a.d.Gap < 1 {
		return nil, nil, false
	}
	var cells []string
	var lines []int // the line of each cell, -1 for an empty one
	for k, i := range idx {
		l := a.d.Lines[i]
		if k > 0 {
			if l.Blanks < a.d.Gap {
				return nil, nil, false // cells one a line, spaced evenly
			}
			for n := 0; n < (l.Blanks-a.d.Gap)/(a.d.Gap+1); n++ {
				cells, lines = append(cells, ""), append(lines, -1)
			}
		}
		cells = append(cells, strings.TrimSpace(strings.TrimRight(l.Sq, "|｜ ")))
		lines = append(lines, i)
	}
	if statesSentence(cells) || len(enumeratedStarts(cells)) >= seriesLeast {
		return nil, nil, false // notes in cells, or rows opened by items' numbers (enumeratedRows)
	}
	var opens []int
	for k := 1; k < len(cells); k++ {
		if cells[k] != "" && !numberLike(cells[k]) && (cells[k-1] == "" || numberLike(cells[k-1])) {
			opens = append(opens, k)
		}
	}
	if len(opens) < 2 || opens[0]%2 != 0 {
		return nil, nil, false
	}
	w := opens[0] / 2
	head := cells[:w]
	if hasNumber(head) || filled(head) != w || !hasNumber(cells[w:opens[0]]) {
		return nil, nil, false
	}
	row := func(from, to int) Row {
		var ls []int
		for _, i := range lines[from:to] {
			if i >= 0 {
				ls = append(ls, i)
			}
		}
		return a.cellRow(cells[from:to], ls)
	}
	lineSpan := func(from, to int) []int {
		var ls []int
		for _, i := range lines[from:to] {
			if i >= 0 {
				ls = append(ls, i)
			}
		}
		return ls
	}
	blks := []Block{{Header: 1, Rows: []Row{row(0, w), row(w, opens[0])}}}
	spans := [][]int{lineSpan(0, opens[0])}
	merged, full := false, false // a row of shared cells, a later row as wide as the head
	bounds := append(opens, len(cells))
	for n, b := range bounds[:len(bounds)-1] {
		end := bounds[n+1]
		if end-b >= w && slices.Equal(cells[b:b+w], head) {
			// The head printed again: a grid of its own under it.
			if !hasNumber(cells[b+w : end]) {
				return nil, nil, false
			}
			blks = append(blks, Block{Header: 1, Rows: []Row{row(b, b+w), row(b+w, end)}})
			spans = append(spans, lineSpan(b, end))
			continue
		}
		if end-b > w || !hasNumber(cells[b:end]) {
			return nil, nil, false
		}
		last := &blks[len(blks)-1]
		last.Rows = append(last.Rows, row(b, end))
		spans[len(spans)-1] = append(spans[len(spans)-1], lineSpan(b, end)...)
		// A short row that closes the run may have lost the empty cells
		// after it with the page's end: no sign of merged cells.
		merged = merged || filled(cells[b:end]) < w && cells[end-1] != "" && end < len(cells)
		full = full || end-b == w
	}
	if !merged || !full {
		return nil, nil, false
	}
	return blks, spans, true
}

// mergedTables closes the grids mergedRows read from the lines spans of
// run: the first keeps the lines above it, its title and the labels over
// it; a later one, its head printed again, has no title of its own; the
// notes under the run are the last grid's.
func (a *assembly) mergedTables(blks []Block, spans [][]int, run, title, above, notes []int) {
	later := map[int]bool{}
	for _, s := range spans[1:] {
		for _, i := range s {
			later[i] = true
		}
	}
	var first []int
	for _, i := range run {
		if !later[i] {
			first = append(first, i)
		}
	}
	for n, b := range blks {
		under := notes
		if n < len(blks)-1 {
			under = nil
		}
		if n == 0 {
			a.closeTable(b, first, title, above, under)
			continue
		}
		a.closeTable(b, spans[n], nil, nil, under)
	}
}
