package layout

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// flatBarLines reads as a table's each line, whatever the decoder read it
// as, that holds a whole grid in bars run into it after its title, as a
// page that lost its line breaks prints an attachment's table (附件1:
// …补助金汇总表 乡镇 (街道) | 孤儿补助人数 | … | 共计 | 甲镇 | 1 | 1000 | …
// | 合计 | 21 | …): flatBarGrid must read it whole. A grid under a serial
// head run into the parts of a line that the decoder cut it into (序号 |
// 审批地名 | … | 1 | 某某路 | 次干路 | 位于…。 | …, a part at each sentence's
// end) is read from the part that opens with its head to the line's end
// (flatSerialGrid). m keeps the table read for the run of the lines
// marked.
func (a *assembly) flatBarLines(m markedTables) {
	for i := 0; i < len(a.d.Lines); i++ {
		if a.roles[i] == cue.Table || a.roles[i] == cue.Chrome {
			continue
		}
		l := a.d.Lines[i]
		if g, ok := flatBarGrid(l.Text); ok {
			a.mark(m, []int{i}, a.flatBarTable(l.Text, l.Num, g))
			continue
		}
		end := a.lineEnd(i)
		s := a.partsText(i, end)
		if g, ok := flatSerialGrid(s); ok {
			a.mark(m, lineRange(i, end), a.flatBarTable(s, l.Num, g))
			i = end - 1
		}
	}
}

// lineEnd is the index after the last part of the line that part i is
// of.
func (a *assembly) lineEnd(i int) int {
	j := i + 1
	for j < len(a.d.Lines) && a.d.Lines[j].Num == a.d.Lines[i].Num {
		j++
	}
	return j
}

// partsText is the text of parts from to to of a line, a space between.
func (a *assembly) partsText(from, to int) string {
	var ts []string
	for k := from; k < to; k++ {
		ts = append(ts, a.d.Lines[k].Text)
	}
	return strings.Join(ts, " ")
}

// flatGrid is a grid read from a line it was run into: its title (empty
// where none names it) and its rows, the head first, each with the cells
// it holds and where they stand in the line.
type flatGrid struct {
	title string
	rows  []flatRow
}

// flatRow is a row of a grid run into a line: its cells, each with its
// spaces dropped, and the bytes [from, to) of the line from its first
// cell's words to its last's.
type flatRow struct {
	cells    []string
	from, to int
}

// flatCell is a cell of a line cut at its bars: its words, trimmed, and
// the bytes [from, to) of the line they stand at.
type flatCell struct {
	text     string
	from, to int
}

// flatBarTable writes the grid g read from s, the text of line num (or of
// its parts): its head the first row over the rows, each row's text the
// part of the line its cells stand in, so that each cell's words are in
// the text of its own row and no other.
func (a *assembly) flatBarTable(s string, num int, g flatGrid) func([]int) {
	return func([]int) {
		line := span.Plain(s, num)
		blk := Block{Header: 1}
		for _, r := range g.rows {
			blk.Rows = append(blk.Rows, Row{Cells: r.cells, Line: num, Text: line.Slice(r.from, r.to)})
		}
		if g.title != "" {
			blk.Title = &Field{Value: g.title, Text: span.Plain(g.title, num), Rule: "table title"}
		}
		a.doc.Blocks = append(a.doc.Blocks, blk)
	}
}

// flatRowOf is the row of cells cs: their words, each with its spaces
// dropped, and where they stand, from the first's words to the last
// filled one's.
func flatRowOf(cs []flatCell) flatRow {
	r := flatRow{from: cs[0].from, to: cs[0].to}
	for _, c := range cs {
		r.cells = append(r.cells, squeezeCell(c.text))
		if c.text != "" {
			r.to = c.to
		}
	}
	return r
}

// flatHead is the head row of cells cs, its first cell's words the
// head's first cell first, standing from at on: a title before them
// (flatTitle) is no part of the head.
func flatHead(cs []flatCell, first string, at int) flatRow {
	r := flatRowOf(cs)
	r.cells[0], r.from = first, at
	return r
}

// flatBarGrid reads s as a grid in bars run into one line: the head is
// the cells of words before the first figure but the last of them, which
// keys the first row, two cells at the least; every row is as wide as the
// head, its key words and its other cells figures, and the cells after
// the head fill two rows or more, the empty ones that close the line
// aside. The words of the first cell before a part that names a table
// (…汇总表, an attachment's label 附件1: before it dropped) are the
// title, which may hold figures; the rest is the head's first cell, which
// holds none (no date or sentence before the head that is no title).
func flatBarGrid(s string) (flatGrid, bool) {
	cells := flatCells(s)
	if len(cells) == 0 || !cue.HasHan(cells[0].text) {
		return flatGrid{}, false
	}
	n := 1 // the first cell: the head's, its title's words before it, a date of them too
	for n < len(cells) && cells[n].text != "" && !hasDigit(cells[n].text) {
		n++
	}
	w := n - 1
	body := cells[w:] // n ≥ 1 and n ≤ len(cells): w within the cells
	if w < 2 || len(body) < 2*w || len(body)%w != 0 {
		return flatGrid{}, false
	}
	var g flatGrid
	title, first, at := flatTitle(cells[0])
	if hasDigit(first) {
		return flatGrid{}, false // words before the head that are no title: a date, a sentence
	}
	g.title = title
	g.rows = append(g.rows, flatHead(cells[:w], first, at))
	for k := 0; k+w <= len(body); k += w {
		r := body[k : k+w]
		if r[0].text == "" || hasDigit(r[0].text) {
			return flatGrid{}, false
		}
		for _, c := range r[1:] {
			if !numberLike(c.text) {
				return flatGrid{}, false
			}
		}
		g.rows = append(g.rows, flatRowOf(r))
	}
	return g, true
}

// flatSerialGrid reads s as a grid in bars run into one line under a
// serial head: its first cell is the head (序号, cue_words serialhead),
// a title that names a table aside; the head is the cells before the
// first 1, and the cells after it fill rows as wide, two or more, each
// opened by its serial number counting from 1, the empty ones that close
// the line aside.
func flatSerialGrid(s string) (flatGrid, bool) {
	cells := flatCells(s)
	if len(cells) == 0 {
		return flatGrid{}, false
	}
	title, first, at := flatTitle(cells[0])
	if !cue.SerialHead(first) {
		return flatGrid{}, false
	}
	w := slices.IndexFunc(cells, func(c flatCell) bool { return c.text == "1" })
	if w < 2 || len(cells)-w < 2*w || (len(cells)-w)%w != 0 {
		return flatGrid{}, false
	}
	g := flatGrid{title: title, rows: []flatRow{flatHead(cells[:w], first, at)}}
	for k := w; k+w <= len(cells); k += w {
		if cells[k].text != strconv.Itoa((k-w)/w+1) {
			return flatGrid{}, false
		}
		g.rows = append(g.rows, flatRowOf(cells[k:k+w]))
	}
	return g, true
}

// flatCells is s cut at its bars, each cell trimmed, the empty cells that
// close it dropped: a line of no bar is one cell, no grid. An empty cell
// stands where its bar ends.
func flatCells(s string) []flatCell {
	var cells []flatCell
	for from := 0; ; {
		to := len(s)
		bar := 0
		for k, r := range s[from:] {
			if r == '|' || r == '｜' {
				to, bar = from+k, len(string(r))
				break
			}
		}
		cell := s[from:to]
		lead := len(cell) - len(strings.TrimLeftFunc(cell, unicode.IsSpace))
		text := strings.TrimSpace(cell)
		cells = append(cells, flatCell{text: text, from: from + lead, to: from + lead + len(text)})
		if bar == 0 {
			break
		}
		from = to + bar
	}
	for len(cells) > 0 && cells[len(cells)-1].text == "" {
		cells = cells[:len(cells)-1]
	}
	return cells
}

// flatTitle parts the first cell of a grid run into a line into the
// title before it, where its words up to a space name a table with no
// space in them (an attachment's label 附件1: before them dropped), and
// the head's first cell, its spaces dropped, with the byte of the line
// it opens at.
func flatTitle(cell flatCell) (title, first string, at int) {
	words := strings.Fields(cell.text)
	for j := len(words) - 1; j > 0; j-- {
		t := strings.Join(words[:j], " ")
		if v, listed := cue.AttachmentList(t); listed {
			t = strings.TrimSpace(v)
		}
		if cue.NamesTable(t) && !strings.Contains(t, " ") {
			return t, squeezeCell(strings.Join(words[j:], "")), cell.to - len(fieldsFrom(cell.text, j))
		}
	}
	return "", squeezeCell(cell.text), cell.from
}

// fieldsFrom is s from its word j on (strings.Fields' words): what is
// left after the first j words and the space after them.
func fieldsFrom(s string, j int) string {
	for ; j > 0; j-- {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		s = s[strings.IndexFunc(s+" ", unicode.IsSpace):]
	}
	return strings.TrimLeftFunc(s, unicode.IsSpace)
}
