package read

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The bounds HTML itself puts on spans (WHATWG, "processing model" of
// tables): colspan is clamped to 1000 and rowspan to 65534.
const (
	htmlMaxColspan = 1000
	htmlMaxRowspan = 65534
)

// htmlTableCell is a cell of a row as the page wrote it, before spans.
type htmlTableCell struct {
	node             *html.Node
	header           bool // a <th>
	colspan, rowspan int
}

// htmlTable writes a table in one of three ways:
//   - an information table (索引号 | 115… | 发布机构 | 某局): one
//     label：value a line, the way the parser reads an information block;
//   - a layout table, one that frames the page or a block of it: its cells
//     are blocks of text like any other;
//   - a data table: a line a row, cells separated by TAB, a spanned cell's
//     text in its first row and column and the cells it spans left empty
//     (as a browser's copy gives them, and as the parser's tables read a
//     merged heading), nested tables flattened into their cell.
func htmlTable(w *htmlWriter, t *html.Node) {
	rows, caption := htmlTableRows(t)
	if caption != nil {
		w.walk(caption)
		w.endLine()
	}
	switch {
	case htmlInfoTable(w, rows):
		htmlInfoRows(w, rows)
	case htmlLayoutTable(t, rows):
		for _, r := range rows {
			for _, c := range r {
				w.endLine()
				w.children(c.node)
				w.endLine()
			}
		}
	default:
		htmlDataRows(w, rows)
	}
}

// htmlTableRows lists the rows of t (not of the tables inside it) and its
// caption.
func htmlTableRows(t *html.Node) ([][]htmlTableCell, *html.Node) {
	var rows [][]htmlTableCell
	var caption *html.Node
	addRow := func(tr *html.Node) {
		var row []htmlTableCell
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) {
				continue
			}
			cs, ok := htmlIntAttr(c, "colspan")
			if !ok || cs < 1 {
				cs = 1
			}
			rs, ok := htmlIntAttr(c, "rowspan")
			if !ok || rs < 0 {
				rs = 1
			}
			row = append(row, htmlTableCell{node: c, header: c.DataAtom == atom.Th, colspan: min(cs, htmlMaxColspan), rowspan: min(rs, htmlMaxRowspan)})
		}
		rows = append(rows, row)
	}
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Caption:
			if caption == nil {
				caption = c
			}
		case atom.Tr:
			addRow(c)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				if r.Type == html.ElementNode && r.DataAtom == atom.Tr {
					addRow(r)
				}
			}
		}
	}
	return rows, caption
}

// htmlLayoutTable reports whether a table frames a page rather than holds
// data: a table that says so (role="presentation"), one of a single row or
// a single column (a frame around blocks), or one whose cells hold what
// only a page holds (a table of their own, headings, lists, a form's
// controls).
func htmlLayoutTable(t *html.Node, rows [][]htmlTableCell) bool {
	switch strings.ToLower(htmlAttr(t, "role")) {
	case "presentation", "none":
		return true
	}
	wide := 0
	for _, r := range rows {
		wide = max(wide, len(r))
	}
	if len(rows) <= 1 || wide <= 1 {
		return true
	}
	for _, r := range rows {
		for _, c := range r {
			if htmlHoldsPage(c.node) {
				return true
			}
		}
	}
	return false
}

// htmlHoldsPage reports whether a cell holds page structure: headings,
// lists, a form's controls, or a table of its own, unless that table is a
// single row of cells (a cell split in two, flattened into its cell).
func htmlHoldsPage(cell *html.Node) bool {
	found := false
	var look func(*html.Node)
	look = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Table:
				if !htmlSplitCell(c) {
					found = true
					return
				}
				continue
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
				atom.Ul, atom.Ol, atom.Dl, atom.Form, atom.Input, atom.Select,
				atom.Textarea, atom.Iframe, atom.Nav:
				found = true
				return
			}
			look(c)
		}
	}
	look(cell)
	return found
}

// htmlSplitCell reports whether a table nested in a cell is one row of
// cells that hold no table or page structure themselves.
func htmlSplitCell(t *html.Node) bool {
	rows, _ := htmlTableRows(t)
	if len(rows) != 1 {
		return false
	}
	for _, c := range rows[0] {
		if htmlHoldsPage(c.node) {
			return false
		}
	}
	return true
}

// htmlCellText is a cell's text on one line: its lines (paragraphs, a
// nested table's rows) joined, TABs made spaces.
func htmlCellText(w *htmlWriter, cell *html.Node) string {
	if t, ok := w.memo[cell]; ok {
		return t
	}
	s := w.sub()
	s.children(cell)
	lines := s.done()
	if s.err != nil && w.err == nil {
		w.err = s.err
	}
	for i, l := range lines {
		lines[i] = strings.ReplaceAll(l, "\t", " ")
	}
	t := htmlJoin(lines)
	w.memo[cell] = t
	return t
}

// htmlDataRows writes a data table a row a line.
func htmlDataRows(w *htmlWriter, rows [][]htmlTableCell) {
	type slot struct {
		text   string
		filled bool
		origin bool
		span   int // the columns its cell spans, at its origin
	}
	grid := make([][]slot, len(rows))
	put := func(r, c int, s slot) {
		for len(grid[r]) <= c {
			grid[r] = append(grid[r], slot{})
		}
		grid[r][c] = s
	}
	for r, row := range rows {
		c := 0
		for _, cell := range row {
			for c < len(grid[r]) && grid[r][c].filled {
				c++
			}
			cs, rs := cell.colspan, cell.rowspan
			if rs == 0 || r+rs > len(rows) {
				rs = len(rows) - r // rowspan="0" and overlong spans end with the table
			}
			if cost := cs * rs; cost > *w.cells {
				cs, rs = 1, 1 // past the budget, spans are not expanded
			} else {
				*w.cells -= cost
			}
			text := htmlCellText(w, cell.node)
			for dr := 0; dr < rs; dr++ {
				for dc := 0; dc < cs; dc++ {
					put(r+dr, c+dc, slot{filled: true})
				}
			}
			put(r, c, slot{text: text, filled: true, origin: true, span: cs})
			c += cs
		}
		if w.err != nil {
			return
		}
	}
	width := 0
	for _, g := range grid {
		width = max(width, len(g))
	}
	for _, g := range grid {
		cells := make([]string, width)
		nonEmpty, whole := 0, false
		for c, s := range g {
			cells[c] = s.text
			if s.text != "" {
				nonEmpty++
				whole = s.origin && s.span >= width
			}
		}
		switch {
		case nonEmpty == 0:
			continue
		case nonEmpty == 1 && whole:
			// A cell across the whole table: its title or a note.
			w.endLine()
			w.lines = append(w.lines, strings.Join(strings.Fields(cells[htmlFirstNonEmpty(cells)]), " "))
			continue
		}
		w.endLine()
		w.lines = append(w.lines, strings.TrimRight(strings.Join(cells, "\t"), " "))
	}
}

func htmlFirstNonEmpty(cells []string) int {
	for i, c := range cells {
		if c != "" {
			return i
		}
	}
	return 0
}

// htmlInfoTable reports whether a table pairs labels with values, as a
// page's information block or a form of contacts does: every row pairs
// labels with values (a label cell is a <th>, a cell whose text ends with
// a colon, or a label the information blocks of bureau pages use), a row
// of one cell holds a whole field, and either one label at least is one
// of those bureau pages use or every label ends with its colon.
func htmlInfoTable(w *htmlWriter, rows [][]htmlTableCell) bool {
	known, pairs, colons := false, false, true
	for _, r := range rows {
		if len(r) == 1 {
			if htmlHoldsPage(r[0].node) {
				return false
			}
			t := htmlCellText(w, r[0].node)
			if t == "" {
				continue
			}
			if _, ok := htmlInfoLabelAt(t); !ok {
				return false
			}
			known = true
			continue
		}
		if len(r) >= 2 {
			pairs = true
		}
		for i := 0; i < len(r); i += 2 {
			if htmlHoldsPage(r[i].node) {
				return false
			}
			t := htmlCellText(w, r[i].node)
			if t == "" && i+1 < len(r) && htmlCellText(w, r[i+1].node) == "" {
				continue // an empty pair fills the row
			}
			label, isKnown := htmlLabelCell(t, r[i].header)
			if !label {
				return false
			}
			known = known || isKnown
			colons = colons && (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "："))
		}
	}
	return pairs && (known || colons)
}

// htmlLabelCell reports whether a cell's text is a label, and whether it
// is one of the known labels.
func htmlLabelCell(text string, header bool) (label, known bool) {
	known = htmlInfoLabels()[htmlLabelKey(text)]
	colon := strings.HasSuffix(text, ":") || strings.HasSuffix(text, "：")
	return known || colon || header, known
}

// htmlLabelKey is a label as the list holds it: no spaces (索 引 号,
// 文　　号), no colon.
func htmlLabelKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == ':' || r == '：' {
			return -1
		}
		return r
	}, s)
}

// htmlInfoLabelAt reports whether a line opens with a known label followed
// by a colon, and returns the label.
func htmlInfoLabelAt(line string) (string, bool) {
	line = strings.TrimLeft(line, " \u3000【[")
	i := strings.IndexAny(line, ":：")
	if i <= 0 {
		return "", false
	}
	key := htmlLabelKey(line[:i])
	return key, htmlInfoLabels()[key]
}

// htmlInfoRows writes an information table one field a line,
// label：value.
func htmlInfoRows(w *htmlWriter, rows [][]htmlTableCell) {
	for _, r := range rows {
		for i := 0; i < len(r); i++ {
			t := htmlCellText(w, r[i].node)
			if len(r) == 1 || i+1 >= len(r) {
				if t != "" {
					w.endLine()
					w.lines = append(w.lines, t)
				}
				continue
			}
			v := htmlCellText(w, r[i+1].node)
			i++
			if t == "" && v == "" {
				continue
			}
			if !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "：") {
				t += "："
			}
			w.endLine()
			w.lines = append(w.lines, strings.TrimSpace(t+v))
		}
	}
}
