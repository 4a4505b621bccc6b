package cue

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// spacedGrid: a line of a grid whose cells one space parts, as a page's
// table copied out as text sets them (序号 收费项目 收费标准 … / 1 运尸费
// 120元 …): a row of column heads, words each and nothing else, over the
// rows, a line each, whatever their cells hold. One space parts words of
// running text too (2021 年 7 月), so only the heads' row tells a grid: three
// heads at the least, each Chinese words alone, no figure, mark or label, on
// a line that holds no sentence and no page's field, and a first row under
// it that fills every column, a cell each, and holds a figure, where no
// other rule reads the grid. Rows follow, blank lines between them or not: a
// line of two cells or more, or a line of one cell (a merged cell's text,
// 3-5日40元) that a line of cells follows. The grid ends before any other
// line: a paragraph, a heading, a 落款.
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
	// cells are the cells one space parts on line k, none for a line a run
	// of spaces, a tab or a bar parts (a grid the other rules read).
	cells := func(k int) []string {
		t := strings.TrimSpace(d.Lines[k].Text)
		if d.Lines[k].Tabs || strings.Contains(t, "  ") || strings.ContainsAny(t, "|｜") {
			return nil
		}
		return LetterSpaced(strings.Fields(t))
	}
	for i := 0; i+1 < len(d.Lines); i++ {
		// Three heads hold two spaces between them at the least; a
		// sentence or a field is no row of heads (asked first: cheap).
		if d.punct[i] || d.ends[i] || d.info[i] || !strings.Contains(d.Lines[i].Text, " ") {
			continue
		}
		heads := cells(i)
		if pairHeads(d.Lines[i], heads) {
			// Two heads: a list of pairs (执法主体 非法社会组织名称 / 某区民政局
			// 某某联盟), read where rows of two cells follow (pairRows).
			if end := pairRows(d, i, cells); end > i {
				for m := i; m <= end; m++ {
					out[m] = true
				}
				i = end
			}
			continue
		}
		if !spacedHeads(d.Lines[i], heads) || furnitureOnly(d.Lines[i].Sq) {
			continue // a page's tool bar (无障碍 长辈版 繁体版) heads nothing
		}
		// The first row under the heads fills every column, a cell each,
		// and holds a figure (a serial number, an amount): words one space
		// apart in running text or a site's menus over another are no grid,
		// nor are lines whose extraction spaced their words at random (a
		// wrapped headline over its paragraph), whose counts of words
		// differ.
		// (Blank lines are no lines here: they are counted on the line
		// after them.)
		first := i + 1
		// A page's field (索引号: …) is the page's information, no cell.
		// Nor is a page's timestamp under its headline (2023-03-25 08:47:35
		// 智能朗读:), words spaced apart as a grid's heads are.
		if len(cells(first)) != len(heads) || !strings.ContainsAny(d.Lines[first].Text, "0123456789") || d.info[first] || stampLine(d.Lines[first].Text) {
			continue
		}
		if d.rows[i] || d.rows[first] {
			continue // a grid the other rules read (figures one space apart)
		}
		// The rows, each a line of cells, or of one cell with a line of
		// cells after it, past other single cells.
		end := first
		for k := first + 1; k < len(d.Lines); {
			j := k
			for j < len(d.Lines) && len(cells(j)) == 1 && !opensSomething(d.Lines[j]) {
				j++
			}
			if j == len(d.Lines) || len(cells(j)) < 2 {
				break
			}
			end, k = j, j+1
		}
		for m := i; m <= end; m++ {
			out[m] = true
		}
		i = end
	}
	return out
}

// stampLine reports whether s is a page's bare timestamp, its clock and
// what the page prints after it (2023-03-25 08:47:35 智能朗读:).
func stampLine(s string) bool {
	_, ok := Timestamp(s)
	return ok && strings.Contains(s, ":")
}

// spacedHeads reports whether l, its cells one space apart, is a grid's row
// of column heads: three at the least, each a word of Chinese characters
// alone (brackets around some: 长(米)), and the line opens nothing.
func spacedHeads(l Line, heads []string) bool {
	if len(heads) < 3 || opensSomething(l) {
		return false
	}
	for _, h := range heads {
		if !headWord(h) {
			return false // a head is a word; characters apart are one word spaced out
		}
	}
	return true
}

// headWord reports whether h is a column's head as a grid prints it: a
// word of two Chinese characters or more, brackets around some (长(米)).
func headWord(h string) bool {
	return utf8.RuneCountInString(h) >= 2 && HasHan(h) && strings.IndexFunc(h, func(r rune) bool { return !unicode.Is(unicode.Han, r) && !strings.ContainsRune("()（）", r) }) < 0
}

// pairHeads reports whether l, its cells one space apart, is the row of
// heads of a list of pairs: two heads, each a word of Chinese characters
// alone, one of them naming what its column holds (cue list colhead:
// 名称, 单位, 姓名 …), on a line that opens nothing. Two words one space
// apart are common in running text and a 落款 (某某局 某某), so the head's
// word is asked for.
func pairHeads(l Line, heads []string) bool {
	if len(heads) != 2 || opensSomething(l) {
		return false
	}
	named := false
	for _, h := range heads {
		if !headWord(h) || strings.ContainsAny(h, "()（）") {
			return false // the pair's heads are words alone
		}
		if _, ok := colHeads.suffix(h); ok {
			named = true
		}
	}
	return named
}

// pairRows is the last row of a list of pairs under its heads at line i:
// lines of two cells one space apart, no sentence and no page's field
// among them, three at the least (fewer are as likely a 落款 or a byline);
// i where there are fewer.
func pairRows(d *Doc, i int, cells func(int) []string) int {
	end, n := i, 0
	for k := i + 1; k < len(d.Lines); k++ {
		if strings.TrimSpace(d.Lines[k].Text) == "" {
			continue
		}
		if len(cells(k)) != 2 || d.punct[k] || d.ends[k] || d.info[k] || d.rows[k] {
			break
		}
		end, n = k, n+1
	}
	if n < 3 {
		return i
	}
	return end
}
