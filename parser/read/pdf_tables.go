package read

import (
	"math"
	"slices"
	"sort"
	"strings"
)

// pdfTable is a table read from a page: its place and its rows of cells.
type pdfTable struct {
	X0, X1, Top, Bottom float64
	Rows                [][]string
}

// maxRuleSegments bounds the ruling lines looked at on one page: grouping
// them costs the square of their number, and no real table has this many.
const maxRuleSegments = 20000

// ruledTables finds tables drawn with ruling lines: thin path objects
// (thinner than a quarter of the page's glyphs) that meet in a grid of
// two columns and two rows at the least. Each glyph inside a grid goes to
// the cell its centre falls in; a cell that spans columns (no ruling line
// parts them on its row) goes to its first column, the columns it spans
// left empty, as a grid copied into a text file keeps them. It returns
// the tables and the glyphs left outside them.
func ruledTables(rules []rule, gs []glyph, em float64) ([]*pdfTable, []glyph) {
	if len(rules) == 0 || len(gs) == 0 || !(em > 0) {
		return nil, gs
	}
	thin := em / 4
	var segs []rule
	for _, r := range rules {
		w, h := r.X1-r.X0, r.Y1-r.Y0
		if !(w >= 0 && h >= 0) || math.IsInf(w+h, 0) {
			continue
		}
		if (h <= thin && w > thin) || (w <= thin && h > thin) {
			segs = append(segs, r)
		}
	}
	if len(segs) < 4 || len(segs) > maxRuleSegments {
		return nil, gs
	}
	var tables []*pdfTable
	claimed := make([]bool, len(gs))
	for _, comp := range touchingGroups(segs, thin) {
		t := gridTable(comp, gs, claimed, thin)
		if t != nil {
			tables = append(tables, t)
		}
	}
	if len(tables) == 0 {
		return nil, gs
	}
	var rest []glyph
	for i, g := range gs {
		if !claimed[i] {
			rest = append(rest, g)
		}
	}
	return tables, rest
}

// touchingGroups parts segments into groups that touch one another
// (within tol), as the lines of one grid do.
func touchingGroups(segs []rule, tol float64) [][]rule {
	parent := make([]int, len(segs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	order := make([]int, len(segs))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return segs[order[a]].X0 < segs[order[b]].X0 })
	for a := 0; a < len(order); a++ {
		s := segs[order[a]]
		for b := a + 1; b < len(order); b++ {
			t := segs[order[b]]
			if t.X0 > s.X1+tol {
				break
			}
			if t.Y0 <= s.Y1+tol && s.Y0 <= t.Y1+tol {
				parent[find(order[a])] = find(order[b])
			}
		}
	}
	groups := map[int][]rule{}
	var roots []int
	for i := range segs {
		r := find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], segs[i])
	}
	out := make([][]rule, 0, len(roots))
	for _, r := range roots {
		out = append(out, groups[r])
	}
	return out
}

// clusterPositions merges positions closer than tol into their mean.
func clusterPositions(xs []float64, tol float64) []float64 {
	slices.Sort(xs)
	var out []float64
	for i := 0; i < len(xs); {
		j, sum := i, 0.0
		for j < len(xs) && xs[j]-xs[i] <= tol {
			sum += xs[j]
			j++
		}
		out = append(out, sum/float64(j-i))
		i = j
	}
	return out
}

func gridTable(segs []rule, gs []glyph, claimed []bool, thin float64) *pdfTable {
	var hs, vs []rule
	var ys, xs []float64
	for _, s := range segs {
		if s.Y1-s.Y0 <= thin {
			hs = append(hs, s)
			ys = append(ys, (s.Y0+s.Y1)/2)
		} else {
			vs = append(vs, s)
			xs = append(xs, (s.X0+s.X1)/2)
		}
	}
	xs = clusterPositions(xs, thin)
	ys = clusterPositions(ys, thin)
	if len(xs) < 3 || len(ys) < 3 {
		return nil // one column or one row: a frame, not a table
	}
	t := &pdfTable{X0: xs[0], X1: xs[len(xs)-1], Top: ys[0], Bottom: ys[len(ys)-1]}
	nr, nc := len(ys)-1, len(xs)-1
	// wall[r][c] tells whether a ruling line parts column c-1 from c on
	// row r.
	wall := make([][]bool, nr)
	for r := range wall {
		wall[r] = make([]bool, nc)
		mid := (ys[r] + ys[r+1]) / 2
		for c := 1; c < nc; c++ {
			for _, v := range vs {
				if math.Abs((v.X0+v.X1)/2-xs[c]) <= thin && v.Y0 <= mid && v.Y1 >= mid {
					wall[r][c] = true
					break
				}
			}
		}
	}
	cells := make([][][]glyph, nr)
	for r := range cells {
		cells[r] = make([][]glyph, nc)
	}
	found := 0
	for i, g := range gs {
		if claimed[i] {
			continue
		}
		cx, cy := (g.X0+g.X1)/2, (g.Top+g.Bottom)/2
		if cx < t.X0 || cx > t.X1 || cy < t.Top || cy > t.Bottom {
			continue
		}
		r := sort.SearchFloat64s(ys, cy) - 1
		c := sort.SearchFloat64s(xs, cx) - 1
		r, c = max(0, min(r, nr-1)), max(0, min(c, nc-1))
		for c > 0 && !wall[r][c] {
			c--
		}
		cells[r][c] = append(cells[r][c], g)
		claimed[i] = true
		found++
	}
	if found == 0 {
		return nil
	}
	for r := 0; r < nr; r++ {
		row := make([]string, nc)
		empty := true
		for c := 0; c < nc; c++ {
			row[c] = cellText(cells[r][c])
			if row[c] != "" {
				empty = false
			}
		}
		if !empty {
			t.Rows = append(t.Rows, row)
		}
	}
	return t
}

// cellText writes the glyphs of one cell as one line: the printed lines
// of text wrapped inside the cell are joined, with no space between two
// Chinese characters and one between two words.
func cellText(gs []glyph) string {
	if len(gs) == 0 {
		return ""
	}
	var b strings.Builder
	var prev []glyph
	for _, l := range buildLines(gs) {
		if len(prev) > 0 && needsJoinSpace(prev[len(prev)-1].R, l.Glyphs[0].R) {
			b.WriteByte(' ')
		}
		b.WriteString(plainText(l.Glyphs))
		prev = l.Glyphs
	}
	return strings.TrimSpace(b.String())
}

// needsJoinSpace tells whether a line wrapped between a and b is joined
// with a space: only between two characters of a spaced script, and not
// after a hyphen, where a browser breaks a date or a compound word
// (2022-|11-09) and keeps the hyphen.
func needsJoinSpace(a, b rune) bool {
	return !isWide(a) && !isWide(b) && a != '-' && a != '\u2010'
}

// isCellGap reports whether the gap between a and b may part two cells:
// half a glyph wide at least beyond the line's usual gap. Word spaces are
// narrower (a third of an em at the most), and so is the space that word
// processors set between Chinese and Latin text; a tab to a stop or a
// cell's padding is wider. A gap where the file typed one space is a
// word space however wide.
func isCellGap(a, b glyph, u usualGaps) bool {
	if typedSpace(a, b) {
		return false
	}
	return b.X0-a.X1-u.between(a, b) >= min(a.size(), b.size())/2
}

// cellStarts lists where the cells of a paragraph's printed lines may
// start: each line's first glyph and every glyph after a cell gap.
func cellStarts(p []textLine) (starts []float64, inner int) {
	for _, l := range p {
		gs := l.Glyphs
		if len(gs) == 0 {
			continue
		}
		starts = append(starts, gs[0].X0)
		u := measureGaps(gs)
		for i := 1; i < len(gs); i++ {
			if isCellGap(gs[i-1], gs[i], u) {
				starts = append(starts, gs[i].X0)
				inner++
			}
		}
	}
	return starts, inner
}

// tableStops are the x where a table's columns start.
type tableStops struct {
	xs  []float64
	tol float64
}

func (t tableStops) at(x float64) int {
	for i, s := range t.xs {
		if math.Abs(x-s) <= t.tol {
			return i
		}
	}
	return -1
}

// alignedTables finds tables set without ruling lines, their cells
// aligned on common stops (tab stops, or a grid's columns): runs of three
// paragraphs at least, each holding two cell gaps or more, in which
// word starts that printed lines share (two at least, and a quarter of
// them: a word after a space inside a cell lines up with others only by
// chance) are the columns, and two and over half of the words inside
// each row (a line's first word always starts at the margin) start on
// one. It returns, for each paragraph, the
// stops of its table, or nil for text.
// cells counts the cells of a printed line: its first word and each
// word after a space that starts on a stop.
func (t tableStops) cells(l textLine) int {
	gs := l.Glyphs
	if len(gs) == 0 {
		return 0
	}
	n := 1
	u := measureGaps(gs)
	for i := 1; i < len(gs); i++ {
		if isCellGap(gs[i-1], gs[i], u) && t.at(gs[i].X0) >= 0 {
			n++
		}
	}
	return n
}

func alignedTables(paras [][]textLine) []*tableStops {
	out := make([]*tableStops, len(paras))
	candidate := func(p []textLine) bool {
		_, inner := cellStarts(p)
		return inner >= 2
	}
	for i := 0; i < len(paras); {
		if !candidate(paras[i]) {
			i++
			continue
		}
		j := i
		for j < len(paras) && candidate(paras[j]) {
			j++
		}
		if j-i >= 3 {
			markTable(paras[i:j], out[i:j])
		}
		i = j
	}
	return out
}

func markTable(run [][]textLine, out []*tableStops) {
	var sizes []float64
	for _, p := range run {
		for _, l := range p {
			sizes = append(sizes, l.Size)
		}
	}
	em := median(sizes)
	if !(em > 0) {
		return
	}
	type start struct {
		x   float64
		row int
	}
	var all []start
	lines := 0
	for _, p := range run {
		for _, l := range p {
			xs, _ := cellStarts([]textLine{l})
			for _, x := range xs {
				all = append(all, start{x, lines})
			}
			lines++
		}
	}
	sort.Slice(all, func(a, b int) bool { return all[a].x < all[b].x })
	tol := em / 4
	stops := &tableStops{tol: tol}
	for a := 0; a < len(all); {
		b := a
		rows := map[int]bool{}
		sum := 0.0
		for b < len(all) && all[b].x-all[a].x <= tol {
			rows[all[b].row] = true
			sum += all[b].x
			b++
		}
		if len(rows) >= max(2, lines/4) {
			stops.xs = append(stops.xs, sum/float64(b-a))
		}
		a = b
	}
	if len(stops.xs) < 2 {
		return
	}
	aligned := make([]bool, len(run))
	for r, p := range run {
		on, inner := 0, 0
		for _, l := range p {
			xs, _ := cellStarts([]textLine{l})
			for _, x := range xs[1:] {
				inner++
				if stops.at(x) >= 0 {
					on++
				}
			}
		}
		aligned[r] = on >= 2 && 2*on > inner
	}
	// The table runs from its first aligned row to its last: rows
	// between that align no word are a row's wrapped ends. Three rows at
	// least align, and most of the table's rows.
	first, last, n := -1, -1, 0
	for r, ok := range aligned {
		if ok {
			if first < 0 {
				first = r
			}
			last = r
			n++
		}
	}
	if n < 3 || 2*n <= last-first+1 {
		return
	}
	for r := first; r <= last; r++ {
		out[r] = stops
	}
}

// rowText writes a paragraph of a table as one row: a tab before each
// word that starts on a column stop (and one for each stop before a row
// that starts right of the first: its first cells are empty), and spaces
// between words inside a cell. The printed
// lines of a row wrapped across the page join at a cell's edge.
func rowText(p []textLine, stops *tableStops) string {
	var b strings.Builder
	for li, l := range p {
		gs := l.Glyphs
		if len(gs) == 0 {
			continue
		}
		first := stops.at(gs[0].X0)
		switch {
		case li == 0 && first > 0:
			b.WriteString(strings.Repeat("\t", first))
		case li > 0 && first >= 0:
			b.WriteByte('\t')
		case li > 0 && needsJoinSpace(p[li-1].Glyphs[len(p[li-1].Glyphs)-1].R, gs[0].R):
			b.WriteByte(' ')
		}
		u := measureGaps(gs)
		for i, g := range gs {
			if i > 0 && isSpaceGap(gs[i-1], g, u) {
				if isCellGap(gs[i-1], g, u) && stops.at(g.X0) >= 0 {
					b.WriteByte('\t')
				} else {
					b.WriteByte(' ')
				}
			}
			b.WriteRune(g.R)
		}
	}
	return b.String()
}
