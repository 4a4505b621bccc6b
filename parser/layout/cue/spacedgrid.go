package cue

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// spacedGrid: a line of a grid whose cells one space apart, as a page's
// table copied out as text sets them (序号 收费项目 收费标准 … / 1 运尸费
// 120元 …): a row of column heads, words each and nothing else, over the
// rows, a line each, whatever their cells hold. One space parts words of
// running text too (2021 年 7 月), so only the heads' row tells a grid: three
// heads at the least, each Chinese words alone, no figure, mark or label, on
// a line that holds no sentence and no page's field, and a first row under
// it that fills every column and holds a figure, where no other rule
// reads the grid. Rows follow, blank lines
// between them or not:
// a line of two cells or more, or a line of one cell (a merged cell's
// text, 3-5日40元) that a line of cells follows. The grid ends before any
// other line: a paragraph, a heading, a 落款.
type spacedGrid struct{}

func (spacedGrid) Name() string             { return "spaced-grid" }
func (spacedGrid) Roles() []Role            { return []Role{Table} }
func (spacedGrid) Settles() Role            { return Table }
func (spacedGrid) Needs() []string          { return nil }
func (spacedGrid) Match(d *Doc, i int) bool { return d.spaced[i] }

// SpacedGrid reports whether line i is a row of a grid whose cells one
// space parts (spacedGrid).
func (d *Doc) SpacedGrid(i int) bool { return d.spaced[i] }

// measureSpacedGrids marks the lines of each spacedGrid of d: its heads'
// row and its rows.
func measureSpacedGrids(d *Doc) []bool {
	out := make([]bool, len(d.Lines))
	// cells is how many cells one space parts on line k, 0 for a line a
	// run of spaces or a tab parts (a grid the other rules read).
	cells := func(k int) int {
		t := strings.TrimSpace(d.Lines[k].Text)
		if d.Lines[k].Tabs || strings.Contains(t, "  ") || strings.ContainsAny(t, "|｜") {
			return 0
		}
		return len(LetterSpaced(strings.Fields(t)))
	}
	for i := 0; i < len(d.Lines); i++ {
		// Three heads hold two spaces between them at the least; a
		// sentence or a field is no row of heads (asked first: cheap).
		if d.punct[i] || d.ends[i] || d.info[i] || strings.Count(d.Lines[i].Text, " ") < 2 {
			continue
		}
		h := cells(i)
		if !spacedHeads(d.Lines[i], h) {
			continue
		}
		// The first row under the heads fills every column, and holds a
		// figure (a serial number, an amount): words one space apart in
		// running text or a site's menus over another are no grid.
		first := i + 1
		for first < len(d.Lines) && strings.TrimSpace(d.Lines[first].Text) == "" {
			first++
		}
		if first == len(d.Lines) || cells(first) < h || !strings.ContainsAny(d.Lines[first].Text, "0123456789") {
			continue
		}
		if d.rows[i] || d.rows[first] {
			continue // a grid the other rules read (figures one space apart)
		}
		// The rows, each a line of cells, or of one cell with a line of
		// cells after it.
		end, k := i, i+1
		for k < len(d.Lines) {
			if strings.TrimSpace(d.Lines[k].Text) == "" {
				k++
				continue
			}
			if cells(k) >= 2 {
				end, k = k, k+1
				continue
			}
			// One cell: a row if cells follow it, past other single cells.
			j := k
			for j < len(d.Lines) && (strings.TrimSpace(d.Lines[j].Text) == "" || cells(j) == 1 && oneCellRow(d.Lines[j])) {
				j++
			}
			if j < len(d.Lines) && cells(j) >= 2 && j > k {
				end, k = j, j+1
				continue
			}
			break
		}
		if end == i {
			continue // heads over no row
		}
		for m := i; m <= end; m++ {
			out[m] = true
		}
		i = end
	}
	return out
}

// spacedHeads reports whether l, n cells one space apart, is a grid's row
// of column heads: three at the least, each words of Chinese characters
// alone (brackets around some: 长(米)), and the line no sentence.
func spacedHeads(l Line, n int) bool {
	if n < 3 || SentencePunct(l.Sq) || EndsSentence(l.Sq) || opensSomething(l) {
		return false
	}
	for _, h := range LetterSpaced(strings.Fields(l.Text)) {
		if !HasHan(h) || strings.IndexFunc(h, func(r rune) bool { return !unicode.Is(unicode.Han, r) && !strings.ContainsRune("()（）", r) }) >= 0 {
			return false
		}
		if utf8.RuneCountInString(h) == 1 && !SerialHead(h) {
			return false // a head is a word; characters apart are one word spaced out
		}
	}
	return true
}

// oneCellRow reports whether l may be a row of one cell among a grid's
// rows: no heading opens it.
func oneCellRow(l Line) bool { return !opensSomething(l) }
