package cue

import "strings"

// headGrid: a line of a table a web page's copy flattened one cell a line
// with no serial column to count its rows by (a fee list's 服务项目 / 收费
// 标准 / 计费单位 / … over its cells, or 序号 over rows whose number runs
// into their first cell, 1. 火化费): the grid is told by its heads, a line
// each, the first three at the least naming what a column holds (words of
// the colhead list close them: 项目, 标准, 单位 …), more heads after them,
// and then the cells, whatever they hold: merged cells leave rows of
// unequal length, so no row can be counted, and every line to the grid's
// end is a table's. The grid ends where the text takes up again: a note
// under it (注：), a 落款 (a body's name over a date), a page's furniture,
// or the document's end.
type headGrid struct{}

func (headGrid) Name() string             { return "head-grid" }
func (headGrid) Roles() []Role            { return []Role{Table} }
func (headGrid) Settles() Role            { return Table }
func (headGrid) Needs() []string          { return nil }
func (headGrid) Match(d *Doc, i int) bool { return d.headed[i] }

// HeadGrid reports whether line i is a line of a grid flattened one cell a
// line under its column heads (headGrid).
func (d *Doc) HeadGrid(i int) bool { return d.headed[i] }

// measureHeadGrids marks the lines of each headGrid of d.
func measureHeadGrids(d *Doc) []bool {
	out := make([]bool, len(d.Lines))
	for i := 0; i+3 < len(d.Lines); i++ {
		// Three heads that name their columns, a line each (asked of the
		// first line before the others: cheap).
		if !columnHead(d.Lines[i]) || !columnHead(d.Lines[i+1]) || !columnHead(d.Lines[i+2]) {
			continue
		}
		if d.serial[i] || d.cells[i] || d.spaced[i] || d.rows[i] {
			continue // a grid the other rules read
		}
		j := i + 3
		for j < len(d.Lines) && gridHead(d.Lines[j], cellOf(d.Lines[j])) {
			j++
		}
		if j == len(d.Lines) {
			continue // heads and nothing under them: a list of words
		}
		end := j
		for end < len(d.Lines) && !gridEnds(d, end) {
			end++
		}
		for k := i; k < end; k++ {
			out[k] = true
		}
		i = end
	}
	return out
}

// columnHead reports whether l is a head of a column alone on its line:
// a grid's head (gridHead) that a word of the colhead list closes.
func columnHead(l Line) bool {
	s := cellOf(l)
	if !gridHead(l, s) {
		return false
	}
	// A head's note in brackets after it (收费标准(元), 备注（可附照片）)
	// is no part of its word.
	if k := strings.IndexAny(s, "(（"); k > 0 && (strings.HasSuffix(s, ")") || strings.HasSuffix(s, "）")) {
		s = s[:k]
	}
	_, ok := colHeads.suffix(s)
	return ok
}

// gridEnds reports whether line k takes the text up again after a grid
// flattened one cell a line: a note under it, a 落款's name over its date
// or the date itself, a page's furniture.
func gridEnds(d *Doc, k int) bool {
	l := d.Lines[k]
	if IsNote(l.Sq) || pageFurniture(l) {
		return true
	}
	if _, ok := AgencyAndDate(l.Text); ok {
		return true
	}
	return k+1 < len(d.Lines) && d.sealDate(k+1) // a 落款's name over its date
}
