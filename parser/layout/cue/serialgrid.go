package cue

import "strings"

// serialGrid: a line of a table flattened one cell a line with a blank
// line after every cell, as a web page's grid is copied out: the head of
// its column of serial numbers (序号) alone on a line, the other heads
// after it, words each, then the rows, each opened by its serial number
// alone on a line, 1, 2 … in turn, its cells after it, whatever they hold
// (a cell may hold a paragraph, 1、申请材料：…；, or a figure). A row's
// cells may open with an enumerator or hold a sentence, so nothing but
// the grid tells them from text: the convention leaves every line of it
// a table's. The last row runs as long as the longest before it at the
// most (a row alone, as many lines as there are heads), and every row
// stops where a line stands with no blank before it. A copy that kept no
// blanks at all sets a cell, or a wrapped cell's part, a line, and its
// grid ends at the first blank line.
type serialGrid struct{}

func (serialGrid) Name() string             { return "serial-grid" }
func (serialGrid) Roles() []Role            { return []Role{Table} }
func (serialGrid) Settles() Role            { return Table }
func (serialGrid) Needs() []string          { return nil }
func (serialGrid) Match(d *Doc, i int) bool { return d.serial[i] }

// SerialGrid reports whether line i is a cell of a table flattened one
// cell a line, blank lines between, under a head of serial numbers
// (serialGrid).
func (d *Doc) SerialGrid(i int) bool { return d.serial[i] }

// measureSerialGrids marks the lines of each serialGrid of d.
func measureSerialGrids(d *Doc) []bool {
	out := make([]bool, len(d.Lines))
	for i := 0; i < len(d.Lines); i++ {
		if !SerialHead(cellOf(d.Lines[i])) {
			continue
		}
		// A grid's cells are parted by a blank line each, or each closed
		// by a bar of its own at the line's end (序号 | / 拟定名称 | / 1 |),
		// as a page's cells copied out one a line keep their borders.
		_, barred := barInner(d.Lines[i])
		// A part of a line split after the first (1、申请条件： / (一)…) stands
		// in the cell the line's first part opened.
		apart := func(k int) bool {
			if k >= len(d.Lines) {
				return false
			}
			if barred {
				_, closed := barInner(d.Lines[k-1])
				return closed
			}
			return d.Lines[k].Blanks > 0 || d.Lines[k].Part > 1
		}
		cell := func(k int) string { return cellOf(d.Lines[k]) }
		if !apart(i + 1) {
			// A copy that kept no blank between the cells sets each on a
			// line of its own, a cell too wide for its column wrapped over
			// lines: the serial numbers alone on their lines still open
			// the rows, and the grid ends at a blank line.
			if i+1 >= len(d.Lines) || barred || d.Lines[i+1].Blanks > 0 || d.Lines[i+1].Part > 1 {
				continue
			}
			apart = func(k int) bool { return k < len(d.Lines) && d.Lines[k].Blanks == 0 }
		}
		// The heads: words a line, no sentence, label or enumerator; a
		// head too wide for its column goes on in the line under it with
		// no blank between (评估 / 时间), one head still.
		j, heads := i+1, 1
		for j < len(d.Lines) && gridHead(d.Lines[j], cell(j)) {
			if apart(j) {
				heads++
			} else if !gridHead(d.Lines[j-1], cell(j-1)) || j == i+1 {
				break
			}
			j++
		}
		if heads < 3 || !apart(j) || cell(j) != "1" {
			continue
		}
		// The rows, each from its serial number to the next.
		starts := []int{j}
		k := j + 1
		for apart(k) {
			if cell(k) == itoa(len(starts)+1) {
				starts = append(starts, k)
			}
			k++
		}
		// A grid of one row (a short list, or a copy cut off in its
		// first row) holds no more cells than its heads.
		longest := 0
		for n := 1; n < len(starts); n++ {
			longest = max(longest, starts[n]-starts[n-1])
		}
		if len(starts) == 1 {
			longest = heads
		}
		end := min(k, starts[len(starts)-1]+longest)
		for m := i; m < end; m++ {
			out[m] = true
		}
		i = end - 1
	}
	return out
}

// cellOf is what line l holds as a grid's cell: its words, without the
// bar that closes them where one does.
func cellOf(l Line) string {
	if inner, ok := barInner(l); ok {
		return inner
	}
	return strings.TrimSpace(l.Sq)
}

// gridHead reports whether l, its cell's text s, reads as a head of a
// grid's column: words alone, no sentence, label, figure or enumerator.
func gridHead(l Line, s string) bool {
	return HasHan(s) && !l.Tabs && !SentencePunct(s) && !EndsSentence(s) && !strings.ContainsAny(s, "：:|0123456789") && !opensSomething(l)
}
