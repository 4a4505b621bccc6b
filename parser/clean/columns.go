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
// PDF laid out as text (pdftotext -layout, a printout copied out) gives
// each line the left column's words, a run of spaces, and the right
// column's words; read in that order, two texts interleave line by line.
// Where most lines that reach a common place have a run of spaces there,
// with Chinese text on both sides and one column of text on the right,
// each page (pages end at a form feed) is read as its left column, then
// its right. Both halves keep their original line number. Text that is
// not set so is returned line for line.
func columns(raw []string, workers int) []source {
	out := make([]source, len(raw))
	for i, r := range raw {
		out[i] = source{r, i + 1}
	}
	x, ok := columnGap(raw, workers)
	if !ok {
		return out
	}
	var pages [][]source
	var page []source
	for _, s := range out {
		if strings.HasPrefix(s.text, "\f") && len(page) > 0 {
			pages = append(pages, page)
			page = nil
		}
		page = append(page, s)
	}
	pages = append(pages, page)
	res := make([]source, 0, len(out)+len(out)/2)
	for _, p := range pages {
		var left, right []source
		for _, s := range p {
			l, r := splitAt(s.text, x)
			if l != "" || r == "" {
				left = append(left, source{l, s.num})
			}
			if r != "" {
				right = append(right, source{r, s.num})
			}
		}
		res = append(append(res, left...), right...)
	}
	return res
}

// gap is a run of two spaces or more between words of a line, as display
// columns [start, end) (a Chinese character is two columns wide). The
// ideographic space spaces letters, it parts no columns.
type gap struct{ start, end int }

// gapsOf lists the inner gaps of s and its width in display columns.
func gapsOf(s string) (gs []gap, width int, lead int) {
	s = strings.TrimLeft(s, "\f")
	col, run, seen := 0, 0, false
	lead = -1
	for _, r := range s {
		if r == ' ' {
			run++
		} else {
			if !seen {
				lead = col
			} else if run >= 2 {
				gs = append(gs, gap{col - run, col})
			}
			seen, run = true, 0
		}
		col += runeWidth(r)
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

// columnGap finds where the document's two columns part, if it is set in
// two: the median display column at which the right column's words begin
// on lines that hold one run of spaces with Chinese text on both sides.
// Such lines must be most of the document's lines: a few lines of a label
// and its value set apart by spaces are no second column, and a table's
// rows hold several runs.
//
// The lines are read in stretches on up to workers goroutines.
func columnGap(raw []string, workers int) (int, bool) {
	type stretch struct {
		lines  int
		starts []int
	}
	step := max(1, (len(raw)+workers-1)/max(workers, 1))
	ss := make([]stretch, (len(raw)+step-1)/step)
	stretches(len(ss), len(ss), func(from, to int) {
		for k := from; k < to; k++ {
			for _, r := range raw[k*step : min((k+1)*step, len(raw))] {
				if strings.TrimSpace(strings.TrimLeft(r, "\f")) == "" {
					continue
				}
				ss[k].lines++
				gs, _, _ := gapsOf(r)
				if len(gs) != 1 {
					continue
				}
				at := byteAt(strings.TrimLeft(r, "\f"), gs[0].start)
				t := strings.TrimLeft(r, "\f")
				if hasHan(t[:at]) && hasHan(t[at:]) {
					ss[k].starts = append(ss[k].starts, gs[0].end)
				}
			}
		}
	})
	lines := 0
	var starts []int
	for _, st := range ss {
		lines += st.lines
		starts = append(starts, st.starts...)
	}
	if len(starts) < 2 || len(starts)*2 <= lines {
		return 0, false // a column runs over lines: one line split is none
	}
	slices.Sort(starts)
	return starts[len(starts)/2], true
}

// splitAt cuts s where its columns part: at its run of spaces that ends
// nearest the right column's usual start x. A line with no run of spaces
// opens in the right column when it begins where the right column does, and
// is all left otherwise (a title centred over both).
func splitAt(s string, x int) (left, right string) {
	s = strings.TrimLeft(s, "\f")
	gs, width, lead := gapsOf(s)
	if len(gs) == 0 {
		if lead >= 0 && lead >= x-(width-lead)/2 && lead*2 >= x {
			return "", strings.TrimSpace(s)
		}
		return strings.TrimRight(s, " "), ""
	}
	best := gs[0]
	for _, g := range gs[1:] {
		if abs(g.end-x) < abs(best.end-x) {
			best = g
		}
	}
	at := byteAt(s, best.start)
	return strings.TrimSpace(s[:at]), strings.TrimSpace(s[at:])
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// byteAt is the byte offset of display column c in s.
func byteAt(s string, c int) int {
	col := 0
	for i, r := range s {
		if col >= c {
			return i
		}
		col += runeWidth(r)
	}
	return len(s)
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}
