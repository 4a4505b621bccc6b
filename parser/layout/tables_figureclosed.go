package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// figureClosedRows reads a grid whose rows close with a figure (位置 墓型
// 规格 价格 over … 双穴 8800), where a row too wide for its column wrapped
// its cells over several lines before the one that closes it (E7区、B7-1区
// / 2号生态 / 墓 / 单穴 1250): the lines from the head, or the row above,
// to the next line that ends with a figure are one row, keyed by its
// first line. The head is the first line of two or more cells of words
// alone, the lines above it the title. A row of one line fills every
// column of the head, a wrapped row at least as many cells; a line of
// text, a line past the last row, no row wrapped, or no row printed whole
// on its line (a grid printed a cell a line) leaves the run to the other
// readers. It reports whether it read the run.
func (a *assembly) figureClosedRows(run []int) bool {
	h := -1
	for k, i := range run {
		if f := cue.LetterSpaced(strings.Fields(a.d.Lines[i].Text)); len(f) >= 2 && wordsAlone(f) {
			h = k
			break
		}
		if closesRow(a.d.Lines[i]) {
			return false // a row above any head
		}
	}
	if h < 1 || h+1 >= len(run) {
		return false
	}
	head := cue.LetterSpaced(strings.Fields(a.d.Lines[run[h]].Text))
	blk := Block{Header: 1, Rows: []Row{{Cells: head, Line: a.d.Lines[run[h]].Num, Text: a.text(run[h]), Spaced: true}}}
	var group []int
	wrapped, whole := false, false
	for _, i := range run[h+1:] {
		l := a.d.Lines[i]
		if a.roles[i] != cue.Table || l.Tabs || strings.Contains(l.Text, "|") || cue.SentencePunct(l.Sq) || cue.EndsSentence(l.Sq) || strings.ContainsAny(l.Sq, "：:") {
			return false
		}
		group = append(group, i)
		if !closesRow(l) {
			continue
		}
		cells := a.wrappedCells(group, len(head))
		if len(group) == 1 && len(cells) != len(head) || len(cells) < len(head) {
			return false
		}
		wrapped, whole = wrapped || len(group) > 1, whole || len(group) == 1
		blk.Rows = append(blk.Rows, Row{Cells: cells, Line: a.d.Lines[group[0]].Num, Text: a.text(group...), Spaced: true})
		group = nil
	}
	if len(group) > 0 || !wrapped || !whole {
		return false
	}
	a.closeTable(blk, run, run[:h], nil, nil)
	return true
}

// closesRow reports whether l ends with a figure, the cell that closes a
// row of a grid of prices or counts.
func closesRow(l cue.Line) bool {
	f := strings.Fields(l.Text)
	return len(f) > 0 && numberLike(f[len(f)-1])
}

// wordsAlone reports whether every field is words with no figure in them:
// a head's cells (位置 墓型 规格 价格).
func wordsAlone(f []string) bool {
	for _, c := range f {
		if !cue.HasHan(c) || strings.ContainsAny(c, "0123456789０１２３４５６７８９") {
			return false
		}
	}
	return true
}

// wrappedCells are the cells of a row printed over the lines group: the
// key, its first line whole; the cells of the line that closes the row;
// and the lines between, each a cell, or one cell wrapped in its column
// (2号生态 / 墓) where that alone fills the head's cols.
func (a *assembly) wrappedCells(group []int, cols int) []string {
	last := strings.Fields(a.d.Lines[group[len(group)-1]].Text)
	if len(group) == 1 {
		return last
	}
	cells := []string{span.SqueezeString(strings.TrimSpace(a.d.Lines[group[0]].Text))}
	var mid []string
	for _, g := range group[1 : len(group)-1] {
		mid = append(mid, strings.Fields(a.d.Lines[g].Text)...)
	}
	if len(mid) > 1 && 2+len(last) == cols {
		mid = []string{strings.Join(mid, "")}
	}
	return append(append(cells, mid...), last...)
}
