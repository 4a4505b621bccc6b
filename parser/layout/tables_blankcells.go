package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// A blankGrid is a grid printed a cell a line, its empty cells kept as
// lines of spaces (blankCells): its rows and the lines it spans.
type blankGrid struct {
	blk   Block
	lines []int
}

// blankCells reads the lines under line i, a line that announces what
// follows (…实事任务公示如下:), as a grid a web page's copy printed a cell a
// line, each cell a paragraph, its empty cells kept as paragraphs of
// spaces: the copy reads those as a wider gap between cells, a gap wider
// than the one between the grid's cells by a blank line and the gap again
// for each empty cell (as mergedRows reads them). The cells run to the
// first line that is none: a label's colon (公示时间:), a gap narrower than
// the text's, a line the decoder read as no text. The empty cells after
// the last, before the line that ends the grid, close its last row.
//
// The grid is as wide as the fewest cells that make it: a head of words
// (实事项目 / 任务 / 备注: no figure, no sentence), then rows of that many
// cells, each keyed by a cell of words (no sentence: 提高城市低保标准和救助
// 水平), the other cells what they may be (a sentence, an empty cell). A
// row before the last holds an empty cell (the empty cells closing the
// last may be the page's gap), none is a head's or a key, and two rows at
// the least are read; the last may lose cells with the page. The lines
// under an attachment's heading (附件:) or that make no such grid are left
// as read.
func (a *assembly) blankCells(i int) (blankGrid, bool) {
	if a.d.Gap < 1 || !endsColon(a.d.Lines[i].Sq) || attachHead(strings.TrimRight(a.d.Lines[i].Sq, "：: ")) {
		return blankGrid{}, false
	}
	var cells []string
	var at []int // the line of each cell, -1 for an empty one
	empties := func(l cue.Line) {
		for n := 0; n < (l.Blanks-a.d.Gap)/(a.d.Gap+1); n++ {
			cells, at = append(cells, ""), append(at, -1)
		}
	}
	end := i + 1
	for ; end < len(a.d.Lines); end++ {
		l := a.d.Lines[end]
		if l.Blanks < a.d.Gap || strings.ContainsAny(l.Sq, "：:") || !textRole(a.roles[end]) && a.roles[end] != cue.Table {
			break
		}
		if end > i+1 {
			empties(l)
		}
		cells, at = append(cells, strings.TrimSpace(l.Sq)), append(at, end)
	}
	if end < len(a.d.Lines) {
		empties(a.d.Lines[end])
	}
	for w := 2; 2*w < len(cells); w++ {
		if blk, ok := a.blankRows(cells, at, w); ok {
			return blankGrid{blk: blk, lines: lineRange(i+1, end)}, true
		}
	}
	return blankGrid{}, false
}

// blankRows reads cells as a grid w cells wide (blankCells), at the line
// of each cell, or reports that they make none.
func (a *assembly) blankRows(cells []string, at []int, w int) (Block, bool) {
	head := cells[:w]
	if filled(head) != w || hasNumber(head) || statesSentence(head) {
		return Block{}, false
	}
	empty := false
	blk := Block{Header: 1}
	for from := 0; from < len(cells); from += w {
		to := min(from+w, len(cells))
		row := cells[from:to]
		if row[0] == "" || statesSentence(row[:1]) {
			return Block{}, false
		}
		empty = empty || filled(row) < len(row) && to < len(cells)
		var idx []int
		for _, k := range at[from:to] {
			if k >= 0 {
				idx = append(idx, k)
			}
		}
		blk.Rows = append(blk.Rows, a.cellRow(row, idx))
	}
	return blk, empty
}

// blankCellHeads labels a table's the lines of each grid of blank cells
// (blankCells) before the text's parts are read: a table is no item
// (GOLD.md), however the decoder read its cells (its keys as headings).
func (a *assembly) blankCellHeads() {
	for i := 0; i < len(a.d.Lines); i++ {
		if g, ok := a.blankCells(i); ok {
			for _, k := range g.lines {
				a.relabel(k, cue.Table)
			}
			i = g.lines[len(g.lines)-1]
		}
	}
}

// blankCellGrids writes the table of each grid of blank cells (blankCells)
// for the run of its lines; m keeps it.
func (a *assembly) blankCellGrids(m markedTables) {
	for i := 0; i < len(a.d.Lines); i++ {
		if g, ok := a.blankCells(i); ok {
			a.mark(m, g.lines, func([]int) { a.doc.Blocks = append(a.doc.Blocks, g.blk) })
			i = g.lines[len(g.lines)-1]
		}
	}
}
