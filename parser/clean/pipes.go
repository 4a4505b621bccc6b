package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// brokenRows joins the rows of a Markdown pipe grid that a converter broke
// over lines. Some copies of a web page's table put each cell on a line of
// its own, its pipe before it, after it or on the next line:
//
//	| 信息内容        信息内容 |        | 信息内容
//	  本年数量 |      本年数量 |        |
//	                  |                 本年数量
//	| 规章            规章 |            |
//	  0 |             0 |               |
//	                                    | 规章
//
// A row ends where two pipes meet with no text between them: the close of
// the last cell and the open of the next row's first (or a lone pipe, or
// the ||| a spanning cell leaves). Each row is set again as one pipe line
// (| 信息内容 | 本年数量 |) on the line its first cell came from, its
// other lines left blank, and the table reads as any pipe table does; a
// row of fewer cells than the widest keeps its empty ones. A run is taken
// only where its rows read as a grid of counts (gridLike): a site's links
// and fields closed by bars (首页 |, 时间:… |) stay as they were.
func brokenRows(src []source) []source {
	var out []source
	for i := 0; i < len(src); {
		k := pipeKindOf(src[i].text)
		if k != pipeOnly && k != pipeCell {
			if out != nil {
				out = append(out, src[i])
			}
			i++
			continue
		}
		end := pipeRunEnd(src, i)
		rows := pipeRows(src[i:end])
		if !gridLike(rows) {
			if out != nil {
				out = append(out, src[i:end]...)
			}
			i = end
			continue
		}
		if out == nil {
			out = append(make([]source, 0, len(src)), src[:i]...)
		}
		starts := make(map[int]string, len(rows))
		for k, r := range rows {
			starts[r.at] = pipeLine(r.cells, sectionWidth(rows, k))
		}
		for k, l := range src[i:end] {
			out = append(out, source{starts[k], l.num}) // the rest of a row's lines blank
		}
		i = end
	}
	if out == nil {
		return src
	}
	return out
}

// pipeLine sets cells as one pipe row of width cells: a row with fewer
// is one whose cells span (a section's label over the grid), its empty
// cells kept as a pipe table prints them (| 第一部分 | | | |).
func pipeLine(cells []string, width int) string {
	var b strings.Builder
	b.WriteString("|")
	for k := range width {
		b.WriteString(" ")
		if k < len(cells) {
			b.WriteString(cells[k])
			b.WriteString(" ")
		}
		b.WriteString("|")
	}
	return b.String()
}

// sectionWidth is the most cells of a row in the section of rows that
// row k is in: from a one-cell caption to the next, a caption counting
// in the section under it.
func sectionWidth(rows []pipeRow, k int) int {
	from := k
	for from > 0 && len(rows[from].cells) > 1 {
		from--
	}
	width := len(rows[from].cells)
	for j := from + 1; j < len(rows) && len(rows[j].cells) > 1; j++ {
		width = max(width, len(rows[j].cells))
	}
	return width
}

// pipeKind is what a line is to a broken pipe grid.
type pipeKind int

const (
	notPipe   pipeKind = iota // prose, or a whole pipe row (pipes inside)
	pipeOnly                  // pipes alone: |, ||||, "| "
	pipeCell                  // one cell with its pipe: "| 规章", "规章 |"
	blankLine                 // white space only
	bareText                  // text with no pipe: a cell whose pipe is on the next line
)

func isPipe(r rune) bool { return r == '|' || r == '｜' }

func isPipeOrSpace(r rune) bool { return isPipe(r) || unicode.IsSpace(r) }

// pipeKindOf classes a line.
func pipeKindOf(s string) pipeKind {
	if !strings.ContainsRune(s, '|') && !strings.ContainsRune(s, '｜') {
		if strings.TrimSpace(s) == "" {
			return blankLine
		}
		return bareText
	}
	inner := strings.TrimFunc(s, isPipeOrSpace)
	switch {
	case inner == "":
		return pipeOnly
	case strings.ContainsFunc(inner, isPipe):
		return notPipe
	}
	return pipeCell
}

// pipeRunEnd is the end of the run of grid lines that starts at i: lines
// with a pipe at an end, blank lines, and bare text whose pipe stands
// alone on the next line that is neither (a cell may wrap). The run does
// not end on a blank line.
func pipeRunEnd(src []source, i int) int {
	end := i + 1
	for j := i + 1; j < len(src); j++ {
		switch pipeKindOf(src[j].text) {
		case pipeOnly, pipeCell:
			end = j + 1
			continue
		case blankLine:
			continue
		case bareText:
			// The whole stretch of bare lines at once: each is read
			// once, however long the prose after a grid runs.
			if n := pastBare(src, j); n > j && n < len(src) && pipeKindOf(src[n].text) == pipeOnly {
				end, j = n, n-1
				continue
			}
		}
		break
	}
	return end
}

// pastBare is the index of the first line from j on that is neither
// blank nor bare text, or that ends a sentence: what the lines of a cell
// wrapped with no pipe end on.
func pastBare(src []source, j int) int {
	for j < len(src) {
		if k := pipeKindOf(src[j].text); k != blankLine && k != bareText || strings.Contains(src[j].text, "。") {
			break // a sentence's end is prose, no cell's
		}
		j++
	}
	return j
}

// pipeRow is one row of a broken grid: its cells and the run's line its
// first came from.
type pipeRow struct {
	cells []string
	at    int
}

// pipeRows reads a run's lines as pipes and cell texts and cuts them
// into rows where two pipes meet with no text between. A cell's text
// over two lines is one cell.
func pipeRows(run []source) []pipeRow {
	var (
		rows     []pipeRow
		cur      pipeRow
		text     strings.Builder // the cell being read, its lines joined
		textAt   int
		lastPipe bool // the last thing read was a pipe
	)
	flush := func() {
		if len(cur.cells) > 0 {
			rows = append(rows, cur)
		}
		cur = pipeRow{}
	}
	pipe := func() {
		switch {
		case text.Len() > 0:
			if len(cur.cells) == 0 {
				cur.at = textAt
			}
			cur.cells = append(cur.cells, text.String())
			text.Reset()
		case lastPipe:
			flush()
		}
		lastPipe = true
	}
	for at, l := range run {
		s := strings.TrimSpace(l.text)
		for s != "" {
			r, n := utf8.DecodeRuneInString(s)
			if isPipe(r) {
				pipe()
				s = strings.TrimLeftFunc(s[n:], unicode.IsSpace)
				continue
			}
			k := strings.IndexFunc(s, isPipe)
			if k < 0 {
				k = len(s)
			}
			cell := strings.TrimSpace(s[:k])
			if text.Len() == 0 {
				textAt = at
			} else if wrappedApart(text.String(), cell) {
				text.WriteByte(' ')
			}
			text.WriteString(cell)
			lastPipe = false
			s = s[k:]
		}
	}
	if text.Len() > 0 {
		pipe()
	}
	flush()
	return rows
}

// figureCell reports whether a cell holds a figure: it opens with a digit
// and holds no mark of a clause or a field and no space (0, 82, 113.96万元,
// 0/0), as a grid's counts do and a field's value (时间:2020-07-23) or a
// sentence's end (12月底前全部验收。) does not.
func figureCell(c string) bool {
	return c != "" && c[0] >= '0' && c[0] <= '9' && !strings.ContainsAny(c, ":：，,。；;、！？ ")
}

// wrappedApart reports whether the two lines of a wrapped cell keep a
// space between them: Latin words and figures do, Chinese runs on.
func wrappedApart(a, b string) bool {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	return last < utf8.RuneSelf && first < utf8.RuneSelf
}

// gridLike reports whether rows read as a table: two rows or more, a
// figure in a cell past a row's first, and the rows of two cells or more
// as wide as each other under each one-cell caption (the last may be cut
// short, as a page's copy ends). Rows of uneven width are cells set a
// line each with no row's end marked (指标 | / 单位 | / 数量 | / 一、综合 |
// / | / …): where two pipes meet is then a spanning label, no row's end,
// and the lines are left for the layout to read.
func gridLike(rows []pipeRow) bool {
	if len(rows) < 2 {
		return false
	}
	if !slices.ContainsFunc(rows, func(r pipeRow) bool { return len(r.cells) > 1 && slices.ContainsFunc(r.cells[1:], figureCell) }) {
		return false // no grid of counts: a site's bar of links and fields ("首页 |", "时间:… |")
	}
	width, wide := 0, false
	for k, r := range rows {
		switch n := len(r.cells); {
		case n < 2:
			width = 0 // a caption over a section, which may be as wide as it likes
		case width == 0:
			width, wide = n, true
		case n > width || n < width && k < len(rows)-1:
			return false
		}
	}
	return wide
}
