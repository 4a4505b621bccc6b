package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// A directory (bodies and the numbers to call them on, a row each) often
// stands under group labels of a line each: 殡仪馆 over the funeral homes,
// 公墓 over the cemeteries. A label names what the rows under it are; it
// is no row of its own. Its words go on as the last cell of each row it
// heads, so nothing printed is lost and each row still opens with its key.

// directory reports whether the data rows of a grid are a directory's:
// every row of more than one cell closes with a telephone number, and at
// least two do.
func directory(rows []Row) bool {
	n := 0
	for _, r := range rows {
		switch {
		case len(r.Cells) > 1 && cue.PhoneCell(r.Cells[len(r.Cells)-1]):
			n++
		case len(r.Cells) > 1:
			return false
		}
	}
	return n >= 2
}

// groupLabel reports whether line i can be a group's label over a
// directory's rows: words alone on their line, no clause, no field's
// label, no figure.
func (a *assembly) groupLabel(i int) bool {
	s := strings.TrimSpace(a.d.Lines[i].Sq)
	return s != "" && cue.HasHan(s) && !cue.SentencePunct(s) && !cue.EndsSentence(s) &&
		!strings.ContainsAny(s, "：:|0123456789") && !attachHead(s) && !cue.NamesTable(s)
}

// foldGroups moves each one-cell row of a directory into the rows under
// it, as their last cell.
func foldGroups(rows []Row) []Row {
	if !directory(rows) {
		return rows
	}
	out := rows[:0:0]
	group := ""
	for k, r := range rows {
		if len(r.Cells) == 1 && k+1 < len(rows) && len(rows[k+1].Cells) > 1 {
			group = r.Cells[0]
			continue
		}
		if group != "" && len(r.Cells) > 1 {
			r.Cells = append(r.Cells[:len(r.Cells):len(r.Cells)], group)
		}
		out = append(out, r)
	}
	return out
}

// groupAbove reads the line right above a directory's first row as its
// first group's label where the directory has labels among its rows and
// the line reads as one: the row it heads is the grid's, and the title
// is the line above it.
func (a *assembly) groupAbove(blk *Block, first int) int {
	p := a.prevLine(first)
	if p < 0 || !directory(blk.Rows) || !a.groupLabel(p) {
		return p
	}
	labelled := false
	for _, r := range blk.Rows {
		labelled = labelled || len(r.Cells) == 1
	}
	if !labelled {
		return p
	}
	l := a.d.Lines[p]
	row := Row{Cells: []string{squeezeCell(l.Sq)}, Line: l.Num, Text: span.Plain(l.Text, l.Num)}
	blk.Rows = append([]Row{row}, blk.Rows...)
	return a.prevLine(p)
}

func squeezeCell(s string) string { return strings.Join(strings.Fields(s), "") }
