package layout

import (
	"slices"
	"strconv"
	"strings"

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
		if title, head, rows, ok := flatBarGrid(l.Text); ok {
			a.mark(m, []int{i}, a.flatBarTable(l.Text, l.Num, title, head, rows))
			continue
		}
		end := a.lineEnd(i)
		s := a.partsText(i, end)
		if title, head, rows, ok := flatSerialGrid(s); ok {
			lines := make([]int, 0, end-i)
			for k := i; k < end; k++ {
				lines = append(lines, k)
			}
			a.mark(m, lines, a.flatBarTable(s, l.Num, title, head, rows))
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

// flatBarTable writes the grid read from s, the text of line num (or of
// its parts): its head the first row over the rows, each row's text the
// line's, where its cells stand among the bars.
func (a *assembly) flatBarTable(s string, num int, title string, head []string, rows [][]string) func([]int) {
	return func([]int) {
		row := func(cells []string) Row {
			return Row{Cells: cells, Line: num, Text: span.Plain(s, num)}
		}
		blk := Block{Header: 1, Rows: []Row{row(head)}}
		for _, r := range rows {
			blk.Rows = append(blk.Rows, row(r))
		}
		if title != "" {
			blk.Title = &Field{Value: title, Text: span.Plain(title, num), Rule: "table title"}
		}
		a.doc.Blocks = append(a.doc.Blocks, blk)
	}
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
func flatBarGrid(s string) (title string, head []string, rows [][]string, ok bool) {
	cells := flatCells(s)
	if len(cells) == 0 || !cue.HasHan(cells[0]) {
		return "", nil, nil, false
	}
	n := 1 // the first cell: the head's, its title's words before it, a date of them too
	for n < len(cells) && cells[n] != "" && !hasDigit(cells[n]) {
		n++
	}
	w := n - 1
	body := cells[w:] // n ≥ 1 and n ≤ len(cells): w within the cells
	if w < 2 || len(body) < 2*w || len(body)%w != 0 {
		return "", nil, nil, false
	}
	for k := 0; k+w <= len(body); k += w {
		r := body[k : k+w]
		if r[0] == "" || hasDigit(r[0]) {
			return "", nil, nil, false
		}
		for _, c := range r[1:] {
			if !numberLike(c) {
				return "", nil, nil, false
			}
		}
		rows = append(rows, squeezeCells(r))
	}
	head = squeezeCells(cells[:w])
	if title, head[0] = flatTitle(cells[0]); hasDigit(head[0]) {
		return "", nil, nil, false // words before the head that are no title: a date, a sentence
	}
	return title, head, rows, true
}

// flatSerialGrid reads s as a grid in bars run into one line under a
// serial head: its first cell is the head (序号, cue_words serialhead),
// a title that names a table aside; the head is the cells before the
// first 1, and the cells after it fill rows as wide, two or more, each
// opened by its serial number counting from 1, the empty ones that close
// the line aside.
func flatSerialGrid(s string) (title string, head []string, rows [][]string, ok bool) {
	cells := flatCells(s)
	if len(cells) == 0 {
		return "", nil, nil, false
	}
	title, first := flatTitle(cells[0])
	if !cue.SerialHead(first) {
		return "", nil, nil, false
	}
	w := slices.Index(cells, "1")
	if w < 2 || len(cells)-w < 2*w || (len(cells)-w)%w != 0 {
		return "", nil, nil, false
	}
	for k := w; k+w <= len(cells); k += w {
		if cells[k] != strconv.Itoa((k-w)/w+1) {
			return "", nil, nil, false
		}
		rows = append(rows, squeezeCells(cells[k:k+w]))
	}
	head = squeezeCells(cells[:w])
	head[0] = first
	return title, head, rows, true
}

// flatCells is s cut at its bars, each cell trimmed, the empty cells that
// close it dropped: a line of no bar is one cell, no grid.
func flatCells(s string) []string {
	var cells []string
	for _, c := range strings.Split(strings.ReplaceAll(s, "｜", "|"), "|") {
		cells = append(cells, strings.TrimSpace(c))
	}
	for len(cells) > 0 && cells[len(cells)-1] == "" {
		cells = cells[:len(cells)-1]
	}
	return cells
}

// flatTitle parts the first cell of a grid run into a line into the
// title before it, where its words up to a space name a table with no
// space in them (an attachment's label 附件1: before them dropped), and
// the head's first cell, its spaces dropped.
func flatTitle(cell string) (title, first string) {
	words := strings.Fields(cell)
	for j := len(words) - 1; j > 0; j-- {
		t := strings.Join(words[:j], " ")
		if v, listed := cue.AttachmentList(t); listed {
			t = strings.TrimSpace(v)
		}
		if cue.NamesTable(t) && !strings.Contains(t, " ") {
			return t, squeezeCell(strings.Join(words[j:], ""))
		}
	}
	return "", squeezeCell(cell)
}

// squeezeCells is cells, each with its spaces dropped (squeezeCell).
func squeezeCells(cells []string) []string {
	out := make([]string, len(cells))
	for k, c := range cells {
		out[k] = squeezeCell(c)
	}
	return out
}
