package read

import (
	"math"
	"slices"
	"sort"
)

// pageItem is one thing on a page in reading order: a printed line (or
// the part of one in a column) or a ruled table. Region tells which
// column it sits in: 0 for the page's full width, and a pair of numbers
// for the left and right column of each two-column block.
type pageItem struct {
	Line        textLine
	Table       *pdfTable
	Region      int
	X0, X1      float64
	Top, Bottom float64
}

func lineItem(l textLine, region int) pageItem {
	return pageItem{Line: l, Region: region, X0: l.X0, X1: l.X1, Top: l.Top, Bottom: l.Bottom}
}

func tableItem(t *pdfTable) pageItem {
	return pageItem{Table: t, X0: t.X0, X1: t.X1, Top: t.Top, Bottom: t.Bottom}
}

// pageEm is the page's usual glyph size: the median over its lines.
func pageEm(lines []textLine) float64 {
	var sizes []float64
	for _, l := range lines {
		for _, g := range l.Glyphs {
			sizes = append(sizes, g.size())
		}
	}
	return median(sizes)
}

// inkRuns are a line's stretches of text: its glyphs parted where a gap
// is as wide as a glyph or wider.
func inkRuns(gs []glyph) [][2]float64 {
	var runs [][2]float64
	for i, g := range gs {
		if n := len(runs); n > 0 && g.X0-runs[n-1][1] < min(g.size(), gs[i-1].size()) {
			runs[n-1][1] = max(runs[n-1][1], g.X1)
			continue
		}
		runs = append(runs, [2]float64{g.X0, g.X1})
	}
	return runs
}

// maxGutterTries bounds how many candidate gutters a page tries.
const maxGutterTries = 3

// gutterCandidates returns the places where a second column may begin:
// the x where stretches of text start, away from the page's left edge,
// with those that start there (within half a glyph) or a paragraph's
// indent right of it on three lines or more, most shared first. A right
// column's lines all start at its edge or its indent, where a left
// column's lines start at the page's. The gutter is put half-way
// between that x and the edge where the left column's lines end (see
// leftColumnEdge): a right column's line that starts left of the x
// shared most (a paragraph's wrapped line, where the others open
// indented) is read in it, and a title centred over both columns
// crosses the gutter.
func gutterCandidates(rows []textLine, em float64) []float64 {
	if len(rows) < 3 || !(em > 0) {
		return nil
	}
	lo := math.Inf(1)
	for _, r := range rows {
		lo = min(lo, r.X0)
	}
	var starts []float64
	for _, r := range rows {
		for _, run := range inkRuns(r.Glyphs) {
			if run[0] > lo+em {
				starts = append(starts, run[0])
			}
		}
	}
	slices.Sort(starts)
	type cand struct {
		x float64
		n int
	}
	var cands []cand
	for i := 0; i < len(starts); {
		j := i
		for j < len(starts) && starts[j]-starts[i] <= em/2 {
			j++
		}
		// The column's lines start at its edge or a paragraph's
		// indent (two and a half glyphs) right of it.
		k := j
		for k < len(starts) && starts[k]-starts[i] <= 2.5*em {
			k++
		}
		if k-i >= 3 {
			cands = append(cands, cand{starts[i], k - i})
		}
		i = j
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].n > cands[j].n })
	var xs []float64
	for _, c := range cands[:min(len(cands), maxGutterTries)] {
		x := c.x - em/4
		if edge, ok := leftColumnEdge(rows, c.x, em); ok {
			x = (edge + c.x) / 2
		}
		xs = append(xs, x)
	}
	return xs
}

// leftColumnEdge is where the lines of a column left of x end: the
// furthest x short of it, by a glyph or more, where stretches of text on
// three lines or more end together (within half a glyph), as a justified
// column's lines do at its edge.
func leftColumnEdge(rows []textLine, x, em float64) (float64, bool) {
	var ends []float64
	for _, r := range rows {
		for _, run := range inkRuns(r.Glyphs) {
			if run[1] <= x-em {
				ends = append(ends, run[1])
			}
		}
	}
	slices.Sort(ends)
	for i := len(ends) - 1; i >= 2; i-- {
		j := i
		for j > 0 && ends[i]-ends[j-1] <= em/2 {
			j--
		}
		if i-j+1 >= 3 {
			return ends[i], true
		}
	}
	return 0, false
}

// sides parts a row's glyphs at x. A row crosses x where a glyph
// straddles it or x falls between two glyphs closer than half a glyph: a
// title set solid across the gutter crosses it wherever its glyphs part,
// where a gutter is a glyph wide at the least (a browser's default
// column gap is an em).
func sides(gs []glyph, x float64) (left, right []glyph, crosses bool) {
	for i, g := range gs {
		if g.X0 < x && g.X1 > x {
			return nil, nil, true
		}
		if g.X0 >= x {
			if i > 0 && g.X0-gs[i-1].X1 < min(g.size(), gs[i-1].size())/2 {
				return nil, nil, true
			}
			return gs[:i], gs[i:], false
		}
	}
	return gs, nil, false
}

// orderColumns puts a page's lines and tables in reading order. Where a
// run of lines shares a glyph-free gutter, and the lines' left parts end
// together at the gutter (a column set justified or filled to its edge,
// unlike a form's labels and values), the run is read column by column:
// all its left parts, then all its right parts. Lines or tables that
// cross the gutter (a title over both columns, a wide table) end a run
// and are read where they stand.
//
// known are gutters found on the document's other pages: a page of a
// document set in columns that holds too few lines to show its own (the
// last page's few lines) is read by them, any run of lines with text on
// both sides taken as columns. centre is the middle of the paper (0 for
// unknown; see isColumnBlock). It returns the gutter it used, or NaN.
func orderColumns(items []pageItem, known []float64, centre float64) ([]pageItem, float64) {
	items = slices.Clone(items)
	sort.SliceStable(items, func(i, j int) bool { return items[i].Top < items[j].Top })
	var rows []textLine
	for _, it := range items {
		if it.Table == nil {
			rows = append(rows, it.Line)
		}
	}
	em := pageEm(rows)
	best, bestRows, used := []pageItem(nil), 0, math.NaN()
	for _, x := range gutterCandidates(rows, em) {
		out, n := splitColumns(items, x, em, centre, false)
		if n > bestRows {
			best, bestRows, used = out, n, x
		}
	}
	for _, x := range known {
		if best != nil {
			break
		}
		if out, n := splitColumns(items, x, em, centre, true); n > 0 {
			best, used = out, x
		}
	}
	if best == nil {
		return items, math.NaN()
	}
	return best, used
}

// splitColumns reads the runs of items that do not cross x and are set
// in two columns (see isColumnBlock) column by column. It returns the
// items in that order and how many were read so. Where the document is
// known to be set in columns, a run with text on both sides is enough.
func splitColumns(items []pageItem, x, em, centre float64, known bool) ([]pageItem, int) {
	var out []pageItem
	region, moved := 0, 0
	for i := 0; i < len(items); {
		if crossesAt(items[i], x) {
			out = append(out, items[i])
			i++
			continue
		}
		j := i
		for j < len(items) && !crossesAt(items[j], x) {
			j++
		}
		block := items[i:j]
		if isColumnBlock(block, x, em, centre) || (known && twoSided(block, x)) {
			region += 2
			moved += len(block)
			var left, right []pageItem
			for _, it := range block {
				if it.Table != nil {
					t := it
					if t.X1 <= x {
						t.Region = region - 1
						left = append(left, t)
					} else {
						t.Region = region
						right = append(right, t)
					}
					continue
				}
				l, r, _ := sides(it.Line.Glyphs, x)
				if len(l) > 0 {
					left = append(left, lineItem(measureLine(l), region-1))
				}
				if len(r) > 0 {
					right = append(right, lineItem(measureLine(r), region))
				}
			}
			out = append(out, left...)
			out = append(out, right...)
		} else {
			out = append(out, block...)
		}
		i = j
	}
	return out, moved
}

func crossesAt(it pageItem, x float64) bool {
	if it.Table != nil {
		return it.X0 < x && it.X1 > x
	}
	_, _, c := sides(it.Line.Glyphs, x)
	return c
}

// isColumnBlock reports whether the run of items, none crossing x, is
// set in two columns: on each side of x three lines at least run full
// across their column (end within a glyph of the side's furthest, over a
// third of the run's text width or more, with no gap as wide as a glyph):
// a column's lines fill it, where a form's labels and a table's cells are
// short, ragged or parted by gaps. A right column of short lines (a
// table set a cell a line, a signature and its date) fills nothing: it
// is a column beside a left one of three full lines when three of its
// lines or more start at its left edge or a paragraph's indent from it
// (see columnStarts) and the gutter holds the middle of the paper
// (centre, within a glyph): columns are set symmetrically on the page,
// where a table's or a form's columns part wherever their cells end.
// The left column must fill: a form's labels or a list's numbers left of
// their text never do.
func isColumnBlock(block []pageItem, x, em, centre float64) bool {
	var left, right [][]glyph
	lo, hi := math.Inf(1), math.Inf(-1)
	edge, start := math.Inf(-1), math.Inf(1)
	for _, it := range block {
		lo, hi = min(lo, it.X0), max(hi, it.X1)
		if it.Table != nil {
			continue
		}
		l, r, _ := sides(it.Line.Glyphs, x)
		if len(l) > 0 {
			left = append(left, l)
			edge = max(edge, l[len(l)-1].X1)
		}
		if len(r) > 0 {
			right = append(right, r)
			start = min(start, r[0].X0)
		}
	}
	if fullLines(left, em, hi-lo) < 3 {
		return false
	}
	if fullLines(right, em, hi-lo) >= 3 {
		return true
	}
	return centre > 0 && edge-em <= centre && centre <= start+em && columnStarts(right, em) >= 3
}

// columnStarts counts the parts that start at the side's left edge or
// within a paragraph's first-line indent of it (two and a half glyphs).
func columnStarts(parts [][]glyph, em float64) int {
	edge := math.Inf(1)
	for _, p := range parts {
		edge = min(edge, p[0].X0)
	}
	n := 0
	for _, p := range parts {
		if p[0].X0-edge <= 2.5*em {
			n++
		}
	}
	return n
}

// fullLines counts the parts that run full across their column.
func fullLines(parts [][]glyph, em, width float64) int {
	edge := math.Inf(-1)
	for _, p := range parts {
		for _, g := range p {
			edge = max(edge, g.X1)
		}
	}
	n := 0
	for _, p := range parts {
		end := p[0].X1
		for _, g := range p {
			end = max(end, g.X1)
		}
		if len(inkRuns(p)) == 1 && edge-end <= em && 3*(end-p[0].X0) >= width {
			n++
		}
	}
	return n
}

// twoSided reports whether a run of lines holds text on both sides of x.
func twoSided(block []pageItem, x float64) bool {
	var left, right bool
	for _, it := range block {
		if it.Table != nil {
			continue
		}
		l, r, _ := sides(it.Line.Glyphs, x)
		left, right = left || len(l) > 0, right || len(r) > 0
	}
	return left && right
}
