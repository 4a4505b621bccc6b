package read

import (
	"archive/zip"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

// The namespaces of WordprocessingML (transitional and strict) and of the
// markup-compatibility wrapper that offers a part's content twice.
const (
	docxNS       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	docxStrictNS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	docxCompatNS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
	docxMathNS   = "http://schemas.openxmlformats.org/officeDocument/2006/math"
)

// docxBody walks document.xml's body in document order and writes its
// text: a paragraph a line, a table a row a line with its cells split by
// TAB.
type docxBody struct {
	toks     *wordTokens
	num      *docxNumbering
	out      *wordLines
	pictures int    // drawings and pictures met, to name a scan in an error
	carry    string // a paragraph whose mark was deleted runs on into the next
}

// body reads the main part's text.
func (p *docxPackage) body(f *zip.File, num *docxNumbering) (text string, pictures int, err error) {
	toks, c, err := p.open(f)
	if err != nil {
		return "", 0, err
	}
	defer c.Close()
	out := &wordLines{limit: p.lim.Inflated}
	b := &docxBody{toks: toks, num: num, out: out}
	for {
		tok, err := toks.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", 0, toks.wrap(err, f.Name)
		}
		if se, ok := tok.(xml.StartElement); ok && docxIs(se.Name, "body") {
			if err := b.blocks(out); err != nil {
				return "", 0, toks.wrap(err, f.Name)
			}
		}
	}
	return out.String(), b.pictures, nil
}

// docxIs reports whether name is the WordprocessingML element local. A
// prefix left undeclared (w:) is taken for the namespace it always stands for.
func docxIs(name xml.Name, local string) bool {
	return name.Local == local && docxW(name)
}

// docxW reports whether name is in WordprocessingML's namespace.
func docxW(name xml.Name) bool {
	return name.Space == docxNS || name.Space == docxStrictNS || name.Space == "w"
}

// docxAttr is the value of an element's attribute local (w:val), in any
// namespace.
func docxAttr(se xml.StartElement, local string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// docxOnOff reads a toggle element (<w:vanish/>, <w:vanish w:val="0"/>).
func docxOnOff(se xml.StartElement) bool {
	v, ok := docxAttr(se, "val")
	return !ok || docxOn(v)
}

// docxSink receives what a container holds: the body, a table cell, a
// text box.
type docxSink interface {
	// paragraph takes a paragraph's text and its heading level: 1 to 9
	// for a heading (an outline level, as Word's Heading styles set), 0
	// for body text.
	paragraph(text string, heading int) error
	table(rows []docxRow) error
}

// docxRow is a table row laid on the table's grid: a cell a column, a
// merged cell's text in its first column and the others left empty.
type docxRow struct {
	line string // the cells split by TAB
	// whole holds the paragraphs of a row that is one cell across the
	// table (a caption row, a one-column frame): lines, not a grid row.
	whole []string
}

// skip reads past the rest of the element just started.
func (b *docxBody) skip() error {
	for depth := 1; depth > 0; {
		tok, err := b.toks.Token()
		if err != nil {
			return docxEOF(err)
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// docxEOF makes the end of the part inside an element an error.
func docxEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// children calls each for every element in the one just started, up to
// its end.
func (b *docxBody) children(each func(xml.StartElement) error) error {
	for {
		tok, err := b.toks.Token()
		if err != nil {
			return docxEOF(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := each(t); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}

// alternate reads an mc:AlternateContent: one of its branches, the first
// (mc:Choice, or mc:Fallback where no Choice stands first), with each; the
// others offer the same content again and are skipped.
func (b *docxBody) alternate(each func(xml.StartElement) error) error {
	taken := false
	return b.children(func(se xml.StartElement) error {
		if taken || se.Name.Space != docxCompatNS || (se.Name.Local != "Choice" && se.Name.Local != "Fallback") {
			return b.skip()
		}
		taken = true
		return b.children(each)
	})
}

// blocks reads the paragraphs and tables of a container into sink.
func (b *docxBody) blocks(sink docxSink) error {
	return b.children(func(se xml.StartElement) error { return b.block(se, sink) })
}

// block reads one element of a container.
func (b *docxBody) block(se xml.StartElement, sink docxSink) error {
	if se.Name.Space == docxCompatNS && se.Name.Local == "AlternateContent" {
		return b.alternate(func(se xml.StartElement) error { return b.block(se, sink) })
	}
	if !docxW(se.Name) {
		return b.blocks(sink) // a wrapper of another vocabulary: its content counts
	}
	switch se.Name.Local {
	case "p":
		return b.paragraph(sink)
	case "tbl":
		return b.table(sink)
	case "sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag", "body":
		return b.blocks(sink)
	}
	// Properties (sectPr, sdtPr), deleted or moved-away content (del,
	// moveFrom), imported chunks and bookmarks hold no text of the body.
	return b.skip()
}

// docxPara is a paragraph being read.
type docxPara struct {
	text        strings.Builder
	style       string
	numID       string
	hasNumID    bool
	ilvl        int
	hasIlvl     bool
	outline     int  // w:outlineLvl + 1: a heading's level; 0 not set
	markDeleted bool // its mark was deleted: it runs on into the next
	boxes       []docxBox
}

// docxBox is a text box anchored in a paragraph: what it holds, and
// whether it came before any of the paragraph's text.
type docxBox struct {
	content *docxBuffer
	before  bool
}

func (b *docxBody) paragraph(sink docxSink) error {
	p := &docxPara{}
	err := b.children(func(se xml.StartElement) error {
		if docxIs(se.Name, "pPr") {
			return b.paragraphProps(p)
		}
		return b.inline(se, p)
	})
	if err != nil {
		return err
	}
	text := b.num.label(p) + p.text.String()
	if b.carry != "" {
		text, b.carry = b.carry+text, ""
	}
	if p.markDeleted {
		b.carry = text
		text = ""
	}
	for _, box := range p.boxes {
		if box.before {
			if err := box.content.replay(sink); err != nil {
				return err
			}
		}
	}
	if !p.markDeleted {
		if err := sink.paragraph(text, b.num.heading(p)); err != nil {
			return err
		}
	}
	for _, box := range p.boxes {
		if !box.before {
			if err := box.content.replay(sink); err != nil {
				return err
			}
		}
	}
	return nil
}

// paragraphProps reads w:pPr: the style and list the paragraph takes, and
// whether its mark was deleted in tracked changes.
func (b *docxBody) paragraphProps(p *docxPara) error {
	return b.children(func(se xml.StartElement) error {
		switch {
		case docxIs(se.Name, "pStyle"):
			p.style, _ = docxAttr(se, "val")
		case docxIs(se.Name, "outlineLvl"):
			if v, ok := docxAttr(se, "val"); ok {
				if k, err := strconv.Atoi(v); err == nil {
					p.outline = k + 1
				}
			}
		case docxIs(se.Name, "numPr"):
			return b.children(func(se xml.StartElement) error {
				switch {
				case docxIs(se.Name, "numId"):
					p.numID, p.hasNumID = docxAttr(se, "val")
				case docxIs(se.Name, "ilvl"):
					if v, ok := docxAttr(se, "val"); ok {
						if k, err := strconv.Atoi(v); err == nil {
							p.ilvl, p.hasIlvl = k, true
						}
					}
				}
				return b.skip()
			})
		case docxIs(se.Name, "rPr"):
			return b.children(func(se xml.StartElement) error {
				if docxIs(se.Name, "del") || docxIs(se.Name, "moveFrom") {
					p.markDeleted = true
				}
				return b.skip()
			})
		}
		return b.skip()
	})
}

// inline reads one element inside a paragraph.
func (b *docxBody) inline(se xml.StartElement, p *docxPara) error {
	if se.Name.Space == docxCompatNS && se.Name.Local == "AlternateContent" {
		return b.alternate(func(se xml.StartElement) error { return b.inline(se, p) })
	}
	if se.Name.Space == docxMathNS {
		if se.Name.Local == "r" {
			return b.run(p)
		}
		return b.children(func(se xml.StartElement) error { return b.inline(se, p) })
	}
	if !docxW(se.Name) {
		return b.children(func(se xml.StartElement) error { return b.inline(se, p) })
	}
	switch se.Name.Local {
	case "r":
		return b.run(p)
	case "del", "moveFrom", "sdtPr", "sdtEndPr", "rPr", "pPrChange":
		return b.skip()
	case "p": // a paragraph inside a paragraph: malformed; read it on its own
		return b.paragraph(&docxInline{p})
	}
	// hyperlink, smartTag, ins, moveTo, fldSimple, customXml, sdt, sdtContent,
	// dir, bdo and other wrappers: their runs count.
	return b.children(func(se xml.StartElement) error { return b.inline(se, p) })
}

// run reads a w:r (or a math run): its text, tabs and breaks. Deleted text,
// field instructions and hidden text are no part of the page.
func (b *docxBody) run(p *docxPara) error {
	hidden := false
	return b.children(func(se xml.StartElement) error {
		if se.Name.Space == docxCompatNS && se.Name.Local == "AlternateContent" {
			return b.alternate(func(se xml.StartElement) error { return b.graphic(se, p) })
		}
		if se.Name.Space == docxMathNS && se.Name.Local == "t" {
			return b.text(p, hidden)
		}
		if !docxW(se.Name) {
			return b.graphic(se, p)
		}
		switch se.Name.Local {
		case "rPr":
			return b.children(func(se xml.StartElement) error {
				if docxIs(se.Name, "vanish") {
					hidden = docxOnOff(se)
				}
				return b.skip()
			})
		case "t":
			return b.text(p, hidden)
		case "tab", "ptab":
			b.write(p, hidden, "\t")
		case "br", "cr":
			b.write(p, hidden, "\n")
		case "noBreakHyphen":
			b.write(p, hidden, "-")
		case "sym":
			font, _ := docxAttr(se, "font")
			code, _ := docxAttr(se, "char")
			if v, err := strconv.ParseUint(code, 16, 16); err == nil {
				if s, ok := b.num.symbol(font, rune(v)); ok {
					b.write(p, hidden, s)
				} else if r := rune(v); r >= 0x20 && !(r >= 0xD800 && r < 0xE000) {
					b.write(p, hidden, string(r))
				}
			}
		case "drawing", "pict", "object":
			b.pictures++
			return b.children(func(se xml.StartElement) error { return b.graphic(se, p) })
		case "ruby":
			// The base text is printed; the reading above it (w:rt) is not.
			return b.children(func(se xml.StartElement) error {
				if docxIs(se.Name, "rubyBase") {
					return b.children(func(se xml.StartElement) error { return b.inline(se, p) })
				}
				return b.skip()
			})
		}
		// delText, instrText, delInstrText, fldChar, footnote and comment
		// references, softHyphen and the like print nothing here.
		return b.skip()
	})
}

// text reads a w:t's characters into the paragraph.
func (b *docxBody) text(p *docxPara, hidden bool) error {
	for {
		tok, err := b.toks.Token()
		if err != nil {
			return docxEOF(err)
		}
		switch t := tok.(type) {
		case xml.CharData:
			b.write(p, hidden, string(t))
		case xml.StartElement:
			if err := b.skip(); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}

func (b *docxBody) write(p *docxPara, hidden bool, s string) {
	if !hidden {
		p.text.WriteString(s)
	}
}

// graphic looks through a drawing or picture for the text boxes it holds
// (w:txbxContent, in DrawingML or VML); its shapes have no other text.
func (b *docxBody) graphic(se xml.StartElement, p *docxPara) error {
	switch {
	case se.Name.Space == docxCompatNS && se.Name.Local == "AlternateContent":
		return b.alternate(func(se xml.StartElement) error { return b.graphic(se, p) })
	case docxIs(se.Name, "txbxContent"):
		box := docxBox{content: &docxBuffer{}, before: strings.TrimSpace(p.text.String()) == ""}
		if err := b.blocks(box.content); err != nil {
			return err
		}
		p.boxes = append(p.boxes, box)
		return nil
	}
	return b.children(func(se xml.StartElement) error { return b.graphic(se, p) })
}

// docxBuffer keeps a text box's content until its paragraph is written.
type docxBuffer struct {
	items []func(docxSink) error
}

func (d *docxBuffer) paragraph(text string, heading int) error {
	d.items = append(d.items, func(s docxSink) error { return s.paragraph(text, heading) })
	return nil
}

func (d *docxBuffer) table(rows []docxRow) error {
	d.items = append(d.items, func(s docxSink) error { return s.table(rows) })
	return nil
}

func (d *docxBuffer) replay(s docxSink) error {
	for _, f := range d.items {
		if err := f(s); err != nil {
			return err
		}
	}
	return nil
}

// docxInline is a paragraph's text as a sink, for a paragraph met where
// only runs belong: its text runs on in the paragraph around it.
type docxInline struct{ p *docxPara }

func (d *docxInline) paragraph(text string, _ int) error {
	if d.p.text.Len() > 0 && text != "" {
		d.p.text.WriteString("\n")
	}
	d.p.text.WriteString(text)
	return nil
}

func (d *docxInline) table(rows []docxRow) error {
	for _, r := range rows {
		if err := d.paragraph(strings.Join(docxRowTexts(r), " "), 0); err != nil {
			return err
		}
	}
	return nil
}

// wordLines is the document's text as it is written, held within limit
// bytes: a table's merged cells repeat text, and a hostile grid could
// repeat it without end.
type wordLines struct {
	b     strings.Builder
	limit int64
	blank bool // the last line written is blank
}

func (d *wordLines) line(s string) error {
	if strings.TrimSpace(s) == "" {
		if d.blank || d.b.Len() == 0 {
			return nil // a run of empty paragraphs is one break
		}
		d.blank = true
	} else {
		d.blank = false
	}
	if int64(d.b.Len()+len(s)+1) > d.limit {
		return limitError("bytes of text", d.limit)
	}
	d.b.WriteString(s)
	d.b.WriteByte('\n')
	return nil
}

// paragraph writes a paragraph's lines. A heading is marked as Markdown
// marks it (## 二、明确目标): the parser reads Markdown, and the heading
// level is the structure the document itself declares.
func (d *wordLines) paragraph(text string, heading int) error {
	for i, l := range strings.Split(text, "\n") {
		// Trailing TABs go, unless the line is a row typed with TABs,
		// whose last cell may be empty.
		if t := strings.TrimRight(l, " \t\r\u3000"); strings.Contains(t, "\t") {
			l = strings.TrimRight(l, " \r\u3000")
		} else {
			l = t
		}
		if i == 0 && heading > 0 && strings.TrimSpace(l) != "" {
			l = strings.Repeat("#", heading) + " " + strings.TrimSpace(l)
		}
		if err := d.line(l); err != nil {
			return err
		}
	}
	return nil
}

// table writes a grid a row a line, the cells split by TAB; a row that is
// one cell across the table is written as the lines of its paragraphs.
func (d *wordLines) table(rows []docxRow) error {
	for _, r := range rows {
		if r.whole != nil {
			for _, para := range r.whole {
				if err := d.paragraph(para, 0); err != nil {
					return err
				}
			}
			continue
		}
		line := r.line
		if strings.TrimSpace(strings.ReplaceAll(line, "\t", "")) == "" {
			continue // a row with nothing in it
		}
		if err := d.line(line); err != nil {
			return err
		}
	}
	return nil
}

// String is the text, without the blank line a document may end with.
func (d *wordLines) String() string {
	return strings.TrimRight(d.b.String(), "\n")
}

// docxRowTexts is a row's non-empty cells (or its paragraphs).
func docxRowTexts(r docxRow) []string {
	src := r.whole
	if src == nil {
		src = strings.Split(r.line, "\t")
	}
	var out []string
	for _, c := range src {
		if c = docxCellText(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// docxCellText is a cell's text on one line: its breaks and tabs spaces.
func docxCellText(s string) string {
	return strings.TrimSpace(strings.NewReplacer("\n", " ", "\t", " ").Replace(s))
}
