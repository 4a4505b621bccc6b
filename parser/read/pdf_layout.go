package read

import (
	"cmp"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// layoutPage reads one page's glyphs and rules into items from the top
// of the page down: ruled tables first (their glyphs are theirs), then
// lines from the baselines of the rest. A line here runs across the
// page; columns are parted later, once page chrome is gone.
//
// sp tells how the file sets its spaces (see measureSpaces).
func layoutPage(p pdfPageData, sp spaceSetting) []pageItem {
	gs := usableGlyphs(p.Glyphs)
	if len(gs) == 0 {
		return nil
	}
	for i := range gs {
		gs[i].TypedSpace, gs[i].Autospaced = sp.typed, sp.autospace
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

// spaceSetting is how a file sets its spaces: the narrowest it types as
// a glyph (see typedSpaceWidth), or, for a file that types none, whether
// it sets space of its own between Chinese and Latin text (see
// autospaced).
type spaceSetting struct {
	typed     float64
	autospace bool
}

func measureSpaces(pages []pdfPageData) spaceSetting {
	if w := typedSpaceWidth(pages); w > 0 {
		return spaceSetting{typed: w}
	}
	return spaceSetting{autospace: autospaced(pages)}
}

// layoutDocument reads every page and returns each page's text.
func layoutDocument(pages []pdfPageData) []string {
	items := make([][]pageItem, len(pages))
	sp := measureSpaces(pages)
	for i, p := range pages {
		items[i] = layoutPage(p, sp)
	}
	dropChrome(items)
	for i := range items {
		items[i] = dropMarginStamps(items[i])
	}
	// Pages are read for their own gutters first, then those with none
	// by the gutters the others showed.
	var gutters []float64
	found := make([]bool, len(items))
	for i := range items {
		var x float64
		items[i], x = orderColumns(items[i], nil, pages[i].Width/2)
		if !math.IsNaN(x) {
			gutters = append(gutters, x)
			found[i] = true
		}
	}
	for i := range items {
		if !found[i] && len(gutters) > 0 {
			items[i], _ = orderColumns(items[i], gutters, pages[i].Width/2)
		}
	}
	dropRepeatedHeaders(items)
	pitch := measureSpacing(items)
	lines := make([][]string, len(pages))
	for i := range items {
		lines[i] = renderPage(items[i], pitch)
	}
	for i := 1; i < len(items); i++ {
		lines[i-1], lines[i] = joinAcrossPages(items[i-1], items[i], lines[i-1], lines[i], pitch)
	}
	out := make([]string, len(pages))
	for i := range lines {
		out[i] = strings.Join(lines[i], "\n")
	}
	return out
}

// joinAcrossPages joins a paragraph that a page break cut: the last line
// of one page runs full to its margin and the first line of the next,
// in the same size, opens with no indent (as runsOn tells a paragraph
// running on from one column to the next). The first text line of the
// next page is then written at the end of the last one of the page
// before, as one line, and that page opens with its second line. Lines
// of tables (with cells parted by tabs) join nothing.
func joinAcrossPages(prev, next []pageItem, prevLines, nextLines []string, sp spacing) ([]string, []string) {
	if len(prev) == 0 || len(next) == 0 || len(prevLines) == 0 || len(nextLines) == 0 {
		return prevLines, nextLines
	}
	a, b := prev[len(prev)-1], next[0]
	if a.Table != nil || b.Table != nil || len(a.Line.Glyphs) == 0 || len(b.Line.Glyphs) == 0 ||
		!similarSize(a.Line.Size, b.Line.Size) {
		return prevLines, nextLines
	}
	last, first := prevLines[len(prevLines)-1], nextLines[0]
	if strings.Contains(last, "\t") || strings.Contains(first, "\t") || first == "" {
		return prevLines, nextLines
	}
	if !measureText(prev, sp).fills(a.Line, b.Line, a.Region) || measureText(next, sp).indented(b) ||
		opensSection(a.Line, b.Line) {
		return prevLines, nextLines
	}
	ag, bg := a.Line.Glyphs[len(a.Line.Glyphs)-1], b.Line.Glyphs[0]
	if needsJoinSpace(ag.R, bg.R) {
		last += " "
	}
	prevLines[len(prevLines)-1] = last + first
	if len(nextLines) == 1 {
		// The page held nothing else: it stays, empty.
		return prevLines, []string{""}
	}
	return prevLines, nextLines[1:]
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

// dropMarginStamps removes what a browser prints in a page's margins
// (the date and title above the page, the address and page count below
// it) where no other page shows it again: on a one-page print. Such a
// stamp is set smaller than the page's text (by more than pitchSlack),
// stands wholly above or below the block of the page's other lines, and
// reaches out of that block's sides by half a glyph or more: it is
// printed in the margin, where nothing of the document is. Lines in the
// same margin that share a stamp's height (the title set beside the
// date) go with it.
func dropMarginStamps(items []pageItem) []pageItem {
	em := pageEm(linesOf(items))
	if !(em > 0) {
		return items
	}
	small := func(it pageItem) bool {
		return it.Table == nil && it.Line.Size < em-pitchSlack(em)
	}
	left, right := math.Inf(1), math.Inf(-1)
	top, bottom := math.Inf(1), math.Inf(-1)
	for _, it := range items {
		if small(it) {
			continue
		}
		left, right = min(left, it.X0), max(right, it.X1)
		top, bottom = min(top, it.Top), max(bottom, it.Bottom)
	}
	if math.IsInf(left, 0) {
		return items
	}
	inMargin := func(it pageItem) bool {
		return small(it) && (it.Bottom <= top || it.Top >= bottom)
	}
	stamp := make([]bool, len(items))
	var bands [][2]float64 // the stamps' heights, merged, top down
	for i, it := range items {
		half := it.Line.Size / 2
		stamp[i] = inMargin(it) && (it.X0 <= left-half || it.X1 >= right+half)
		if stamp[i] {
			bands = append(bands, [2]float64{it.Top, it.Bottom})
		}
	}
	slices.SortFunc(bands, func(a, b [2]float64) int { return cmp.Compare(a[0], b[0]) })
	merged := bands[:0]
	for _, b := range bands {
		if n := len(merged); n > 0 && b[0] <= merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], b[1])
			continue
		}
		merged = append(merged, b)
	}
	for i, it := range items {
		if stamp[i] || !inMargin(it) {
			continue
		}
		// The first band that ends below the line's top is the only
		// one it can share a height with.
		k := sort.Search(len(merged), func(k int) bool { return merged[k][1] > it.Top })
		stamp[i] = k < len(merged) && merged[k][0] < it.Bottom
	}
	kept := items[:0]
	for i, it := range items {
		if !stamp[i] {
			kept = append(kept, it)
		}
	}
	return kept
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
// of it by less than what line b opens with (see lineStart) and the word
// space a line may break at: had its paragraph ended there, that would
// have fitted.
func (m textMeasures) fills(a, b textLine, region int) bool {
	return m.right[region]-a.X1 < lineStart(b.Glyphs)+wordSpace(b.Glyphs[0])
}

// wordSpace is how wide a space is set before g: as wide as the file
// types its spaces (see typedSpaceWidth), else a quarter of an em, the
// narrowest word space of common fonts.
func wordSpace(g glyph) float64 {
	if g.TypedSpace > 0 {
		return g.TypedSpace * g.size()
	}
	return g.size() / 4
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
// a measure that is no paragraph's. Both are measured on lines of the
// document's usual glyph size em and grow with the size (see scaled): a
// CSS line height and LibreOffice's single spacing are so many times
// the font's size.
type spacing struct {
	pitch, gap float64
	em         float64
}

// scaled is the spacing of lines of glyphs size tall.
func (sp spacing) scaled(size float64) spacing {
	if !(sp.em > 0) || !(size > 0) {
		return sp
	}
	k := size / sp.em
	return spacing{sp.pitch * k, sp.gap * k, size}
}

// A region's right margin is where its lines end, the furthest, but for
// punctuation that closes a line (LibreOffice and Word let a full stop
// or a comma hang past the margin rather than carry it to the next line)
// and for a line that is one word a line breaker cannot part (see
// lineStart): a long web address runs past the margin of its column.
func measureText(items []pageItem, sp spacing) textMeasures {
	m := textMeasures{left: map[int]float64{}, right: map[int]float64{}, spacing: sp}
	overrun := map[int]float64{}
	for _, it := range items {
		l, ok := m.left[it.Region]
		if !ok || it.X0 < l {
			m.left[it.Region] = it.X0
		}
		end := it.X1
		gs := it.Line.Glyphs
		if it.Table == nil && len(gs) > 1 {
			if closesLine(gs[len(gs)-1].R) {
				end = gs[len(gs)-2].X1
			} else if lineStart(gs) >= it.X1-it.X0 {
				overrun[it.Region] = max(overrun[it.Region], end)
				continue
			}
		}
		r, ok := m.right[it.Region]
		if !ok || end > r {
			m.right[it.Region] = end
		}
	}
	for region, x := range overrun {
		if _, ok := m.right[region]; !ok {
			m.right[region] = x
		}
	}
	// A line across the page runs to the furthest text on it, columns
	// included: a page of few full-width lines measures its margin so.
	for _, r := range m.right {
		m.right[0] = max(m.right[0], r)
	}
	return m
}

// measureSpacing measures a paragraph's line spacing over the document.
// Line pairs whose first line runs full to its margin (see fills) are
// mostly a paragraph's wrapped lines: their usual pitch and gap (see
// usualPitch) are the paragraph's. A few tighter pairs do not move it:
// the wrapped rows of a table set in text, where a line of figures only
// is as tall as its Latin font and less than a line holding Chinese
// (LibreOffice sets a line as tall as its fonts). Without two such
// pairs, the tightest pitch and gap that any pairs share (see
// tightPitch). A pitch of more than two glyphs, or a gap of more than
// one, is no line spacing (even a 公文's fixed 28-point lines under
// 16-point type keep within that) but paragraphs set apart: then that
// measure joins no line.
func measureSpacing(pages [][]pageItem) spacing {
	var pitches, gaps, fullPitches, fullGaps []float64
	var lines []textLine
	for _, items := range pages {
		m := measureText(items, spacing{})
		for i := 1; i < len(items); i++ {
			a, b := items[i-1].Line, items[i].Line
			if items[i-1].Table == nil && items[i].Table == nil && items[i-1].Region == items[i].Region &&
				len(a.Glyphs) > 0 && len(b.Glyphs) > 0 &&
				similarSize(a.Size, b.Size) && b.Base-a.Base >= 0.8*a.Size {
				pitches = append(pitches, b.Base-a.Base)
				gaps = append(gaps, b.Top-a.Bottom)
				if m.fills(a, b, items[i-1].Region) {
					fullPitches = append(fullPitches, b.Base-a.Base)
					fullGaps = append(fullGaps, b.Top-a.Bottom)
				}
			}
		}
		lines = append(lines, linesOf(items)...)
	}
	em := pageEm(lines)
	sp := spacing{tightPitch(pitches, em), tightPitch(gaps, em), em}
	if len(fullPitches) >= 2 {
		sp = spacing{usualPitch(fullPitches, em), usualPitch(fullGaps, em), em}
	}
	if sp.pitch > 2*em {
		sp.pitch = 0
	}
	if sp.gap > em {
		sp.gap = 0
	}
	return sp
}

// usualPitch is the pitch most pairs share: the median of the most
// pitches that lie within pitchSlack of one another (the tightest such
// run where two are as many).
func usualPitch(pitches []float64, em float64) float64 {
	slices.Sort(pitches)
	best, bestN := pitches[0], 0
	for i, j := 0, 0; i < len(pitches); i++ {
		for j < len(pitches) && pitches[j]-pitches[i] <= pitchSlack(em) {
			j++
		}
		if j-i > bestN {
			best, bestN = pitches[(i+j)/2], j-i
		}
	}
	return best
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
// sit in one region, in one size, a paragraph's pitch or gap apart (for
// lines of that size, see spacing.scaled); a runs to the region's right
// margin (see fills: what b opens with would have fitted had the
// paragraph ended); and b does not
// open with a paragraph's first-line indent (one and a half to two and a
// half glyphs: the two-character indent of Chinese text) nor with a
// section's number after a sentence's end (see opensSection).
func (m textMeasures) runsOn(a, b pageItem) bool {
	if a.Table != nil || b.Table != nil || len(a.Line.Glyphs) == 0 || len(b.Line.Glyphs) == 0 {
		return false
	}
	if opensSection(a.Line, b.Line) {
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
	sp := m.spacing.scaled(em)
	if !(sp.pitch > 0 && pitch <= sp.pitch+pitchSlack(em)) && !(sp.gap > 0 && gap <= sp.gap+pitchSlack(em)) {
		return false
	}
	if !m.fills(a.Line, b.Line, a.Region) {
		return false
	}
	return !m.indented(b)
}

// sectionNumber is how the headings of a Chinese official document are
// numbered at their first two levels (GB/T 9704: 一、 and （一）).
var sectionNumber = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])`)

// opensSection reports whether line b opens a numbered section after
// line a ended a sentence (。！？), a clause (；) or an introduction
// (：): a heading or list item that starts a line of its own even where
// the line before it ran full to the margin, as a paragraph that ends
// there does in a document without first-line indents.
func opensSection(a, b textLine) bool {
	if len(a.Glyphs) == 0 || len(b.Glyphs) == 0 ||
		!strings.ContainsRune("。！？；：", a.Glyphs[len(a.Glyphs)-1].R) {
		return false
	}
	var head strings.Builder
	for _, g := range b.Glyphs[:min(len(b.Glyphs), 6)] {
		head.WriteRune(g.R)
	}
	return sectionNumber.MatchString(head.String())
}

// indented reports whether line b opens with a paragraph's first-line
// indent: one and a half to two and a half glyphs in from its region's
// left margin, the two-character indent of Chinese text.
func (m textMeasures) indented(b pageItem) bool {
	indent, em := b.X0-m.left[b.Region], b.Line.Size
	return indent >= 1.5*em && indent <= 2.5*em
}

// lineStart is the width of what a line opens with that could not have
// ended the line before: its first word, its glyphs up to the first
// place a line may break. A line may break after any Chinese character but not before
// punctuation that closes (a comma, a closing quote: the character
// before it comes down with it), nor after punctuation that opens (an
// opening bracket goes down with what follows), nor inside a run of
// Latin letters, figures and their punctuation set solid (话:2851693; is
// one unit to a line breaker).
func lineStart(gs []glyph) float64 {
	u := measureGaps(gs)
	end := gs[0].X1
	for i := 1; i < len(gs); i++ {
		a, b := gs[i-1], gs[i]
		bound := closesLine(b.R) || opensLine(a.R) ||
			(!isWide(a.R) && !isWide(b.R) && !isSpaceGap(a, b, u))
		if !bound {
			break
		}
		end = b.X1
	}
	return end - gs[0].X0
}

// opensLine reports punctuation that opens (brackets, quotes): it never
// ends a line.
func opensLine(r rune) bool { return unicode.In(r, unicode.Ps, unicode.Pi) }

// closesLine reports punctuation that closes (brackets, quotes, and the
// comma, stop and their kin, full-width or not): it never opens a line.
func closesLine(r rune) bool {
	return unicode.In(r, unicode.Pe, unicode.Pf) || (isWide(r) && unicode.Is(unicode.Po, r)) ||
		strings.ContainsRune(",.;:!?", r)
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
