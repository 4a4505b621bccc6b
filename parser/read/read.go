// Package read turns the bytes of a document format into text lines in
// reading order: PDF, Word (.docx and .doc) and HTML pages, each told by its
// content, not its name. Plain text is not read here: it goes on to decode as
// it is. A reader is a value behind the Reader interface, listed in All.
package read

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"
)

// Format names a kind of input as the record's source reports it.
type Format string

// The formats read here, and plain text, which is not.
const (
	Text Format = "text"
	PDF  Format = "pdf"
	DOCX Format = "docx"
	DOC  Format = "doc"
	HTML Format = "html"
)

// Result is a document as text. Lines are separated by "\n"; a page after
// the first opens with "\f" at the start of its first line, as pdftotext
// writes it, so a line's page is one more than the form feeds before it.
type Result struct {
	Format   Format
	Text     string
	Pages    int    // number of pages; 0 for a format without pages
	Encoding string // the charset an HTML page came in; empty otherwise
}

// Limits bound what one hostile file may cost. Each reader stops at the
// first it passes with an error that names the limit.
type Limits struct {
	Inflated int64         // bytes a compressed part may inflate to (.docx members)
	Pages    int           // pages of a PDF
	Glyphs   int           // characters on one PDF page
	Depth    int           // nesting of HTML or XML elements
	Time     time.Duration // wall time for one file
}

// DefaultLimits are generous for real documents (the longest bulletin seen
// runs to tens of pages) and small next to a machine's memory.
var DefaultLimits = Limits{
	Inflated: 256 << 20,
	Pages:    2000,
	Glyphs:   200_000,
	Depth:    512,
	Time:     2 * time.Minute,
}

// Reader reads one format.
type Reader interface {
	// Format is the format this reader reads.
	Format() Format
	// Sniff reports whether data, a whole file, is of this format, judged
	// by its content.
	Sniff(data []byte) bool
	// Read returns the document's text. ctx ends a read that takes too long
	// or is cancelled.
	Read(ctx context.Context, data []byte, lim Limits) (*Result, error)
}

// All lists the readers in the order they are tried: those whose mark
// stands at the file's first byte, then HTML, then PDF, whose %PDF- may
// follow a little junk (and so could sit in a page's head).
var All = []Reader{
	docxReader{},
	docReader{},
	htmlReader{},
	pdfReader{},
}

// Detect returns the reader for data, or nil when data is to be read as
// plain text.
func Detect(data []byte) Reader {
	for _, r := range All {
		if r.Sniff(data) {
			return r
		}
	}
	return nil
}

// DetectFile is Detect for a file that has a name. A file named as
// Markdown (.md, .markdown) that opens with a fragment of HTML (<div
// class="main">, <p>) rather than a page (<!DOCTYPE html>, <html>) is
// Markdown with raw HTML in it, as pandoc -t gfm writes a saved page (its
// blocks between <div> lines, CommonMark 0.31 4.6): it is read as text,
// the tags taken off line by line, and not as one page whose words, set
// outside any <p>, would run together. Content alone cannot tell the two
// apart; the name can.
func DetectFile(name string, data []byte) Reader {
	r := Detect(data)
	if r == nil || r.Format() != HTML || !MarkdownName(name) {
		return r
	}
	head := bytes.TrimLeft(bytes.TrimPrefix(data[:min(len(data), htmlSniffLen)], htmlBOMUTF8), " \t\r\n\f")
	// A comment may open a page (<!-- saved from url=… -->, as a browser
	// saves one): the page starts after it.
	for bytes.HasPrefix(head, []byte("<!--")) {
		end := bytes.Index(head, []byte("-->"))
		if end < 0 {
			break
		}
		head = bytes.TrimLeft(head[end+len("-->"):], " \t\r\n\f")
	}
	for _, page := range []string{"<!doctype", "<html", "<?xml"} {
		if len(head) >= len(page) && strings.EqualFold(string(head[:len(page)]), page) {
			return r
		}
	}
	return nil
}

// MarkdownName reports whether name ends as a Markdown file's does.
func MarkdownName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		return true
	}
	return false
}

// Errors a user may see, wrapped with detail by the readers.
var (
	// ErrNoText is a document with no text to read: a PDF with no text
	// layer (a scan) or a Word file with no paragraphs.
	ErrNoText = errors.New("no text layer (scanned?): needs OCR")
	// ErrEncrypted is a file that needs a password.
	ErrEncrypted = errors.New("encrypted: needs a password")
	// ErrBroken is a file that says it is of a format but cannot be read as it.
	ErrBroken = errors.New("damaged file")
	// ErrLimit is a file that passes one of the Limits.
	ErrLimit = errors.New("over a limit")
	// ErrNeedsProgram is a format read through a program that is not installed.
	ErrNeedsProgram = errors.New("needs a program that is not installed")
)

// limitError names the limit a file passed.
func limitError(what string, limit any) error {
	return fmt.Errorf("%w: more than %v %s", ErrLimit, limit, what)
}
