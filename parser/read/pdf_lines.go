package read

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// glyph is one character PDFium placed on a page, in points with y growing
// down the page. X0–X1 is its advance (from its origin to where the next
// glyph would start), Top–Bottom its font's ascent to descent, Base its
// baseline: the box a typesetter works with, not the ink, so a bracket
// set in a full-width cell still fills the cell.
//
// PDFium gives the box from the font's ascent, descent and advance (its
// "loose" box) for most glyphs, but for some fonts (Type 3, fonts missing
// metrics) only the ink; repairGlyphs rebuilds those from the origin OX
// and the ink box Ink (left, top, right, bottom).
type glyph struct {
	R           rune
	X0, X1      float64
	Top, Bottom float64
	Base        float64
	OX          float64
	Ink         [4]float64
}

// size is the glyph's measured height: its font's size as set on the
// page, whatever matrix scaled it.
func (g glyph) size() float64 { return g.Bottom - g.Top }

// rule is the bounding box of a path object: a table's ruling line when
// it is thin in one direction.
type rule struct {
	X0, X1, Y0, Y1 float64
}

// textLine is one printed line: glyphs on one baseline, left to right.
type textLine struct {
	Glyphs      []glyph
	X0, X1      float64
	Top, Bottom float64
	Base        float64
	Size        float64 // median glyph size
}

// usableGlyphs drops what carries no text or no position: spaces (gaps
// say where words part), control characters and glyphs with an empty or
// absurd box.
func usableGlyphs(gs []glyph) []glyph {
	out := gs[:0:0]
	for _, g := range gs {
		if math.IsNaN(g.X0 + g.X1 + g.Top + g.Bottom + g.Base + g.OX) {
			continue
		}
		if unicode.IsSpace(g.R) || unicode.IsControl(g.R) || g.R == unicode.ReplacementChar {
			continue
		}
		if !(g.size() > 0) || !(g.X1 >= g.X0) || math.IsInf(g.X1-g.X0, 0) || math.IsInf(g.size(), 0) {
			continue
		}
		out = append(out, g)
	}
	return out
}

// inkOnly reports a glyph whose box is its ink: PDFium found no font
// metrics for it.
func (g glyph) inkOnly() bool {
	const eps = 1e-3
	return math.Abs(g.X0-g.Ink[0]) < eps && math.Abs(g.Top-g.Ink[1]) < eps &&
		math.Abs(g.X1-g.Ink[2]) < eps && math.Abs(g.Bottom-g.Ink[3]) < eps
}

// repairGlyphs gives glyphs that have only an ink box a typesetter's box
// like their neighbours' on the line: as tall as its other glyphs measure
// (their size, and how far above the baseline they reach), starting at
// their origin, and as wide as that size for a full-width character or
// as their ink plus the bearing left of it for a narrow one. A page with
// line with no glyph of sound metrics keeps the ink boxes.
func repairGlyphs(gs []glyph) {
	var sizes, ascents []float64
	for _, g := range gs {
		if !g.inkOnly() && g.size() > 0 {
			sizes = append(sizes, g.size())
			ascents = append(ascents, (g.Base-g.Top)/g.size())
		}
	}
	if len(sizes) == 0 {
		return
	}
	size, ascent := median(sizes), median(ascents)
	for i, g := range gs {
		if !g.inkOnly() {
			continue
		}
		left := g.OX
		if left > g.Ink[0] || g.Ink[0]-left > size {
			left = g.Ink[0]
		}
		g.X0 = left
		if isWide(g.R) {
			g.X1 = max(g.Ink[2], left+size)
		} else {
			g.X1 = g.Ink[2] + (g.Ink[0] - left)
		}
		g.Top = g.Base - ascent*size
		g.Bottom = g.Top + size
		gs[i] = g
	}
}

// buildLines groups glyphs into printed lines by their baselines. Two
// glyphs share a line when their baselines differ by less than half the
// smaller glyph: a digit in a Latin font next to a Chinese character sits
// on the same line even where the two fonts' baselines differ a little,
// while the next line, a line's pitch away, never comes that close.
// Lines come top to bottom; two columns at the same height share a line
// here and are parted later by their gutter.
func buildLines(gs []glyph) []textLine {
	gs = slices.Clone(gs)
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].Base < gs[j].Base })
	var lines []textLine
	for i := 0; i < len(gs); {
		anchor := gs[i]
		j := i + 1
		for j < len(gs) && gs[j].Base-anchor.Base <= 0.5*min(anchor.size(), gs[j].size()) {
			j++
		}
		lines = append(lines, newLine(gs[i:j]))
		i = j
	}
	return lines
}

// newLine sorts glyphs left to right, drops a glyph printed twice over
// itself (fake bold: the same character drawn again a hair to the right,
// within a quarter of its width; "ll" sets the second a whole width on)
// and measures the line.
func newLine(gs []glyph) textLine {
	gs = slices.Clone(gs)
	repairGlyphs(gs)
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].X0 < gs[j].X0 })
	out := gs[:0]
	for _, g := range gs {
		if n := len(out); n > 0 {
			p := out[n-1]
			if p.R == g.R && math.Abs(p.X0-g.X0) < 0.25*(g.X1-g.X0) && math.Abs(p.Base-g.Base) < 0.25*g.size() {
				continue
			}
		}
		out = append(out, g)
	}
	return measureLine(out)
}

func measureLine(gs []glyph) textLine {
	l := textLine{Glyphs: gs}
	if len(gs) == 0 {
		return l
	}
	l.X0, l.X1 = math.Inf(1), math.Inf(-1)
	l.Top, l.Bottom = math.Inf(1), math.Inf(-1)
	sizes := make([]float64, len(gs))
	bases := make([]float64, len(gs))
	for i, g := range gs {
		l.X0, l.X1 = min(l.X0, g.X0), max(l.X1, g.X1)
		l.Top, l.Bottom = min(l.Top, g.Top), max(l.Bottom, g.Bottom)
		sizes[i], bases[i] = g.size(), g.Base
	}
	l.Size = median(sizes)
	l.Base = median(bases)
	return l
}

// median of xs (xs is reordered); 0 for none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	slices.Sort(xs)
	return xs[len(xs)/2]
}

// quantile q (0–1) of xs (xs is reordered); 0 for none.
func quantile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	slices.Sort(xs)
	return xs[min(len(xs)-1, int(q*float64(len(xs))))]
}

// usualGaps are how far apart a line's glyphs are set when nothing parts
// them, measured apart for pairs with a full-width character (a
// justified Chinese line stretches after every character) and pairs of
// narrow ones (a number, a Latin word, which justification leaves
// solid): a low quantile of each, so a line of many words still shows
// its spaces.
type usualGaps struct{ wide, narrow float64 }

func measureGaps(gs []glyph) usualGaps {
	var wide, narrow []float64
	for i := 1; i < len(gs); i++ {
		gap := gs[i].X0 - gs[i-1].X1
		if isWide(gs[i].R) || isWide(gs[i-1].R) {
			wide = append(wide, gap)
		} else {
			narrow = append(narrow, gap)
		}
	}
	return usualGaps{max(0, quantile(wide, 0.25)), max(0, quantile(narrow, 0.25))}
}

func (u usualGaps) between(a, b glyph) float64 {
	if isWide(a.R) || isWide(b.R) {
		return u.wide
	}
	return u.narrow
}

// isSpaceGap reports whether the gap between a and b, on a line whose
// glyphs are usually set u apart, is a word space. A word space is a
// quarter em or more (a thin space a fifth); glyphs set solid touch. The
// line is cut half-way: an eighth of the smaller glyph's size beyond the
// usual gap.
func isSpaceGap(a, b glyph, u usualGaps) bool {
	em := min(a.size(), b.size())
	return b.X0-a.X1-u.between(a, b) > em/8
}

// wideSpaces is the run of spaces written for a gap of gap points in a
// line of em-sized glyphs: one for a word space, more where a line sets
// fields apart (发表日期：… 文章来源：…), as a careful typist would.
func wideSpaces(gap, em float64) string {
	if em <= 0 || gap < 1.5*em {
		return " "
	}
	return "    "
}

// plainText writes glyphs of one line as text with spaces where the gaps
// are word spaces. Chinese set solid stays without spaces.
func plainText(gs []glyph) string {
	var b strings.Builder
	u := measureGaps(gs)
	for i, g := range gs {
		if i > 0 && isSpaceGap(gs[i-1], g, u) {
			b.WriteString(wideSpaces(g.X0-gs[i-1].X1-u.between(gs[i-1], g), min(g.size(), gs[i-1].size())))
		}
		b.WriteRune(g.R)
	}
	return b.String()
}

// isWide reports a character set a full em wide (Chinese, full-width
// forms): two of them join with no space when a line wraps between them.
func isWide(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) || (r >= 0x2000 && r <= 0x206F)
}
