package clean

import (
	"slices"
	"strings"
	"unicode"
)

// source is a line of the file as it will be repaired, with the number of
// the original line it comes from.
type source struct {
	text string
	num  int
}

// columns reads pages set in two columns column by column. A two-column
// PDF laid out as text (pdftotext -layout, Ghostscript's txtwrite, our own
// reader) gives each line the left column's words, a run of spaces, and
// the right column's words; read in that order, two texts interleave line
// by line.
//
// Each page (pages end at a form feed) is judged on its own, for a
// document may hold pages of one column, pages of two and pages of tables,
// and an extractor may place the columns of each page anew. A page is read
// as its left column, then its right, from its first line that parts at
// the page's gutter (see pageColumns) to its end; the lines above it (the
// running header, a title over both columns) stay whole. Both halves of a
// line keep its original line number. Text that is not set so is returned
// line for line.
func columns(raw []string, workers int) []source {
	out := make([]source, len(raw))
	for i, r := range raw {
		out[i] = source{r, i + 1}
	}
	cs := cutsOf(raw, workers)
	if len(cs) < 2 {
		return out // one line split in two is no evidence of columns
	}
	// Pages as [from, to) of raw, and the cuts on each.
	var pages [][2]int
	from := 0
	for i, r := range raw {
		if i > from && strings.HasPrefix(r, "\f") {
			pages = append(pages, [2]int{from, i})
			from = i
		}
	}
	pages = append(pages, [2]int{from, len(raw)})
	onPage := make([][]cut, len(pages))
	p := 0
	for _, c := range cs {
		for c.line >= pages[p][1] {
			p++
		}
		onPage[p] = append(onPage[p], c)
	}
	m := widthOf(onPage)
	var res []source
	for k, pg := range pages {
		lines := out[pg[0]:pg[1]]
		first, x, ok := pageColumns(raw[pg[0]:pg[1]], pg[0], onPage[k], m)
		if !ok {
			if res != nil { // a page after one in columns
				res = append(res, lines...)
			}
			continue
		}
		if res == nil {
			res = make([]source, 0, len(out)+len(out)/2)
			res = append(res, out[:pg[0]]...)
		}
		res = append(res, lines[:first]...)
		var left, right []source
		for _, s := range lines[first:] {
			l, r := splitAt(s.text, x, m)
			if l != "" || r == "" {
				left = append(left, source{l, s.num})
			}
			if r != "" {
				right = append(right, source{r, s.num})
			}
		}
		res = append(append(res, left...), right...)
	}
	if res == nil {
		return out
	}
	return res
}

// widthModel says how many columns of a line a character fills. Our own
// PDF reader and a terminal give a Chinese character two display columns;
// pdftotext -layout and Ghostscript's txtwrite give every character one
// cell. Both reach the parser, so each document is measured (widthOf).
type widthModel int

const (
	displayColumns widthModel = iota // a wide (East Asian) character is two columns
	charCells                        // every character is one cell
)

// width is the number of columns r fills under m.
func (m widthModel) width(r rune) int {
	if m == charCells {
		return 1
	}
	return runeWidth(r)
}

// widthOf chooses the width model under which the right column's words
// begin at one place: where a page is set in columns, the right column
// starts at the same column on every line, and it does so only when the
// left column's text is measured as the extractor laid it out. Under the
// wrong model the start drifts with the number of Chinese characters on
// the left. The model whose starts spread less about each page's median
// wins; a tie keeps display columns.
func widthOf(onPage [][]cut) widthModel {
	var spread [2]int
	for _, cs := range onPage {
		for m := range spread {
			ends := make([]int, len(cs))
			for i, c := range cs {
				ends[i] = c.gap[m].end
			}
			slices.Sort(ends)
			for _, e := range ends {
				spread[m] += abs(e - ends[len(ends)/2])
			}
		}
	}
	if spread[charCells] < spread[displayColumns] {
		return charCells
	}
	return displayColumns
}

// gap is a run of two spaces or more between words of a line: display
// columns [start, end) and bytes [at, to). The ideographic space spaces
// letters, it parts no columns.
type gap struct{ start, end, at, to int }

// cut is a line's only inner run of spaces, with Chinese text on one side
// and Chinese text or figures on the other: where the line may part two
// columns (a column's line may hold only figures: a telephone number, the
// date and time of a post).
// The run is measured under both width models, indexed by widthModel.
type cut struct {
	line    int // index in raw
	gap     [2]gap
	hanBoth bool // Chinese text on both sides
}

// cutsOf lists the cuts of raw's lines, read in stretches on up to
// workers goroutines.
func cutsOf(raw []string, workers int) []cut {
	step := max(1, (len(raw)+workers-1)/max(workers, 1))
	found := make([][]cut, (len(raw)+step-1)/step)
	stretches(len(found), len(found), func(from, to int) {
		for k := from; k < to; k++ {
			for i := k * step; i < min((k+1)*step, len(raw)); i++ {
				t := strings.TrimLeft(raw[i], "\f")
				d, _, _ := gapsOf(t, displayColumns)
				if len(d) != 1 {
					continue
				}
				l, r := t[:d[0].at], t[d[0].to:]
				hl, hr := hasHan(l), hasHan(r)
				if !(hl && (hr || hasFigures(r)) || hr && hasFigures(l)) {
					continue
				}
				c, _, _ := gapsOf(t, charCells)
				found[k] = append(found[k], cut{i, [2]gap{d[0], c[0]}, hl && hr})
			}
		}
	})
	var cs []cut
	for _, f := range found {
		cs = append(cs, f...)
	}
	return cs
}

// pageColumns decides whether a page is set in two columns and from which
// line (first, an index into page) they run; x is the column where the
// right column's words begin (the median of its cuts' ends). base is the
// page's first line's index in the document.
//
// The gutter is the stretch of columns blank on most of the page's cut
// lines: the columns that the most cuts cover, when more than half of them
// do (a label and its value set apart, here and there, agree on none). A
// line parts at the gutter when its cut reaches into it; a line runs
// across it when its text stands in it. The page is in columns when the lines that
// part outnumber those that run across. Lines on one side only count for
// neither, nor do rows of several runs (a table's) nor the page's first
// line (a running header, which may well run across).
func pageColumns(page []string, base int, cs []cut, m widthModel) (first, x int, ok bool) {
	if len(cs) == 0 {
		return 0, 0, false
	}
	top := 0 // the page's first line
	for top < len(page) && strings.TrimSpace(strings.TrimLeft(page[top], "\f")) == "" {
		top++
	}
	if cs[0].line-base == top && !cs[0].hanBoth {
		// A page's first line of figures beside Chinese text is its running
		// header (a browser's date and time beside the page's title), not
		// its columns' first line.
		cs = cs[1:]
		if len(cs) == 0 {
			return 0, 0, false
		}
	}
	hi := 0
	for _, c := range cs {
		hi = max(hi, c.gap[m].end)
	}
	cover := make([]int, hi+1)
	for _, c := range cs {
		cover[c.gap[m].start]++
		cover[c.gap[m].end]--
	}
	most, g0, g1 := 0, 0, 0 // the gutter is columns [g0, g1]
	for col, n := 0, 0; col < hi; col++ {
		n += cover[col]
		switch {
		case n > most:
			most, g0, g1 = n, col, col
		case n == most && g1 == col-1:
			g1 = col
		}
	}
	if most*2 <= len(cs) {
		return 0, 0, false
	}
	parts := map[int]bool{}
	var ends []int
	first = -1
	for _, c := range cs {
		if g := c.gap[m]; g.start <= g1 && g.end > g0 {
			parts[c.line-base] = true
			ends = append(ends, g.end)
			if first < 0 {
				first = c.line - base
			}
		}
	}
	across := 0
	for i, r := range page {
		t := strings.TrimLeft(r, "\f")
		if i <= top || parts[i] || strings.TrimSpace(t) == "" {
			continue
		}
		gs, width, lead := gapsOf(t, m)
		switch {
		case len(gs) >= 2:
		case len(gs) == 1 && gs[0].start <= g0 && gs[0].end > g1:
		case lead <= g1 && width > g0:
			if across++; across >= len(ends) {
				return 0, 0, false // a page of one column need not be read to its end
			}
		}
	}
	slices.Sort(ends)
	return first, ends[len(ends)/2], true
}

// gapsOf lists the inner gaps of s, its width and where its text begins,
// in columns of m.
func gapsOf(s string, m widthModel) (gs []gap, width int, lead int) {
	s = strings.TrimLeft(s, "\f")
	col, run, seen := 0, 0, false
	lead = -1
	for i, r := range s {
		if r == ' ' {
			run++
		} else {
			if !seen {
				lead = col
			} else if run >= 2 {
				gs = append(gs, gap{col - run, col, i - run, i})
			}
			seen, run = true, 0
		}
		col += m.width(r)
		if r != ' ' {
			width = col
		}
	}
	return gs, width, lead
}

// runeWidth is the display width of r: two columns for the wide characters
// of East Asian scripts and full-width forms, one for the rest.
func runeWidth(r rune) int {
	switch {
	case r >= 0x1100 && r <= 0x115F, r >= 0x2E80 && r <= 0xA4CF, r >= 0xAC00 && r <= 0xD7A3,
		r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F, r >= 0xFF00 && r <= 0xFF60,
		r >= 0xFFE0 && r <= 0xFFE6, r >= 0x20000:
		return 2
	}
	return 1
}

// splitAt cuts a line of a page in columns where its columns part. A
// table's row (several runs of spaces) stays whole, on the left. A line of
// one run parts there. A line with no run opens in the right column when
// it begins where the right column does (x, in columns of m), and is all
// left otherwise (a title centred over both).
func splitAt(s string, x int, m widthModel) (left, right string) {
	s = strings.TrimLeft(s, "\f")
	gs, width, lead := gapsOf(s, m)
	switch len(gs) {
	case 0:
		if lead >= 0 && lead >= x-(width-lead)/2 && lead*2 >= x {
			return "", strings.TrimSpace(s)
		}
		return strings.TrimRight(s, " "), ""
	case 1:
		return strings.TrimSpace(s[:gs[0].at]), strings.TrimSpace(s[gs[0].at:])
	}
	return strings.TrimRight(s, " "), ""
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// hasFigures reports whether s holds a digit.
func hasFigures(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}
