package read

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// docxReader reads Word 2007+ files (.docx, .docm, .dotx): a zip of XML
// parts whose main part, word/document.xml, holds the body's paragraphs and
// tables in reading order. Numbering (numbering.xml) and paragraph styles
// (styles.xml) are read first, so that the labels Word prints before a
// numbered paragraph (一、 （一） 1.) come out with its text. Headers,
// footers, footnotes and comments live in other parts and are not read:
// they are no part of the document's body.
type docxReader struct{}

func (docxReader) Format() Format { return DOCX }

// docxZipHeader opens every member of a zip; a Word file opens with one.
var docxZipHeader = []byte("PK\x03\x04")

// docxMainPart is where Word puts the main document part; the package's
// relationships (_rels/.rels) may name another, and are read first.
const docxMainPart = "word/document.xml"

// Sniff accepts a zip holding word/document.xml. A zip whose directory
// cannot be read (a truncated download) is still taken for a Word file when
// one of its members' local headers names a part under word/, so that the
// reader can say it is damaged rather than have it read as text.
func (docxReader) Sniff(data []byte) bool {
	if !bytes.HasPrefix(data, docxZipHeader) {
		return false
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return docxLocalHeaderNames(data)
	}
	return docxFind(zr, docxMainPart) != nil
}

// docxLocalHeaderNames reports whether a local file header in data names a
// part of a Word document (word/...).
func docxLocalHeaderNames(data []byte) bool {
	for at := 0; ; {
		k := bytes.Index(data[at:], docxZipHeader)
		if k < 0 {
			return false
		}
		at += k
		const fixed = 30 // the local header's fixed fields
		if at+fixed <= len(data) {
			n := int(data[at+26]) | int(data[at+27])<<8
			if at+fixed+n <= len(data) && strings.HasPrefix(strings.ToLower(string(data[at+fixed:at+fixed+n])), "word/") {
				return true
			}
		}
		at += len(docxZipHeader)
	}
}

func (docxReader) Read(ctx context.Context, data []byte, lim Limits) (*Result, error) {
	lim = wordLimits(lim)
	ctx, cancel := context.WithTimeout(ctx, lim.Time)
	defer cancel()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, fmt.Errorf("not a readable zip (%v): %w", err, ErrBroken)
	}
	pkg := &docxPackage{ctx: ctx, zip: zr, lim: lim, budget: lim.Inflated}
	main := pkg.mainPart()
	if main == nil {
		return nil, fmt.Errorf("no %s in the zip: %w", docxMainPart, ErrBroken)
	}
	rels := pkg.relations(main.Name)
	num, err := pkg.numbering(pkg.related(main.Name, rels, "numbering", "word/numbering.xml"),
		pkg.related(main.Name, rels, "styles", "word/styles.xml"))
	if err != nil {
		return nil, err
	}
	text, pictures, err := pkg.body(main, num)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(strings.ReplaceAll(text, "\t", "")) == "" {
		if pictures > 0 {
			return nil, fmt.Errorf("no paragraphs of text, %d pictures (a scan?): %w", pictures, ErrNoText)
		}
		return nil, fmt.Errorf("no paragraphs of text: %w", ErrNoText)
	}
	return &Result{Format: DOCX, Text: text, Encoding: "utf-8"}, nil
}

// wordLimits fills the limits left at zero with DefaultLimits', so that a
// caller who sets one limit does not lift the others.
func wordLimits(l Limits) Limits {
	d := DefaultLimits
	if l.Inflated <= 0 {
		l.Inflated = d.Inflated
	}
	if l.Pages <= 0 {
		l.Pages = d.Pages
	}
	if l.Glyphs <= 0 {
		l.Glyphs = d.Glyphs
	}
	if l.Depth <= 0 {
		l.Depth = d.Depth
	}
	if l.Time <= 0 {
		l.Time = d.Time
	}
	return l
}

// docxPackage is an open Word file: its zip, and what is left of the bytes
// its parts may inflate to, shared by every part read.
type docxPackage struct {
	ctx    context.Context
	zip    *zip.Reader
	lim    Limits
	budget int64
}

// docxFind returns the member named name, compared as OPC part names are,
// without regard to case or a leading slash.
func docxFind(zr *zip.Reader, name string) *zip.File {
	if zr == nil {
		return nil
	}
	name = strings.TrimPrefix(name, "/")
	for _, f := range zr.File {
		if strings.EqualFold(strings.TrimPrefix(f.Name, "/"), name) {
			return f
		}
	}
	return nil
}

// docxRelation is one relationship of a part: its type and target.
type docxRelation struct {
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
	Mode   string `xml:"TargetMode,attr"`
}

// relations reads the relationships of the part named part (from
// _rels/NAME.rels beside it). A missing or unreadable file gives none: the
// parts are then looked for where Word puts them.
func (p *docxPackage) relations(part string) []docxRelation {
	dir, file := path.Split(strings.TrimPrefix(part, "/"))
	f := docxFind(p.zip, dir+"_rels/"+file+".rels")
	if f == nil {
		return nil
	}
	var rels struct {
		List []docxRelation `xml:"Relationship"`
	}
	if err := p.decode(f, &rels); err != nil {
		return nil
	}
	return rels.List
}

// mainPart is the package's main document: the officeDocument relationship
// of the package, or word/document.xml.
func (p *docxPackage) mainPart() *zip.File {
	for _, r := range p.relations("") {
		if strings.HasSuffix(r.Type, "/officeDocument") && r.Mode != "External" {
			if f := docxFind(p.zip, path.Clean("/"+r.Target)); f != nil && strings.HasSuffix(strings.ToLower(f.Name), ".xml") {
				return f
			}
		}
	}
	return docxFind(p.zip, docxMainPart)
}

// related finds the part of type kind (styles, numbering) that the part
// named from points to, or the member at fallback.
func (p *docxPackage) related(from string, rels []docxRelation, kind, fallback string) *zip.File {
	for _, r := range rels {
		if strings.HasSuffix(r.Type, "/"+kind) && r.Mode != "External" {
			target := r.Target
			if !strings.HasPrefix(target, "/") {
				target = path.Join(path.Dir(from), target)
			}
			if f := docxFind(p.zip, path.Clean("/"+target)); f != nil {
				return f
			}
		}
	}
	return docxFind(p.zip, fallback)
}

// open returns a part's XML as tokens: inflated within what is left of the
// budget, nested no deeper than lim.Depth, and stopping when ctx ends.
func (p *docxPackage) open(f *zip.File) (*wordTokens, io.Closer, error) {
	if f.UncompressedSize64 > uint64(p.budget) {
		return nil, nil, fmt.Errorf("%s: %w", f.Name, limitError("bytes inflated", p.lim.Inflated))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %v: %w", f.Name, err, ErrBroken)
	}
	br := bufio.NewReader(&docxBudgetReader{r: rc, p: p})
	var r io.Reader = br
	// A part may be stored as UTF-16 with its byte-order mark; the XML
	// decoder reads UTF-8 only.
	if bom, _ := br.Peek(2); len(bom) == 2 && (bom[0] == 0xFF && bom[1] == 0xFE || bom[0] == 0xFE && bom[1] == 0xFF) {
		r = transform.NewReader(br, unicode.BOMOverride(unicode.UTF8.NewDecoder()))
	}
	dec := xml.NewDecoder(r)
	dec.CharsetReader = func(charset string, in io.Reader) (io.Reader, error) {
		switch strings.ToLower(charset) {
		case "utf-8", "utf8", "utf-16", "utf16", "unicode":
			return in, nil // already UTF-8, turned so above if it came as UTF-16
		}
		return nil, fmt.Errorf("charset %q", charset)
	}
	return &wordTokens{ctx: p.ctx, dec: dec, max: p.lim.Depth}, rc, nil
}

// decode reads a whole part into v.
func (p *docxPackage) decode(f *zip.File, v any) error {
	toks, c, err := p.open(f)
	if err != nil {
		return err
	}
	defer c.Close()
	return toks.wrap(xml.NewTokenDecoder(toks).Decode(v), f.Name)
}

// docxBudgetReader inflates a part while the package's budget lasts.
type docxBudgetReader struct {
	r io.Reader
	p *docxPackage
}

func (b *docxBudgetReader) Read(buf []byte) (int, error) {
	if int64(len(buf)) > b.p.budget+1 {
		buf = buf[:b.p.budget+1]
	}
	n, err := b.r.Read(buf)
	b.p.budget -= int64(n)
	if b.p.budget < 0 {
		return 0, limitError("bytes inflated", b.p.lim.Inflated)
	}
	return n, err
}

// wordTokens reads a part's XML tokens, stopping at lim.Depth levels of
// nesting and when ctx ends, so that no part can run a reader deeper or
// longer than its limits.
type wordTokens struct {
	ctx   context.Context
	dec   *xml.Decoder
	depth int
	max   int
}

func (t *wordTokens) Token() (xml.Token, error) {
	tok, err := t.dec.Token()
	if err != nil {
		return nil, err
	}
	switch tok.(type) {
	case xml.StartElement:
		t.depth++
		if t.depth > t.max {
			return nil, limitError("levels of XML nesting", t.max)
		}
		if err := t.ctx.Err(); err != nil {
			return nil, err
		}
	case xml.EndElement:
		t.depth--
	}
	return tok, nil
}

// wrap gives an error met in the part named name its kind: a limit or the
// context as they are, anything else a damaged file.
func (t *wordTokens) wrap(err error, name string) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrLimit), errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("%s: %w", name, err)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%s ends early: %w", name, ErrBroken)
	}
	return fmt.Errorf("%s: %v: %w", name, err, ErrBroken)
}
