package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// flatBarLines reads as a table's each line, whatever the decoder read it
// as, that holds a whole grid in bars run into it after its title, as a
// page that lost its line breaks prints an attachment's table (附件1:
// …补助金汇总表 乡镇 (街道) | 孤儿补助人数 | … | 共计 | 桥头镇 | 1 | 1469 | …
// | 合计 | 21 | …): flatBarGrid must read it whole.
func (a *assembly) flatBarLines() {
	for i, l := range a.d.Lines {
		if a.roles[i] == cue.Table || a.roles[i] == cue.Chrome {
			continue
		}
		if _, _, _, ok := flatBarGrid(l.Text); ok {
			a.relabel(i, cue.Table)
		}
	}
}

// flatBarRows reads a run of one line that holds a grid in bars run
// together after its title (flatBarGrid) as that table. It reports
// whether it read the run.
func (a *assembly) flatBarRows(run []int) bool {
	if len(run) != 1 {
		return false
	}
	l := a.d.Lines[run[0]]
	title, head, rows, ok := flatBarGrid(l.Text)
	if !ok {
		return false
	}
	row := func(cells []string) Row {
		return Row{Cells: cells, Line: l.Num, Text: span.Plain(strings.Join(cells, " "), l.Num)}
	}
	blk := Block{Header: 1, Rows: []Row{row(head)}}
	for _, r := range rows {
		blk.Rows = append(blk.Rows, row(r))
	}
	if title != "" {
		blk.Title = &Field{Value: title, Text: span.Plain(title, l.Num), Rule: "table title"}
	}
	a.doc.Blocks = append(a.doc.Blocks, blk)
	return true
}

// flatBarGrid reads s as a grid in bars run into one line: the head is
// the cells of words before the first figure but the last of them, which
// keys the first row, two cells at the least; every row is as wide as the
// head, its key words and its other cells figures, and the cells after
// the head fill two rows or more, the empty ones that close the line
// aside. The first cell holds words; it may hold the title's figures. The words of the first cell before a part that names a table
// (…汇总表, an attachment's label 附件1: before it dropped) are the
// title, the rest the head's first cell.
func flatBarGrid(s string) (title string, head []string, rows [][]string, ok bool) {
	if !strings.Contains(s, "|") {
		return "", nil, nil, false
	}
	var cells []string
	for _, c := range strings.Split(strings.ReplaceAll(s, "｜", "|"), "|") {
		cells = append(cells, strings.TrimSpace(c))
	}
	for len(cells) > 0 && cells[len(cells)-1] == "" {
		cells = cells[:len(cells)-1]
	}
	if len(cells) == 0 || !cue.HasHan(cells[0]) {
		return "", nil, nil, false
	}
	n := 1 // the first cell: the head's, its title's words before it, a date of them too
	for n < len(cells) && cells[n] != "" && !hasDigit(cells[n]) {
		n++
	}
	w := n - 1
	body := cells[min(max(w, 0), len(cells)):]
	if w < 2 || len(body) < 2*w || len(body)%w != 0 {
		return "", nil, nil, false
	}
	for k := 0; k < len(body); k += w {
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
	words := strings.Fields(cells[0])
	for j := len(words) - 1; j > 0; j-- {
		t := strings.Join(words[:j], " ")
		if v, listed := cue.AttachmentList(t); listed {
			t = strings.TrimSpace(v)
		}
		if cue.NamesTable(t) {
			title, head[0] = t, squeezeCell(strings.Join(words[j:], ""))
			break
		}
	}
	return title, head, rows, true
}

// squeezeCells is cells, each with its spaces dropped (squeezeCell).
func squeezeCells(cells []string) []string {
	out := make([]string, len(cells))
	for k, c := range cells {
		out[k] = squeezeCell(c)
	}
	return out
}
