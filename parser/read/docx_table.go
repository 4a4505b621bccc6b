package read

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// A Word table is written as the grid the parser reads from text: a row a
// line, a cell a column, TAB between them (see parser/extract/tables.go).
// Merged cells keep the grid square:
//   - a cell spanning columns (w:gridSpan) writes its text in its first
//     column and leaves the others empty, as a typed table does, and as the
//     parser's header reading expects (a header cell left empty under a
//     merged heading takes the heading from its left);
//   - a cell continuing a vertical merge (w:vMerge) is left empty when the
//     merge began in the table's header (a two-level header: 单位 over an
//     empty cell beside 目标数 完成数), and takes the text of the cell above
//     in the body, where the merged value belongs to each row it spans.
//
// A table inside a cell is flattened into the cell's text, its rows one
// after another.

// docxTable is a table being read.
type docxTable struct {
	width int   // columns of its grid (w:tblGrid)
	size  int64 // bytes of text held in rows
	rows  []docxRow
	above map[int]docxMerged // vertical merges open, by column
	body  *docxBody
}

// docxMerged is a vertically merged cell's text, and whether the merge
// began in a header row.
type docxMerged struct {
	text   string
	header bool
}

// docxCell is a cell being read.
type docxCell struct {
	span    int
	vMerge  string // "", "restart" or "continue"
	hMerged bool   // w:hMerge="continue": part of the cell on its left
	paras   []string
}

func (b *docxBody) table(sink docxSink) error {
	t := &docxTable{above: map[int]docxMerged{}, body: b}
	var rowsOf func(se xml.StartElement) error
	rowsOf = func(se xml.StartElement) error {
		if se.Name.Space == docxCompatNS && se.Name.Local == "AlternateContent" {
			return b.alternate(rowsOf)
		}
		switch {
		case docxIs(se.Name, "tblGrid"):
			return b.children(func(se xml.StartElement) error {
				if docxIs(se.Name, "gridCol") {
					t.width++
				}
				return b.skip()
			})
		case docxIs(se.Name, "tr"):
			return t.row()
		case docxW(se.Name) && (se.Name.Local == "sdt" || se.Name.Local == "sdtContent" || se.Name.Local == "customXml" || se.Name.Local == "ins" || se.Name.Local == "moveTo"):
			return b.children(rowsOf)
		}
		return b.skip()
	}
	if err := b.children(rowsOf); err != nil {
		return err
	}
	return sink.table(t.rows)
}

// row reads a w:tr and lays its cells on the grid.
func (t *docxTable) row() error {
	b := t.body
	var cells []*docxCell
	before, after, header, deleted := 0, 0, false, false
	var cellsOf func(se xml.StartElement) error
	cellsOf = func(se xml.StartElement) error {
		if se.Name.Space == docxCompatNS && se.Name.Local == "AlternateContent" {
			return b.alternate(cellsOf)
		}
		switch {
		case docxIs(se.Name, "trPr"):
			return b.children(func(se xml.StartElement) error {
				switch {
				case docxIs(se.Name, "gridBefore"):
					before = docxCount(se)
				case docxIs(se.Name, "gridAfter"):
					after = docxCount(se)
				case docxIs(se.Name, "tblHeader"):
					header = docxOnOff(se)
				case docxIs(se.Name, "del"):
					deleted = true
				}
				return b.skip()
			})
		case docxIs(se.Name, "tc"):
			c, err := t.cell()
			if err != nil {
				return err
			}
			cells = append(cells, c)
			return nil
		case docxW(se.Name) && (se.Name.Local == "sdt" || se.Name.Local == "sdtContent" || se.Name.Local == "customXml" || se.Name.Local == "ins" || se.Name.Local == "moveTo"):
			return b.children(cellsOf)
		}
		return b.skip()
	}
	if err := b.children(cellsOf); err != nil {
		return err
	}
	if deleted {
		return nil
	}
	// A merge that begins in the header rows (those marked to repeat on
	// each page, or else the first row) heads a column; one in the body is
	// a value of each row it spans.
	header = header || len(t.rows) == 0
	width := t.width
	// One cell across the whole table is a caption or a frame: its
	// paragraphs are lines of text, not a row of the grid.
	if len(cells) == 1 && before == 0 && after == 0 && cells[0].vMerge == "" && (width <= 1 || cells[0].span >= width) {
		if err := t.spend(strings.Join(cells[0].paras, "\n")); err != nil {
			return err
		}
		t.rows = append(t.rows, docxRow{whole: append([]string{}, cells[0].paras...)})
		t.above = map[int]docxMerged{}
		return nil
	}
	// The row is written as its line at once: a span writes TABs, never a
	// slice of empty cells, so a hostile grid costs no more than its text.
	var line strings.Builder
	cols := 0
	place := func(text string, span int) error {
		switch {
		case width == 0:
			span = 1 // no grid (the schema requires one): spans are not laid out
		case cols+span > width:
			span = max(width-cols, 1) // a span cannot run past the grid
		}
		cell := text + strings.Repeat("\t", span-1)
		if cols > 0 {
			cell = "\t" + cell
		}
		if err := t.spend(cell); err != nil {
			return err
		}
		line.WriteString(cell)
		cols += span
		return nil
	}
	if before > 0 {
		if err := place("", before); err != nil {
			return err
		}
	}
	for _, c := range cells {
		col := cols
		text := strings.Join(c.paras, " ")
		switch {
		case c.hMerged:
			text = ""
		case c.vMerge == "continue":
			text = ""
			if m, ok := t.above[col]; ok && !m.header {
				text = m.text
			}
		case c.vMerge == "restart":
			t.above[col] = docxMerged{text: text, header: header}
		default:
			delete(t.above, col)
		}
		if err := place(text, c.span); err != nil {
			return err
		}
	}
	if after > 0 {
		if err := place("", after); err != nil {
			return err
		}
	}
	t.rows = append(t.rows, docxRow{line: line.String()})
	return nil
}

// spend counts s against the text the document may come to: the rows of
// a table are held until its end, and merged cells repeat their text.
func (t *docxTable) spend(s string) error {
	t.size += int64(len(s))
	if t.size+int64(t.body.out.b.Len()) > t.body.out.limit {
		return limitError("bytes of text", t.body.out.limit)
	}
	return nil
}

// docxCount reads a count attribute (gridSpan, gridBefore): at least 0.
func docxCount(se xml.StartElement) int {
	v, _ := docxAttr(se, "val")
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0
	}
	return n
}

// cell reads a w:tc: its merge properties and its paragraphs, each on one
// line, nested tables flattened.
func (t *docxTable) cell() (*docxCell, error) {
	b := t.body
	c := &docxCell{span: 1}
	sink := &docxCellSink{c: c}
	err := b.children(func(se xml.StartElement) error {
		if !docxIs(se.Name, "tcPr") {
			return b.block(se, sink)
		}
		return b.children(func(se xml.StartElement) error {
			switch {
			case docxIs(se.Name, "gridSpan"):
				c.span = max(docxCount(se), 1)
			case docxIs(se.Name, "vMerge"):
				if v, _ := docxAttr(se, "val"); v == "restart" {
					c.vMerge = "restart"
				} else {
					c.vMerge = "continue"
				}
			case docxIs(se.Name, "hMerge"):
				v, _ := docxAttr(se, "val")
				c.hMerged = v != "restart"
			}
			return b.skip()
		})
	})
	return c, err
}

// docxCellSink gathers a cell's paragraphs, each on one line.
type docxCellSink struct{ c *docxCell }

func (s *docxCellSink) paragraph(text string, _ int) error {
	if text = docxCellText(text); text != "" {
		s.c.paras = append(s.c.paras, text)
	}
	return nil
}

// table flattens a table inside a cell: each of its rows a paragraph of
// the cell, its cells joined by a space.
func (s *docxCellSink) table(rows []docxRow) error {
	for _, r := range rows {
		if err := s.paragraph(strings.Join(docxRowTexts(r), " "), 0); err != nil {
			return err
		}
	}
	return nil
}
