package read

import (
	"math"
	"slices"
	"strings"
	"unicode"
)

// layoutPage reads one page's glyphs and rules into items from the top
// of the page down: ruled tables first (their glyphs are theirs), then
// lines from the baselines of the rest. A line here runs across the
// page; columns are parted later, once page chrome is gone.
func layoutPage(p pdfPageData) []pageItem {
	gs := usableGlyphs(p.Glyphs)
	if len(gs) == 0 {
		return nil
	}
	em := pageEm([]textLine{{Glyphs: gs}})
	tables, rest := ruledTables(p.Rules, gs, em)
	var items []pageItem
	for _, l := range buildLines(rest) {
		items = append(items, lineItem(l, 0))
	}
	for _, t := range tables {
		items = append(items, tableItem(t))
	}
	return items
}

// layoutDocument reads every page and returns each page's text.
func layoutDocument(pages []pdfPageData) []string {
	items := make([][]pageItem, len(pages))
	for i, p := range pages {
		items[i] = layoutPage(p)
	}
	dropChrome(items)
	// Pages are read for their own gutters first, then those with none
	// by the gutters the others showed.
	var gutters []float64
	found := make([]bool, len(items))
	for i := range items {
		var x float64
		items[i], x = orderColumns(items[i], nil)
		if !math.IsNaN(x) {
			gutters = append(gutters, x)
			found[i] = true
		}
	}
	for i := range items {
		if !found[i] && len(gutters) > 0 {
			items[i], _ = orderColumns(items[i], gutters)
		}
	}
	dropRepeatedHeaders(items)
	pitch := measureSpacing(items)
	out := make([]string, len(pages))
	for i := range items {
		out[i] = strings.Join(renderPage(items[i], pitch), "\n")
	}
	return out
}

// chromeKey is what a running header or footer keeps from page to page:
// its text with the figures (a page number, a date) blurred.
func chromeKey(it pageItem) string {
	if it.Table != nil {
		return ""
	}
	var b strings.Builder
	for _, g := range it.Line.Glyphs {
		if unicode.IsDigit(g.R) {
			if s := b.String(); !strings.HasSuffix(s, "#") {
				b.WriteByte('#')
			}
			continue
		}
		b.WriteRune(g.R)
	}
	return b.String()
}

// dropChrome removes page chrome: running headers and footers, page
// numbers and print stamps. A line is chrome when, counted from the top
// or the bottom of its page with only chrome before it, a line of the
// same text (figures aside) stands at the same height, within its own
// size, on more than half of the document's pages, two at the least.
// Body text never repeats so; a page number (- 3 -, 第 1 页 共 3 页, 1/3)
// does, figures blurred.
func dropChrome(pages [][]pageItem) {
	if len(pages) < 2 {
		return
	}
	type mark struct {
		key      string
		top, bot float64
	}
	seen := make([][]mark, len(pages))
	for p, items := range pages {
		for _, it := range items {
			if k := chromeKey(it); k != "" {
				seen[p] = append(seen[p], mark{k, it.Top, it.Bottom})
			}
		}
	}
	repeated := func(p int, it pageItem) bool {
		k := chromeKey(it)
		if k == "" {
			return false
		}
		tol := it.Line.Size
		n := 0
		for q := range pages {
			for _, m := range seen[q] {
				if m.key == k && math.Abs(m.top-it.Top) <= tol && math.Abs(m.bot-it.Bottom) <= tol {
					n++
					break
				}
			}
		}
		return n >= 2 && 2*n > len(pages)
	}
	for p, items := range pages {
		order := byTop(items)
		drop := make([]bool, len(items))
		for _, i := range order {
			if !repeated(p, items[i]) {
				break
			}
			drop[i] = true
		}
		for k := len(order) - 1; k >= 0; k-- {
			i := order[k]
			if drop[i] || !repeated(p, items[i]) {
				break
			}
			drop[i] = true
		}
		kept := items[:0]
		for i, it := range items {
			if !drop[i] {
				kept = append(kept, it)
			}
		}
		pages[p] = kept
	}
}

// byTop lists item indexes from the top of the page down.
func byTop(items []pageItem) []int {
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && items[order[j]].Top < items[order[j-1]].Top; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	return order
}

// dropRepeatedHeaders reads a table's header once: a table that opens a
// page, continuing one that closed the page before, loses the rows that
// repeat that table's first rows.
func dropRepeatedHeaders(pages [][]pageItem) {
	for p := 1; p < len(pages); p++ {
		prev := lastTable(pages[p-1])
		if prev == nil || len(pages[p]) == 0 || pages[p][0].Table == nil {
			continue
		}
		t := pages[p][0].Table
		n := 0
		for n < len(t.Rows) && n < len(prev.Rows) && n < len(prev.Rows)-1 && sameRow(t.Rows[n], prev.Rows[n]) {
			n++
		}
		t.Rows = t.Rows[n:]
	}
}

func lastTable(items []pageItem) *pdfTable {
	if len(items) == 0 {
		return nil
	}
	return items[len(items)-1].Table
}

func sameRow(a, b []string) bool {
	return strings.Join(a, "\t") == strings.Join(b, "\t")
}

// renderPage writes a page's items as text lines: tables a row a line
// with cells parted by tabs, text as printed lines joined into
// paragraphs where a line runs on (see joinLines).
func renderPage(items []pageItem, pitch spacing) []string {
	var out []string
	for i := 0; i < len(items); {
		it := items[i]
		if it.Table != nil {
			for _, r := range it.Table.Rows {
				out = append(out, strings.TrimRight(strings.Join(r, "\t"), "\t"))
			}
			i++
			continue
		}
		j := i
		for j < len(items) && items[j].Table == nil {
			j++
		}
		out = append(out, renderText(items[i:j], items, pitch)...)
		i = j
	}
	return out
}

// renderText writes a run of printed lines: a paragraph's wrapped lines
// joined (see runsOn), and runs of paragraphs whose words stand in
// aligned columns as table rows (see alignedTables).
func renderText(items, page []pageItem, pitch spacing) []string {
	m := measureText(page, pitch)
	var paras [][]textLine
	for i, it := range items {
		if i > 0 && m.runsOn(items[i-1], it) {
			paras[len(paras)-1] = append(paras[len(paras)-1], it.Line)
			continue
		}
		paras = append(paras, []textLine{it.Line})
	}
	stops := alignedTables(paras)
	out := make([]string, 0, len(paras))
	for i := 0; i < len(paras); {
		if stops[i] == nil {
			out = append(out, paragraphText(paras[i]))
			i++
			continue
		}
		var lines []textLine
		j := i
		for j < len(paras) && stops[j] == stops[i] {
			lines = append(lines, paras[j]...)
			j++
		}
		for _, row := range m.tableRows(lines, stops[i], items[0].Region) {
			out = append(out, rowText(row, stops[i]))
		}
		i = j
	}
	return out
}

// tableRows groups a table's printed lines into rows. Rows of a table
// set in text often run on without the spacing that parts paragraphs, so
// the pitch tells nothing: a line that starts at the first column and
// holds a second cell opens a row; another line continues the row above
// (a row too wide for the page wraps at a cell's edge, and its next line
// starts at a column further right; a header's second line leaves its
// first cell empty and is read into the header's row). Above the first
// row that holds a figure, in the header, a line after a line that ran
// full to the margin is that line's run-on too: a header's cells wrap
// inside themselves.
func (m textMeasures) tableRows(lines []textLine, stops *tableStops, region int) [][]textLine {
	var rows [][]textLine
	header := true
	for i, l := range lines {
		if i > 0 && hasFigure(rows[len(rows)-1]) {
			header = false
		}
		opens := i == 0 || (stops.at(l.X0) == 0 && stops.cells(l) > 1)
		if opens && i > 0 && header && m.fills(lines[i-1], l, region) {
			opens = false
		}
		if opens {
			rows = append(rows, []textLine{l})
			continue
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], l)
	}
	return rows
}

// fills reports whether line a runs to its region's right margin, short
// of it by less than line b's first word and a glyph: had its paragraph
// ended there, that word would have fitted.
func (m textMeasures) fills(a, b textLine, region int) bool {
	return m.right[region]-a.X1 < firstWord(b.Glyphs)+a.Size
}

// paragraphText writes a paragraph's printed lines as one line.
func paragraphText(p []textLine) string {
	var b strings.Builder
	for i, l := range p {
		if i > 0 && needsJoinSpace(p[i-1].Glyphs[len(p[i-1].Glyphs)-1].R, l.Glyphs[0].R) {
			b.WriteByte(' ')
		}
		b.WriteString(plainText(l.Glyphs))
	}
	return b.String()
}

// textMeasures are a page's measures that tell a wrapped line from a
// paragraph's end: each region's left and right margin, and the pitch of
// lines inside a paragraph.
type textMeasures struct {
	left, right map[int]float64
	spacing
}

// spacing is how a paragraph's lines follow one another: the pitch from
// baseline to baseline (fixed by CSS line heights and by Word's exact
// spacing) and the gap from one line's descent to the next one's ascent
// (fixed where a line is as tall as its fonts, as in LibreOffice). 0 for
// a measure that is no paragraph's.
type spacing struct {
	pitch, gap float64
}

func measureText(items []pageItem, sp spacing) textMeasures {
	m := textMeasures{left: map[int]float64{}, right: map[int]float64{}, spacing: sp}
	for _, it := range items {
		l, ok := m.left[it.Region]
		if !ok || it.X0 < l {
			m.left[it.Region] = it.X0
		}
		r, ok := m.right[it.Region]
		if !ok || it.X1 > r {
			m.right[it.Region] = it.X1
		}
	}
	// A line across the page runs to the furthest text on it, columns
	// included: a page of few full-width lines measures its margin so.
	for _, r := range m.right {
		m.right[0] = max(m.right[0], r)
	}
	return m
}

// measureSpacing measures a paragraph's line spacing over the document:
// the tightest pitch and gap that line pairs share (see tightPitch). A
// pitch of more than two glyphs, or a gap of more than one, is no line
// spacing (even a 公文's fixed 28-point lines under 16-point type keep
// within that) but paragraphs set apart: then that measure joins no line.
func measureSpacing(pages [][]pageItem) spacing {
	var pitches, gaps []float64
	var lines []textLine
	for _, items := range pages {
		for i := 1; i < len(items); i++ {
			a, b := items[i-1].Line, items[i].Line
			if items[i-1].Table == nil && items[i].Table == nil && items[i-1].Region == items[i].Region &&
				similarSize(a.Size, b.Size) && b.Base-a.Base >= 0.8*a.Size {
				pitches = append(pitches, b.Base-a.Base)
				gaps = append(gaps, b.Top-a.Bottom)
			}
		}
		lines = append(lines, linesOf(items)...)
	}
	em := pageEm(lines)
	sp := spacing{tightPitch(pitches, em), tightPitch(gaps, em)}
	if sp.pitch > 2*em {
		sp.pitch = 0
	}
	if sp.gap > em {
		sp.gap = 0
	}
	return sp
}

// pitchSlack is how far two pitches of one paragraph may differ: a tenth
// of a glyph, more than the jitter of baselines set by one program and
// less than the narrowest paragraph spacing seen (a sixth of a glyph,
// LibreOffice's default under plain text).
func pitchSlack(em float64) float64 { return em / 10 }

// tightPitch is the distance from baseline to baseline inside a
// paragraph: the smallest pitch that two line pairs share (within
// pitchSlack); paragraphs set apart by space have wider ones. With no
// pitch shared, the smallest.
func tightPitch(pitches []float64, em float64) float64 {
	if len(pitches) == 0 {
		return 0
	}
	slices.Sort(pitches)
	for i := 0; i+1 < len(pitches); i++ {
		if pitches[i+1]-pitches[i] <= pitchSlack(em) {
			return pitches[i+1]
		}
	}
	return pitches[0]
}

func similarSize(a, b float64) bool {
	return math.Abs(a-b) <= 0.15*max(a, b)
}

// runsOn reports whether line b continues the paragraph of line a: they
// sit in one region, in one size, a paragraph's pitch or gap apart; a runs to
// the region's right margin, short of it by less than b's first word (so
// that word would have fitted had the paragraph ended); and b does not
// open with a paragraph's first-line indent (one and a half to two and a
// half glyphs: the two-character indent of Chinese text).
func (m textMeasures) runsOn(a, b pageItem) bool {
	if a.Table != nil || b.Table != nil || len(a.Line.Glyphs) == 0 || len(b.Line.Glyphs) == 0 {
		return false
	}
	em := a.Line.Size
	if !similarSize(em, b.Line.Size) {
		return false
	}
	if a.Region != b.Region {
		// A paragraph runs on from the foot of a left column to the
		// head of the right one (regions 2k-1 and 2k, read one after
		// the other), where no pitch applies.
		return a.Region%2 == 1 && b.Region == a.Region+1 && m.fills(a.Line, b.Line, a.Region) && !m.indented(b)
	}
	pitch, gap := b.Line.Base-a.Line.Base, b.Line.Top-a.Line.Bottom
	if pitch <= 0 {
		return false
	}
	if !(m.pitch > 0 && pitch <= m.pitch+pitchSlack(em)) && !(m.gap > 0 && gap <= m.gap+pitchSlack(em)) {
		return false
	}
	if !m.fills(a.Line, b.Line, a.Region) {
		return false
	}
	return !m.indented(b)
}

// indented reports whether line b opens with a paragraph's first-line
// indent: one and a half to two and a half glyphs in from its region's
// left margin, the two-character indent of Chinese text.
func (m textMeasures) indented(b pageItem) bool {
	indent, em := b.X0-m.left[b.Region], b.Line.Size
	return indent >= 1.5*em && indent <= 2.5*em
}

// firstWord is the width of a line's first word: its first glyph when
// that is a Chinese character (any one may end a line), else its glyphs
// up to the first space.
func firstWord(gs []glyph) float64 {
	if isWide(gs[0].R) {
		return gs[0].X1 - gs[0].X0
	}
	u := measureGaps(gs)
	end := gs[0].X1
	for i := 1; i < len(gs) && !isWide(gs[i].R) && !isSpaceGap(gs[i-1], gs[i], u); i++ {
		end = gs[i].X1
	}
	return end - gs[0].X0
}

func linesOf(items []pageItem) []textLine {
	var ls []textLine
	for _, it := range items {
		if it.Table == nil {
			ls = append(ls, it.Line)
		}
	}
	return ls
}

// hasFigure reports whether a row holds a digit.
func hasFigure(row []textLine) bool {
	for _, l := range row {
		for _, g := range l.Glyphs {
			if unicode.IsDigit(g.R) {
				return true
			}
		}
	}
	return false
}
