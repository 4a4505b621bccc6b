package layout

import (
	"regexp"
	"strings"

	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// tables reads the runs of lines labelled table as grids: the title
// lines above the rows, the rows (tab-separated, Markdown, space-aligned,
// or one cell a line), and the notes under them (注, 任务提示).
func (a *assembly) tables() {
	for _, run := range a.runs(cue.Table) {
		var title, rows, notes, above []int
		for _, i := range run {
			l := a.d.Lines[i]
			switch {
			case len(notes) > 0 || cue.IsNote(l.Sq):
				notes = append(notes, i)
			case a.isRow(i):
				rows = append(rows, i)
			case len(rows) == 0 && strings.ContainsAny(l.Sq, "：:"):
				above = append(above, i) // 单位：万元, a label above the grid: a note, no part of its title
			case len(rows) == 0:
				title = append(title, i)
			default:
				// A line of words among the rows: a cell of a table laid
				// out a cell a line, or a row's wrapped end.
				rows = append(rows, i)
			}
		}
		if len(rows) == 0 {
			continue
		}
		var blk Block
		if a.d.CellRun(rows[0]) && !a.d.Lines[rows[0]].Tabs {
			blk.Rows, blk.Header = a.cellRows(rows)
		} else {
			for _, i := range rows {
				c := cue.Cells(a.d.Lines[i])
				if len(c) == 0 {
					continue // a Markdown separator row
				}
				blk.Rows = append(blk.Rows, Row{Cells: c, Line: a.d.Lines[i].Num, Text: span.Plain(a.d.Lines[i].Text, a.d.Lines[i].Num)})
			}
			blk.Rows = a.joinWrappedRows(rows, blk.Rows)
			blk.Header = headerRows(blk.Rows)
		}
		if len(title) == 0 {
			// A heading right above a table names it: （三）救助情况.
			// A label between them (单位：万元) is the grid's note.
			p := a.prevLine(run[0])
			for p >= 0 && strings.ContainsAny(a.d.Lines[p].Sq, "：:") && !cue.EndsSentence(a.d.Lines[p].Sq) && len(above) == 0 {
				above = append(above, p)
				p = a.prevLine(p)
			}
			if p >= 0 && cue.HasHan(a.d.Lines[p].Sq) && !cue.SentencePunct(a.d.Lines[p].Sq) && !cue.EndsSentence(a.d.Lines[p].Sq) {
				title = []int{p}
			}
		}
		if len(title) > 0 {
			t := a.text(title...)
			v := cue.StripEnumerator(strings.Trim(t.String(), "* "))
			k := strings.Index(t.String(), v)
			blk.Title = &Field{Value: v, Text: t.Slice(k, k+len(v)), Rule: "table title"}
		}
		notes = append(above, notes...)
		for k := 0; k < len(notes); {
			// A note runs on over the lines after it that open no note.
			j := k + 1
			for j < len(notes) && !cue.IsNote(a.d.Lines[notes[j]].Sq) {
				j++
			}
			t := a.text(notes[k:j]...)
			blk.Notes = append(blk.Notes, Field{Value: t.String(), Text: t, Rule: "table note"})
			k = j
		}
		if len(blk.Rows) >= 2 { // a grid has a header and a row at the least
			a.doc.Blocks = append(a.doc.Blocks, blk)
		}
	}
}

// isRow reports whether line i is a row of a grid.
func (a *assembly) isRow(i int) bool {
	l := a.d.Lines[i]
	if a.d.CellRun(i) {
		return true
	}
	c := cue.Cells(l)
	return len(c) >= 2 || strings.HasPrefix(strings.TrimSpace(l.Text), "|")
}

// joinWrappedRows joins the lines of a table too wide for its page, whose
// rows wrap: where the rows that hold figures open at the left margin with
// their key (平顶山市 55 7 …) and the lines between them are indented, an
// indented line goes on with the row above it; the lines above the first
// keyed row are the header's, wrapped too, and make one row.
func (a *assembly) joinWrappedRows(idx []int, rows []Row) []Row {
	if len(idx) != len(rows) {
		return rows // separator rows dropped: no wrapped table
	}
	margin, keyed := -1, 0
	for k, i := range idx {
		l := a.d.Lines[i]
		if hasNumber(rows[k].Cells) && !numberLike(rows[k].Cells[0]) {
			if margin < 0 || l.Indent < margin {
				margin = l.Indent
			}
			keyed++
		}
	}
	wrapped := false
	for k, i := range idx {
		if a.d.Lines[i].Indent > margin && k > 0 && hasNumber(rows[k].Cells) {
			wrapped = true
		}
	}
	if margin < 0 || keyed < 2 || !wrapped {
		return rows
	}
	var out []Row
	first := -1
	for k, i := range idx {
		l := a.d.Lines[i]
		key := l.Indent <= margin && hasNumber(rows[k].Cells) && !numberLike(rows[k].Cells[0])
		switch {
		case key:
			if first < 0 && k > 0 {
				out = append(out, joinRows(rows[:k]))
			}
			first = k
			out = append(out, rows[k])
		case first < 0:
			// a header line: joined below
		default:
			last := &out[len(out)-1]
			last.Cells = append(last.Cells, rows[k].Cells...)
		}
	}
	return out
}

// joinRows makes one row of rows' cells, on the first row's line.
func joinRows(rows []Row) Row {
	r := Row{Line: rows[0].Line, Text: rows[0].Text}
	for _, x := range rows {
		r.Cells = append(r.Cells, x.Cells...)
	}
	return r
}

// cellRows rebuilds the rows of a table laid out one cell a line. Rows
// open with serial numbers 1, 2, 3 … at one stride: the cells before the
// first are the header, those after the last numbered row one more row (a
// total, its first cells merged). Without serial numbers a row opens at
// each cell of words that follows a number.
func (a *assembly) cellRows(idx []int) ([]Row, int) {
	cells := make([]string, len(idx))
	for k, i := range idx {
		cells[k] = a.d.Lines[i].Sq
	}
	row := func(from, to int) Row {
		return Row{Cells: append([]string(nil), cells[from:to]...), Line: a.d.Lines[idx[from]].Num, Text: span.Plain(strings.Join(cells[from:to], " "), a.d.Lines[idx[from]].Num)}
	}
	var starts []int
	want := 1
	for k, c := range cells {
		if c == itoa(want) && (len(starts) == 0 || k-starts[len(starts)-1] >= 2) {
			starts = append(starts, k)
			want++
		}
	}
	stride := cue.EvenStride(starts)
	var rows []Row
	header := 0
	if stride > 1 {
		if starts[0] > 0 {
			rows = append(rows, row(0, starts[0]))
			header = 1
		}
		for _, s := range starts {
			rows = append(rows, row(s, min(s+stride, len(cells))))
		}
		if end := starts[len(starts)-1] + stride; end < len(cells) {
			rows = append(rows, row(end, len(cells)))
		}
		return rows, header
	}
	// Rows open at each cell of words that follows a number. Where they
	// open at one stride, the first row holds as many cells as the rest,
	// and the cells before it are the header (单位 补助资金 备注 | 资阳区 150
	// | 赫山区 210 …, an empty column left out); cells after the last row
	// with no number are none of the table's.
	var opens []int
	for k := 1; k < len(cells); k++ {
		if !numberLike(cells[k]) && numberLike(cells[k-1]) {
			opens = append(opens, k)
		}
	}
	if st := cue.EvenStride(opens); st > 1 && opens[0]-st >= 0 {
		first := opens[0] - st
		if first > 0 {
			rows = append(rows, row(0, first))
			header = 1
		}
		bounds := append([]int{first}, opens...)
		for n, b := range bounds {
			end := len(cells)
			if n+1 < len(bounds) {
				end = bounds[n+1]
			}
			if n == len(bounds)-1 && !hasNumber(cells[b:end]) {
				break
			}
			rows = append(rows, row(b, end))
		}
		return rows, header
	}
	from := 0
	for k := 1; k <= len(cells); k++ {
		if k == len(cells) || !numberLike(cells[k]) && numberLike(cells[k-1]) {
			rows = append(rows, row(from, k))
			from = k
		}
	}
	if len(rows) > 1 && !hasNumber(rows[0].Cells) {
		header = 1
	}
	return rows, header
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// headerRows counts the header rows of a grid: the first row, and the rows
// after it that continue the header (an empty first cell, no numbers), as
// under a merged heading (街道综合养老中心 / 目标数 完成数 …).
func headerRows(rows []Row) int {
	if len(rows) < 2 {
		return 0
	}
	n := 1
	for n < len(rows)-1 {
		r := rows[n].Cells
		if len(r) == 0 || r[0] != "" || hasNumber(r) {
			break
		}
		n++
	}
	return n
}

var numberCellRe = regexp.MustCompile(`^[-+]?\d[\d,]*(\.\d+)?%?$`)

func numberLike(s string) bool { return numberCellRe.MatchString(s) }

func hasNumber(cells []string) bool {
	for _, c := range cells {
		if numberCellRe.MatchString(c) {
			return true
		}
	}
	return false
}
