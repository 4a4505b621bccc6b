package read

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding/unicode"
)

// htmlReader reads web pages saved from a bureau's site, UTF-8 or GBK: the
// article's headline, its information block and its body, without the
// site around them (see htmlArticle).
type htmlReader struct{}

func (htmlReader) Format() Format { return HTML }

// htmlSniffLen is how much of a file the WHATWG sniffing rules look at.
const htmlSniffLen = 512

// Sniff judges by content, as a browser does (WHATWG MIME sniffing, which
// net/http.DetectContentType implements): the file opens, after white
// space, with a tag only HTML has (<!DOCTYPE HTML, <html, <head, <body,
// <p, <div, <table …, or a comment). An XHTML page opens with an XML
// declaration and then its <html> element. Plain text that holds a < only
// somewhere inside is text.
func (htmlReader) Sniff(data []byte) bool {
	head := data[:min(len(data), 4*htmlSniffLen)]
	switch {
	case bytes.HasPrefix(head, htmlBOMUTF16LE):
		head = htmlUTF16Head(head, unicode.LittleEndian)
	case bytes.HasPrefix(head, htmlBOMUTF16BE):
		head = htmlUTF16Head(head, unicode.BigEndian)
	default:
		head = bytes.TrimPrefix(head, htmlBOMUTF8)
	}
	if strings.HasPrefix(http.DetectContentType(head), "text/html") {
		return true
	}
	return htmlXHTML(head)
}

// htmlUTF16Head decodes the head of a UTF-16 file for sniffing.
func htmlUTF16Head(head []byte, order unicode.Endianness) []byte {
	out, err := unicode.UTF16(order, unicode.ExpectBOM).NewDecoder().Bytes(head[:len(head)&^1])
	if err != nil {
		return nil
	}
	return out
}

// htmlXHTML reports whether head is an XML declaration followed (past
// comments, processing instructions and a doctype) by an <html> element.
func htmlXHTML(head []byte) bool {
	s := bytes.TrimLeft(head, " \t\r\n\f")
	if !bytes.HasPrefix(s, []byte("<?xml")) {
		return false
	}
	for {
		s = bytes.TrimLeft(s, " \t\r\n\f")
		var end []byte
		switch {
		case bytes.HasPrefix(s, []byte("<?")):
			end = []byte("?>")
		case bytes.HasPrefix(s, []byte("<!--")):
			end = []byte("-->")
		case len(s) >= 9 && bytes.EqualFold(s[:9], []byte("<!doctype")):
			end = []byte(">")
		default:
			if len(s) < 6 || !bytes.EqualFold(s[:5], []byte("<html")) {
				return false
			}
			switch s[5] {
			case ' ', '\t', '\r', '\n', '\f', '>', '/':
				return true
			}
			return false
		}
		i := bytes.Index(s, end)
		if i < 0 {
			return false
		}
		s = s[i+len(end):]
	}
}

// htmlReadChunk is how much of the page the HTML parser takes at a time
// between two looks at ctx.
const htmlReadChunk = 64 << 10

// htmlParserDepth is the deepest nesting golang.org/x/net/html builds: past
// it the parser gives up on the page ("open stack of elements exceeds
// 512 nodes").
const htmlParserDepth = 512

func (htmlReader) Read(ctx context.Context, data []byte, lim Limits) (*Result, error) {
	if lim.Time > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, lim.Time)
		defer cancel()
	}
	text, enc, err := htmlDecode(ctx, data)
	if err != nil {
		return nil, fmt.Errorf("html: %v: %w", err, ErrBroken)
	}
	doc, err := htmlParse(ctx, text, lim)
	if err != nil {
		return nil, err
	}
	lines, err := htmlArticle(ctx, doc, text, len(data))
	if err != nil {
		return nil, fmt.Errorf("html: %w", err)
	}
	if len(lines) == 0 {
		return nil, fmt.Errorf("html: the page shows no text: %w", ErrNoText)
	}
	return &Result{Format: HTML, Text: strings.Join(lines, "\n"), Encoding: enc}, nil
}

// htmlParse parses a page, ctx looked at between chunks of it, and holds it
// to the depth limit: a page nested deeper than lim.Depth (or than the
// parser itself goes) is refused with an error that names the limit; the
// tree is never walked by recursion deeper than that.
func htmlParse(ctx context.Context, text string, lim Limits) (*html.Node, error) {
	r := &htmlCtxReader{ctx: ctx, r: strings.NewReader(text)}
	doc, err := html.Parse(r)
	switch {
	case r.err != nil:
		return nil, fmt.Errorf("html: %w", r.err)
	case err != nil && strings.Contains(err.Error(), "exceeds"):
		return nil, fmt.Errorf("html: %w", limitError("levels of nested elements", min(htmlParserDepth, htmlDepthLimit(lim))))
	case err != nil:
		return nil, fmt.Errorf("html: %v: %w", err, ErrBroken)
	}
	if d := htmlDepth(doc); d > htmlDepthLimit(lim) {
		return nil, fmt.Errorf("html: %w", limitError("levels of nested elements", htmlDepthLimit(lim)))
	}
	return doc, nil
}

// htmlDepthLimit is the nesting a page may have: lim.Depth, or the
// parser's own bound where lim sets none.
func htmlDepthLimit(lim Limits) int {
	if lim.Depth <= 0 {
		return htmlParserDepth
	}
	return lim.Depth
}

// htmlDepth measures the deepest nesting of elements in a tree, without
// recursion.
func htmlDepth(doc *html.Node) int {
	deepest, d := 0, 0
	n := doc
	for n != nil {
		if n.Type == html.ElementNode {
			deepest = max(deepest, d+1)
		}
		if n.FirstChild != nil {
			if n.Type == html.ElementNode {
				d++
			}
			n = n.FirstChild
			continue
		}
		for n != nil && n.NextSibling == nil {
			n = n.Parent
			if n != nil && n.Type == html.ElementNode {
				d--
			}
		}
		if n != nil {
			n = n.NextSibling
		}
	}
	return deepest
}

// htmlCtxReader hands the parser the page a chunk at a time and stops when
// ctx ends.
type htmlCtxReader struct {
	ctx context.Context
	r   *strings.Reader
	err error
}

func (c *htmlCtxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		c.err = err
		return 0, err
	}
	if len(p) > htmlReadChunk {
		p = p[:htmlReadChunk]
	}
	return c.r.Read(p)
}
