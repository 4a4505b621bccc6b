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
	// Spaces counts the space glyphs the file sets right before this
	// one on its line (see markTypedSpaces), SpaceX where the first of
	// them starts.
	Spaces  int
	SpaceX  float64
	SpaceEm float64 // the first word space's advance, in its font's size
	// TypedSpace is the narrowest space the file types (see
	// typedSpaceWidth), in its font's size; 0 where it types none.
	TypedSpace float64
	// Autospaced marks a glyph of a file that sets space of its own
	// between Chinese and Latin text (see autospaced).
	Autospaced bool
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
	Size        float64 // median glyph size: of its Chinese glyphs if any (see measureLine)
}

// usableGlyphs drops what carries no text or no position: spaces (gaps
// say where words part; a space the file sets is kept as a mark on the
// glyph after it, see markTypedSpaces), control characters and glyphs
// with an empty or absurd box.
func usableGlyphs(gs []glyph) []glyph {
	out := gs[:0:0]
	var spaces []glyph
	for _, g := range gs {
		if math.IsNaN(g.X0 + g.X1 + g.Top + g.Bottom + g.Base + g.OX) {
			continue
		}
		if g.R == ' ' || g.R == '\u00a0' || g.R == '\u3000' {
			spaces = append(spaces, g)
			continue
		}
		if unicode.IsSpace(g.R) || unicode.IsControl(g.R) || g.R == unicode.ReplacementChar {
			spaces = nil
			continue
		}
		if !(g.size() > 0) || !(g.X1 >= g.X0) || math.IsInf(g.X1-g.X0, 0) || math.IsInf(g.size(), 0) {
			continue
		}
		out = append(out, markTypedSpaces(g, spaces))
		spaces = nil
	}
	return splitSharedBoxes(out)
}

// splitSharedBoxes parts a box that one glyph draws for several
// characters: LibreOffice draws the dash —— as one glyph two ems wide,
// and PDFium gives each of its characters that whole box. A run of
// Chinese-width characters, in the file's order, on one box about as
// many ems wide as they are, shares it out; a box one character wide
// drawn again is a character printed twice (see newLine).
func splitSharedBoxes(gs []glyph) []glyph {
	for i := 0; i < len(gs); {
		j := i + 1
		for j < len(gs) && gs[j].X0 == gs[i].X0 && gs[j].X1 == gs[i].X1 && gs[j].Base == gs[i].Base && isWide(gs[j].R) {
			j++
		}
		k := float64(j - i)
		w, em := gs[i].X1-gs[i].X0, gs[i].size()
		if j-i > 1 && isWide(gs[i].R) && math.Abs(w-k*em) <= em/2 {
			for n := i; n < j; n++ {
				g := gs[n]
				g.X0 = gs[i].X0 + w*float64(n-i)/k
				g.X1 = g.X0 + w/k
				g.OX = g.X0
				gs[n] = g
			}
		}
		i = j
	}
	return gs
}

// markTypedSpaces marks g with the spaces the file sets right before it
// (in the order it draws its glyphs) on g's baseline and left of it. A
// space so typed is a word space whatever its width; tabs and a table's
// cell padding are no glyphs but a move of the pen. Not every program
// writes its spaces (Chromium does not), so a gap with no space typed
// tells nothing.
func markTypedSpaces(g glyph, spaces []glyph) glyph {
	if len(spaces) == 0 {
		return g
	}
	first := spaces[0]
	for _, s := range spaces {
		if math.Abs(s.Base-g.Base) > g.size()/2 || s.X0 > g.X0 {
			return g
		}
	}
	g.Spaces, g.SpaceX = len(spaces), first.X0
	if first.R != '\u3000' && first.size() > 0 {
		// A word space; the ideographic space is as wide as a Chinese
		// character and tells nothing of it.
		g.SpaceEm = (first.X1 - first.X0) / first.size()
	}
	return g
}

// typedSpaceWidth is the narrowest space a file types between two
// glyphs of a line, in its font's size, or 0 for a file that writes no
// spaces as glyphs. Word and LibreOffice write them; Chromium does not,
// and there a gap alone tells a space.
func typedSpaceWidth(pages []pdfPageData) float64 {
	w := 0.0
	for _, p := range pages {
		for _, g := range usableGlyphs(p.Glyphs) {
			if g.Spaces == 1 && g.SpaceEm > 0 && (w == 0 || g.SpaceEm < w) {
				w = g.SpaceEm
			}
		}
	}
	return w
}

// autospaced reports whether a file sets space of its own between
// Chinese and Latin text, as LibreOffice and Word do by default (a fifth
// to a quarter of an em): every place where a Chinese character meets a
// Latin letter or digit on a line, two at least, shows a gap, none is
// set solid. A writer types such a space at some of them at the most;
// the program sets it at all. Files that type their spaces are told by
// those instead (see typedSpaceWidth).
func autospaced(pages []pdfPageData) bool {
	spaced := 0
	for _, p := range pages {
		for _, r := range glyphRows(usableGlyphs(p.Glyphs)) {
			gs := r.glyphs
			u := measureGaps(gs)
			for i := 1; i < len(gs); i++ {
				a, b := gs[i-1], gs[i]
				if !hanMeetsLatin(a.R, b.R) || b.X0-a.X1 >= min(a.size(), b.size()) {
					continue
				}
				if !isSpaceGap(a, b, u) {
					return false
				}
				spaced++
			}
		}
	}
	return spaced >= 2
}

// hanMeetsLatin reports a Chinese character next to a Latin letter or
// digit, in either order.
func hanMeetsLatin(a, b rune) bool {
	latin := func(r rune) bool { return !isWide(r) && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
	han := func(r rune) bool { return unicode.Is(unicode.Han, r) }
	return (han(a) && latin(b)) || (latin(a) && han(b))
}

// typedSpace reports whether the file sets one space glyph in the gap
// between a and b, their neighbours on a line: the space starts at a's
// end or after it.
func typedSpace(a, b glyph) bool {
	return b.Spaces == 1 && b.SpaceX >= a.X1-min(a.size(), b.size())/4
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

// buildLines groups glyphs into printed lines by their baselines.
//
// Glyphs set on one line share one baseline: the programs that print
// documents put a line's glyphs, whatever their font, on one y. So
// glyphs are first gathered into rows whose baselines agree within the
// jitter of one program (pitchSlack of the page's glyph size). Two rows
// less than half a glyph apart then make one line when they touch
// (their glyphs interleave or come within a glyph of each other): a
// superscript, a digit in a Latin font set a hair lower, a line whose
// glyphs jitter. Rows apart across a gap stay apart: the right column
// of a page whose columns' baselines are offset sits a few points below
// the left one's line and is no part of it, however its glyphs measure.
// Two columns on one baseline share a row and are parted later by their
// gutter. Lines come top to bottom.
func buildLines(gs []glyph) []textLine {
	rows := glyphRows(gs)
	// Rows that make one line are joined through a union-find; a row
	// looks back at the few rows that can lie within half a glyph.
	parent := make([]int, len(rows))
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i, r := range rows {
		parent[i] = i
		for k := i - 1; k >= 0 && k >= i-rowLookback; k-- {
			p := rows[k]
			if r.base-p.base > 0.5*min(r.size, p.size) {
				continue
			}
			if runsTouch(p.runs, r.runs, min(r.size, p.size)) {
				parent[find(i)] = find(k)
			}
		}
	}
	groups := map[int][]glyph{}
	var roots []int
	for i, r := range rows {
		root := find(i)
		if _, ok := groups[root]; !ok {
			roots = append(roots, root)
		}
		groups[root] = append(groups[root], r.glyphs...)
	}
	out := make([]textLine, 0, len(roots))
	for _, root := range roots {
		out = append(out, newLine(groups[root]))
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Base < out[j].Base })
	return out
}

// glyphRows gathers glyphs into rows on one baseline each (within
// pitchSlack of the glyphs' usual size), top to bottom.
func glyphRows(gs []glyph) []glyphRow {
	gs = slices.Clone(gs)
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].Base < gs[j].Base })
	slack := pitchSlack(pageEm([]textLine{{Glyphs: gs}}))
	var rows []glyphRow
	for i := 0; i < len(gs); {
		j := i + 1
		for j < len(gs) && gs[j].Base-gs[i].Base <= slack {
			j++
		}
		rows = append(rows, newGlyphRow(gs[i:j]))
		i = j
	}
	return rows
}

// rowLookback is how many rows above a row may share its line: half a
// glyph holds five rows a pitchSlack apart. The bound keeps a hostile
// page of many rows linear.
const rowLookback = 5

// glyphRow is glyphs on one baseline, left to right, with their median
// baseline and size and their stretches of text (see inkRuns).
type glyphRow struct {
	glyphs     []glyph
	base, size float64
	runs       [][2]float64
}

func newGlyphRow(gs []glyph) glyphRow {
	r := glyphRow{glyphs: slices.Clone(gs)}
	sort.SliceStable(r.glyphs, func(a, b int) bool { return r.glyphs[a].X0 < r.glyphs[b].X0 })
	bases := make([]float64, len(gs))
	sizes := make([]float64, len(gs))
	for i, g := range gs {
		bases[i], sizes[i] = g.Base, g.size()
	}
	r.base, r.size = median(bases), median(sizes)
	r.runs = inkRuns(r.glyphs)
	return r
}

// runsTouch reports whether two rows' stretches of text (each left to
// right, apart) overlap or come within gap of each other: one sweep.
func runsTouch(a, b [][2]float64, gap float64) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		if a[i][0] < b[j][1]+gap && b[j][0] < a[i][1]+gap {
			return true
		}
		if a[i][1] < b[j][1] {
			i++
		} else {
			j++
		}
	}
	return false
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

// measureLine measures a line's extent, baseline and size. Its size is
// its Chinese glyphs' where it has any: a Chinese glyph's box is its
// font's em, where a Latin font's box is as tall as that font's ascent
// and descent, which fonts set apart (a line of figures measures a third
// less than the Chinese line beside it in LibreOffice).
func measureLine(gs []glyph) textLine {
	l := textLine{Glyphs: gs}
	if len(gs) == 0 {
		return l
	}
	l.X0, l.X1 = math.Inf(1), math.Inf(-1)
	l.Top, l.Bottom = math.Inf(1), math.Inf(-1)
	var sizes, wide []float64
	bases := make([]float64, len(gs))
	for i, g := range gs {
		l.X0, l.X1 = min(l.X0, g.X0), max(l.X1, g.X1)
		l.Top, l.Bottom = min(l.Top, g.Top), max(l.Bottom, g.Bottom)
		sizes, bases[i] = append(sizes, g.size()), g.Base
		if isWide(g.R) {
			wide = append(wide, g.size())
		}
	}
	l.Size = median(sizes)
	if len(wide) > 0 {
		l.Size = median(wide)
	}
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
// its spaces. The full-width measure is taken between two full-width
// characters only, where no one types a space: a short line whose only
// such pairs are a Chinese character and a number (第 39 期) has its
// spaces there.
type usualGaps struct{ wide, narrow float64 }

func measureGaps(gs []glyph) usualGaps {
	var wide, narrow []float64
	for i := 1; i < len(gs); i++ {
		gap := gs[i].X0 - gs[i-1].X1
		switch a, b := isWide(gs[i-1].R), isWide(gs[i].R); {
		case a && b:
			wide = append(wide, gap)
		case !a && !b:
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
//
// A file that writes its spaces as glyphs says where its spaces are: a
// space typed in the gap is one, and a gap with none typed is one only
// when it is as wide as the narrowest space the file types (to a tenth
// of it, positions being rounded): LibreOffice leaves out the space that
// ends a run of one font. A narrower gap is the word processor's own
// spacing, such as the fifth of an em LibreOffice sets between Chinese
// and a number (2025 年 is typed 2025年). A file that types no spaces
// but sets such a gap between all Chinese and Latin text (see
// autospaced) has no space there either, short of a cell's gap.
func isSpaceGap(a, b glyph, u usualGaps) bool {
	em := min(a.size(), b.size())
	if b.Spaces > 0 && b.SpaceX >= a.X1-em/4 {
		return true
	}
	gap := b.X0 - a.X1 - u.between(a, b)
	if b.TypedSpace > 0 && gap < 0.9*b.TypedSpace*em {
		return false
	}
	if b.Autospaced && gap < em/2 && hanMeetsLatin(a.R, b.R) {
		return false
	}
	return gap > em/8
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
			if typedSpace(gs[i-1], g) {
				b.WriteByte(' ')
			} else {
				b.WriteString(wideSpaces(g.X0-gs[i-1].X1-u.between(gs[i-1], g), min(g.size(), gs[i-1].size())))
			}
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
