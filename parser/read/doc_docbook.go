package read

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// docbookText turns antiword's DocBook output into the text lines the
// parser reads: a paragraph a line, headings (the titles of chapters and
// sections, from Word's heading styles) marked as Markdown marks them, a
// table a row a line with TAB between the cells. The book's own title
// and bookinfo come from the file's properties, not its body, and
// footnotes are no part of the body either.
func docbookText(ctx context.Context, out []byte, lim Limits, tabs *docTabs) (string, error) {
	dec := xml.NewDecoder(bytes.NewReader(docXMLChars(out)))
	d := &docbook{toks: &wordTokens{ctx: ctx, dec: dec, max: lim.Depth}, out: &wordLines{limit: lim.Inflated}, tabs: tabs}
	for {
		tok, err := d.toks.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", d.toks.wrap(err, "antiword's DocBook")
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "book" {
			if err := d.blocks(0); err != nil {
				return "", d.toks.wrap(err, "antiword's DocBook")
			}
		}
	}
	return d.out.String(), nil
}

// docXMLChars drops the control characters XML does not allow, which
// antiword passes on from a document's text.
func docXMLChars(b []byte) []byte {
	return bytes.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' {
			return ' '
		}
		return r
	}, b)
}

// docbook walks antiword's DocBook.
type docbook struct {
	toks *wordTokens
	out  *wordLines
	tabs *docTabs // the lines of antiword's plain text that hold TABs
}

// docTabs holds the lines of antiword's plain text that hold TABs, by the
// line as its DocBook prints it (each TAB a space, the ends trimmed). The
// two outputs come in one order, so the n-th paragraph printed a way takes
// the n-th line printed that way.
type docTabs struct {
	lines map[string][]string
	next  map[string]int
}

func newDocTabs(plain []byte) *docTabs {
	t := &docTabs{lines: map[string][]string{}, next: map[string]int{}}
	for _, l := range strings.Split(string(plain), "\n") {
		if !strings.Contains(l, "\t") || strings.HasPrefix(l, "|") {
			continue
		}
		key := strings.Trim(strings.ReplaceAll(l, "\t", " "), " \r")
		t.lines[key] = append(t.lines[key], strings.Trim(l, " \r"))
	}
	return t
}

// restore gives a paragraph of the DocBook its TABs back.
func (t *docTabs) restore(para string) string {
	if t == nil || !strings.Contains(para, " ") {
		return para
	}
	if q, i := t.lines[para], t.next[para]; i < len(q) {
		t.next[para]++
		return q[i]
	}
	return para
}

// children calls each for the elements in the one just started and text
// for its character data, up to its end.
func (d *docbook) children(each func(xml.StartElement) error, text func(string)) error {
	for {
		tok, err := d.toks.Token()
		if err != nil {
			if err == io.EOF {
				return io.ErrUnexpectedEOF
			}
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := each(t); err != nil {
				return err
			}
		case xml.CharData:
			if text != nil {
				text(string(t))
			}
		case xml.EndElement:
			return nil
		}
	}
}

func (d *docbook) skip() error {
	var each func(xml.StartElement) error
	each = func(xml.StartElement) error { return d.children(each, nil) }
	return d.children(each, nil)
}

// blocks reads the content of book, chapter, sectN, listitem: level is
// the heading level of the titles it holds.
func (d *docbook) blocks(level int) error {
	return d.children(func(se xml.StartElement) error { return d.block(se, level) }, nil)
}

func (d *docbook) block(se xml.StartElement, level int) error {
	switch se.Name.Local {
	case "title":
		if level == 0 {
			return d.skip() // the book's title: a property of the file
		}
		text, err := d.inline()
		if err != nil {
			return err
		}
		return d.out.paragraph(text, level)
	case "chapter":
		return d.blocks(1)
	case "sect1", "sect2", "sect3", "sect4", "sect5":
		n, _ := strconv.Atoi(se.Name.Local[len("sect"):])
		return d.blocks(n + 1)
	case "para":
		return d.para(level)
	case "informaltable":
		return d.table()
	case "itemizedlist", "orderedlist", "listitem":
		return d.blocks(level)
	}
	// bookinfo, footnote, beginpage and the rest hold nothing of the body.
	return d.skip()
}

// para reads a paragraph. A table or a list may stand inside one: the
// text before it is a paragraph of its own.
func (d *docbook) para(level int) error {
	var b strings.Builder
	flush := func() error {
		text := b.String()
		b.Reset()
		for _, l := range strings.Split(text, "\n") {
			if l = strings.Trim(l, " \t\r"); l != "" {
				if err := d.out.paragraph(d.tabs.restore(l), 0); err != nil {
					return err
				}
			}
		}
		return nil
	}
	var each func(xml.StartElement) error
	each = func(se xml.StartElement) error {
		switch se.Name.Local {
		case "informaltable", "itemizedlist", "orderedlist", "para":
			if err := flush(); err != nil {
				return err
			}
			return d.block(se, level)
		case "footnote":
			return d.skip()
		}
		return d.children(each, func(s string) { b.WriteString(s) })
	}
	if err := d.children(each, func(s string) { b.WriteString(s) }); err != nil {
		return err
	}
	return flush()
}

// inline reads the text of a title or a table entry, its lines joined.
func (d *docbook) inline() (string, error) {
	var b strings.Builder
	var each func(xml.StartElement) error
	each = func(se xml.StartElement) error {
		if se.Name.Local == "footnote" {
			return d.skip()
		}
		return d.children(each, func(s string) { b.WriteString(s) })
	}
	err := d.children(each, func(s string) { b.WriteString(s) })
	var parts []string
	for _, l := range strings.Split(b.String(), "\n") {
		if l = strings.Trim(l, " \t\r"); l != "" {
			parts = append(parts, l)
		}
	}
	return strings.Join(parts, " "), err
}

// docbookGroup is a tgroup: rows that share a column layout, with the
// columns' widths in twips (antiword prints them as points to 0.01, and
// Word keeps them in twips, so they come back exact).
type docbookGroup struct {
	widths []int
	rows   [][]string
}

// table reads an informaltable. antiword starts a new tgroup wherever the
// column layout changes, as under a merged heading; the groups' column
// edges together make the table's grid, and each cell is laid on the
// columns between its edges: its text in the first, the others empty, as
// a .docx's merged cell is written.
func (d *docbook) table() error {
	var groups []*docbookGroup
	size := 0
	err := d.children(func(se xml.StartElement) error {
		if se.Name.Local != "tgroup" {
			return d.skip()
		}
		g := &docbookGroup{}
		groups = append(groups, g)
		var each func(xml.StartElement) error
		each = func(se xml.StartElement) error {
			switch se.Name.Local {
			case "colspec":
				w, _ := docxAttr(se, "colwidth")
				pt, err := strconv.ParseFloat(strings.TrimSuffix(w, "pt"), 64)
				if err != nil || pt < 0 || pt > math.MaxInt32/20 {
					pt = -1 // unknown: the group is not laid on the grid
				}
				g.widths = append(g.widths, int(math.Round(pt*20)))
				return d.skip()
			case "row":
				var row []string
				err := d.children(func(se xml.StartElement) error {
					if se.Name.Local != "entry" {
						return d.skip()
					}
					text, err := d.inline()
					row = append(row, text)
					size += len(text) + 1
					return err
				}, nil)
				if int64(size)+int64(d.out.b.Len()) > d.out.limit {
					return limitError("bytes of text", d.out.limit)
				}
				g.rows = append(g.rows, row)
				return err
			}
			return d.children(each, nil)
		}
		return d.children(each, nil)
	}, nil)
	if err != nil {
		return err
	}
	return d.out.table(docbookRows(groups))
}

// docbookRows lays the groups' rows on the grid of all their column edges.
func docbookRows(groups []*docbookGroup) []docxRow {
	edges := map[int]bool{}
	laid := true
	for _, g := range groups {
		at := 0
		edges[0] = true
		for _, w := range g.widths {
			if w < 0 {
				laid = false
			}
			at += w
			edges[at] = true
		}
	}
	var grid []int
	for e := range edges {
		grid = append(grid, e)
	}
	sort.Ints(grid)
	column := map[int]int{}
	for i, e := range grid {
		column[e] = i
	}
	width := len(grid) - 1
	var rows []docxRow
	for _, g := range groups {
		for _, r := range g.rows {
			if len(r) == 1 && (width <= 1 || len(g.widths) == 1) {
				rows = append(rows, docxRow{whole: r}) // one cell across the table
				continue
			}
			if !laid || len(r) != len(g.widths) {
				rows = append(rows, docxRow{line: strings.Join(r, "\t")})
				continue
			}
			var line strings.Builder
			at := 0
			for j, cell := range r {
				span := column[at+g.widths[j]] - column[at]
				if j > 0 {
					line.WriteByte('\t')
				}
				line.WriteString(cell)
				line.WriteString(strings.Repeat("\t", max(span-1, 0)))
				at += g.widths[j]
			}
			rows = append(rows, docxRow{line: line.String()})
		}
	}
	return rows
}

// docPlainText reads antiword's plain text, the fallback where its
// DocBook fails: a paragraph a line (antiword leaves a blank line after
// each), and its table rows, |cell |cell |, with TAB between the cells. A
// cell too long for its column goes on in the lines below, each column
// filled to its width: a line whose cell fills its column is joined with
// the next.
func docPlainText(out []byte, lim Limits) (string, error) {
	w := &wordLines{limit: lim.Inflated}
	var row []string // a table row being joined
	flush := func() error {
		if row == nil {
			return nil
		}
		for i := range row {
			row[i] = strings.TrimSpace(row[i])
		}
		err := w.table([]docxRow{{line: strings.Join(row, "\t")}})
		row = nil
		return err
	}
	full := false // the row's last line had a cell that filled its column
	for _, l := range strings.Split(string(out), "\n") {
		l = strings.TrimRight(l, "\r")
		if len(l) >= 2 && l[0] == '|' && l[len(l)-1] == '|' {
			cells := strings.Split(l[1:len(l)-1], "|")
			if row != nil && full && len(cells) == len(row) {
				for i, c := range cells {
					switch c = strings.TrimRight(c, " "); {
					case c == "":
					case strings.HasSuffix(row[i], " "): // a new paragraph of the cell
						row[i] = strings.TrimRight(row[i], " ") + " " + c
					default: // the cell's text cut at its column's width
						row[i] += c
					}
				}
			} else {
				if err := flush(); err != nil {
					return "", err
				}
				row = cells
			}
			full = false
			for _, c := range cells {
				if c != "" && !strings.HasSuffix(c, " ") {
					full = true
				}
			}
			continue
		}
		if err := flush(); err != nil {
			return "", err
		}
		if strings.TrimSpace(l) == "" {
			continue
		}
		if err := w.paragraph(l, 0); err != nil {
			return "", err
		}
	}
	if err := flush(); err != nil {
		return "", fmt.Errorf("antiword's text: %w", err)
	}
	return w.String(), nil
}
