package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// numberedColumns reads as a table's, whatever the decoder read them as,
// the rows under the row of column numbers that closes the head of a
// statistical form (序号 1 2 5 6 7 …: a label, then each column's number,
// rising from 1: columnNumbers): each line under it a row, its key in
// words and then its figures a space apart (某县 3333 5679 …), or its key
// alone where the copy lost its cells (合计). The rows run to the first
// line that is none; one of them at the least holds figures. The head
// over the numbers, wrapped over lines a cell or two a line, is left as
// read: the numbers row is the grid's head. The table is titled by the
// page's headline where that names a table (…统计表（2023年1月）). A form
// whose rows the decoder read as a table's is left to the other readers.
func (a *assembly) numberedColumns(m markedTables) {
	for i := 0; i+1 < len(a.d.Lines); i++ {
		if a.roles[i] == cue.Table || !numbersRow(a.d.Lines[i].Text) {
			continue
		}
		blk := Block{Header: 1, Rows: []Row{{Cells: strings.Fields(a.d.Lines[i].Text), Line: a.d.Lines[i].Num, Text: a.text(i), Spaced: true}}}
		end, figured := i+1, false
		for ; end < len(a.d.Lines) && a.roles[end] != cue.Table; end++ {
			cells, ok := keyedFigures(a.d.Lines[end].Text)
			if !ok {
				break
			}
			figured = figured || len(cells) > 1
			blk.Rows = append(blk.Rows, Row{Cells: cells, Line: a.d.Lines[end].Num, Text: a.text(end), Spaced: true})
		}
		if !figured {
			continue
		}
		if t := a.doc.Title; t != nil && cue.NamesTable(bracketAside(t.Value)) {
			blk.Title = &Field{Value: t.Value, Text: t.Text, Rule: "table title"}
		}
		a.mark(m, lineRange(i, end), func([]int) { a.doc.Blocks = append(a.doc.Blocks, blk) })
		i = end - 1
	}
}

// numbersRow reports whether s, cells a space apart, is the row of a
// form that numbers its columns (columnNumbers) after a label (序号, 栏次).
func numbersRow(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && !numberLike(f[0]) && columnNumbers(f)
}

// keyedFigures reads s as a row of a statistical form: a key in words,
// then figures alone, a space apart, or the key alone.
func keyedFigures(s string) ([]string, bool) {
	f := strings.Fields(s)
	if len(f) == 0 || !cue.HasHan(f[0]) || numberLike(f[0]) || cue.SentencePunct(f[0]) || strings.ContainsAny(f[0], "：:") {
		return nil, false
	}
	for _, c := range f[1:] {
		if !numberLike(c) {
			return nil, false
		}
	}
	return f, true
}

// bracketAside is s with the bracket that closes it taken off (…统计表
// （2023年1月）→ …统计表), or s whole.
func bracketAside(s string) string {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ")") && !strings.HasSuffix(s, "）") {
		return s
	}
	if k := strings.LastIndexAny(s, "(（"); k > 0 {
		return strings.TrimSpace(s[:k])
	}
	return s
}
