// Package parser turns the bytes of a civil-affairs document into a record.
// The pipeline runs one way: read (a PDF, Word file or web page to text) or
// decode (bytes of text to UTF-8) → clean (lines repaired,
// original line numbers kept) → layout (the document's skeleton) → extract
// (typed values per item) → the schema.Record. No stage reaches back into an
// earlier one.
package parser

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"bulletin/parser/clean"
	"bulletin/parser/decode"
	"bulletin/parser/hant"
	"bulletin/parser/layout"
	"bulletin/parser/layout/cue"
	"bulletin/parser/lexicon"
	"bulletin/parser/read"
	"bulletin/parser/segment"
	"bulletin/schema"
)

// Source is one document to parse.
type Source struct {
	Path     string // as the user gave it; "-" for standard input
	Data     []byte
	Encoding string // forced encoding; empty to detect
}

// Errors for input that holds no document.
var (
	ErrEmpty       = errors.New("empty file")
	ErrNoStructure = errors.New("no document structure: no text lines")
	ErrNoChinese   = errors.New("no document structure: no Chinese text")
)

// ErrInternal is a fault of the parser's own that a file brought out (a
// panic recovered): no fault of the file's, and a bug to report.
var ErrInternal = errors.New("internal error")

// Parse reads one document. A defect of the parser on some input is
// returned as an error naming it, never a crash of the caller.
func Parse(src Source) (*schema.Record, error) {
	return ParseContext(context.Background(), src)
}

// ParseContext is Parse that ctx can cancel while a format is read (a PDF's
// pages, a program that reads a .doc).
func ParseContext(ctx context.Context, src Source) (*schema.Record, error) {
	rec, _, err := ParseWithText(ctx, src)
	return rec, err
}

// ParseWithText is ParseContext that also returns the text whose lines the
// record's positions number (see Text), read once for both.
func ParseWithText(ctx context.Context, src Source) (rec *schema.Record, text string, err error) {
	defer func() {
		if r := recover(); r != nil {
			rec, text, err = nil, "", fmt.Errorf("%w, please report with this file: %v", ErrInternal, r)
		}
	}()
	if len(src.Data) == 0 {
		return nil, "", ErrEmpty
	}
	segment.Preload() // the loads overlap decoding and layout
	lexicon.Preload()
	st, err := readSource(ctx, src)
	if err != nil {
		return nil, "", err
	}
	// What the record needs of the bytes is taken now, so that nothing
	// below holds them: the text is a copy, and the bytes of a 16 MB
	// document are then free for the rest of the parse.
	sum := sha256.Sum256(src.Data)
	source := schema.Source{Path: src.Path, Format: string(st.format), Pages: st.pages, Bytes: int64(len(src.Data)), SHA256: hex.EncodeToString(sum[:]), Encoding: st.enc}
	var replaced *schema.Warning
	if r := st.replaced; r.Replaced > 0 {
		replaced = &schema.Warning{
			Line: 1 + bytes.Count(src.Data[:max(r.FirstBad, 0)], []byte("\n")), Code: "bytes-replaced",
			Message: fmt.Sprintf("%d bytes not valid %s read as U+FFFD; the first at byte %d", r.Replaced, st.enc, r.FirstBad),
		}
	}
	src.Data = nil
	// A PDF's font map may spell characters as radicals (⺠ for 民): they
	// are written as the ideographs they stand for before anything reads
	// the text, the printed forms a record puts back included.
	st.text = clean.FoldRadicals(st.text)
	// The stages below match on a copy with traditional characters in
	// their simplified form (the lexicons and cues are simplified); the
	// copy keeps every byte offset and line, and what the record holds is
	// put back in its printed form once it is built.
	matched := hant.Map(st.text)
	lines := clean.LinesOn(matched, cue.WorkersFor(len(st.text)))
	printed := st.lines()
	if st.format == read.Text && read.MarkdownName(src.Path) {
		lines = clean.JoinSoftBreaks(lines)
		printed = softJoined(printed, lines)
	}
	if !hasText(lines) {
		return nil, "", ErrNoStructure
	}
	if !hasHan(st.text) {
		return nil, "", ErrNoChinese
	}
	doc := layout.Analyze(lines)
	seg, err := segment.Shared()
	if err != nil {
		return nil, "", err
	}
	rec = build(doc, seg)
	if matched != st.text {
		hant.NewPrinted(printed).Restore(&rec.Document, &rec.Items, &rec.Passages, &rec.Warnings)
	}
	lastTitleWins(rec)      // on the titles as printed, 繁體 restored
	untitledDuplicates(rec) // 联系人:某某 beside 作者:某某 (record_people.go)
	creditDuplicates(rec)   // 审核:某某 beside 主任某某 (record_people.go)
	rec.Source = source
	if st.pages > 0 {
		setPages(rec, st.text)
	}
	if replaced != nil {
		rec.Warnings = append(rec.Warnings, *replaced)
	}
	return rec, st.lines(), nil
}

// sourceText is a document's bytes as text: read from its format, or
// decoded from its encoding.
type sourceText struct {
	format   read.Format
	pages    int
	text     string
	enc      string
	replaced decode.Decoded // bytes read as U+FFFD, with --encoding NAME:replace
}

// readSource turns a document's bytes into text: the reader of its format,
// or decode for text.
func readSource(ctx context.Context, src Source) (sourceText, error) {
	r := read.DetectFile(src.Path, src.Data)
	if r == nil {
		d, err := decode.Decode(src.Data, src.Encoding)
		if err != nil {
			return sourceText{}, err
		}
		return sourceText{format: read.Text, text: d.Text, enc: d.Encoding, replaced: d}, nil
	}
	ctx, cancel := context.WithTimeout(ctx, read.DefaultLimits.Time)
	defer cancel()
	res, err := r.Read(ctx, src.Data, read.DefaultLimits)
	if errors.Is(err, context.DeadlineExceeded) {
		err = fmt.Errorf("%w: reading took longer than the %v allowed for one file", read.ErrLimit, read.DefaultLimits.Time)
	}
	if err != nil {
		return sourceText{}, fmt.Errorf("%s: %w", r.Format(), err)
	}
	return sourceText{format: res.Format, pages: res.Pages, text: res.Text, enc: cmp.Or(res.Encoding, decode.UTF8)}, nil
}

// lines is the text as Text gives it: line ends as clean.Lines counts them
// (CRLF, CR and LF each end one) made "\n", and no byte-order mark.
func (st sourceText) lines() string {
	t := strings.TrimPrefix(st.text, "\uFEFF")
	t = strings.ReplaceAll(t, "\r\n", "\n")
	return strings.ReplaceAll(t, "\r", "\n")
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

func hasText(lines []clean.Line) bool {
	for _, l := range lines {
		if !l.Blank() {
			return true
		}
	}
	return false
}

// Error is a failure to parse one file, naming it.
type Error struct {
	Path string
	Line int // 0 when no line applies
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// softJoined is text with each Markdown paragraph's lines joined as
// clean.JoinSoftBreaks joined them into lines, the lines they gave up left
// empty: a value read from a joined line is found on that line's number
// when its printed form is put back.
func softJoined(text string, lines []clean.Line) string {
	raw := strings.Split(text, "\n")
	kept := make(map[int]bool, len(lines))
	for _, l := range lines {
		kept[l.Num] = true
	}
	into := -1 // the raw line a paragraph's lines join
	for n := range raw {
		if kept[n+1] || into < 0 {
			into = n
			continue
		}
		raw[into] = clean.JoinSoft(strings.TrimRight(raw[into], " \t"), strings.TrimLeft(raw[n], " \t"))
		raw[n] = ""
	}
	return strings.Join(raw, "\n")
}
