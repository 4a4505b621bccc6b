package read

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// The charsets a record reports for an HTML page (schema.Source.Encoding).
// They are the names parser/decode uses for text files; read sits left of
// decode in the pipeline and does not import it.
const (
	htmlUTF8    = "utf-8"
	htmlUTF8BOM = "utf-8-bom"
	htmlUTF16LE = "utf-16le"
	htmlUTF16BE = "utf-16be"
	htmlGB18030 = "gb18030"
)

var (
	htmlBOMUTF8    = []byte{0xEF, 0xBB, 0xBF}
	htmlBOMUTF16LE = []byte{0xFF, 0xFE}
	htmlBOMUTF16BE = []byte{0xFE, 0xFF}
)

// htmlXMLEncoding reads the encoding of an XML declaration (XHTML pages
// saved with <?xml version="1.0" encoding="gb2312"?>), which the HTML
// prescan does not look at.
var htmlXMLEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)

// htmlDecode turns a page's bytes into UTF-8 and names the charset it came
// in as the record reports it. The order is a browser's: a byte order mark,
// then the page's own declaration (<meta charset>, <meta http-equiv
// content-type>, an XML declaration), then the bytes themselves. A
// declaration the bytes plainly contradict loses: a page re-saved as UTF-8
// keeps its old <meta charset="gb2312">, and GBK bytes are never valid
// UTF-8 over any length of Chinese text.
func htmlDecode(ctx context.Context, data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, htmlBOMUTF8):
		return htmlValidUTF8(data[len(htmlBOMUTF8):]), htmlUTF8BOM, nil
	case bytes.HasPrefix(data, htmlBOMUTF16LE):
		s, err := htmlTranscode(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data)
		return s, htmlUTF16LE, err
	case bytes.HasPrefix(data, htmlBOMUTF16BE):
		s, err := htmlTranscode(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data)
		return s, htmlUTF16BE, err
	}
	enc, name := htmlDeclaredCharset(ctx, data)
	high := htmlHasHighBit(data)
	switch {
	case !high:
		// ASCII reads the same in every charset a page may declare.
		if htmlGBKFamily(name) {
			return string(data), htmlGB18030, nil
		}
		return string(data), htmlUTF8, nil
	case utf8.Valid(data):
		// Declared UTF-8, or nothing declared, or a declaration of a
		// legacy charset over bytes that can only be UTF-8.
		return string(data), htmlUTF8, nil
	case enc == nil || name == htmlUTF8 || htmlGBKFamily(name):
		// Chinese bureau pages that are not UTF-8 are GBK or one of its
		// kin (gb2312, gbk, gb18030): GB18030 reads them all.
		s, err := htmlTranscode(simplifiedchinese.GB18030, data)
		return s, htmlGB18030, err
	default:
		// Another declared charset (big5, windows-1252 …): read it so,
		// and report UTF-8, the text the record holds.
		s, err := htmlTranscode(enc, data)
		return s, htmlUTF8, err
	}
}

// htmlGBKFamily reports whether an encoding name (as charset.Lookup
// canonicalises it) is one of the GBK family.
func htmlGBKFamily(name string) bool {
	switch name {
	case "gbk", "gb18030", "gb2312":
		return true
	}
	return false
}

// htmlDeclaredCharset finds the charset a page declares: its XML
// declaration or a <meta> in its head. Unlike charset.DetermineEncoding it
// looks through the whole head, not only its first 1024 bytes: saved pages
// often open with long comments and scripts. It stops at <body>.
func htmlDeclaredCharset(ctx context.Context, data []byte) (encoding.Encoding, string) {
	if m := htmlXMLEncoding.FindSubmatch(data); m != nil {
		if e, name := charset.Lookup(string(m[1])); e != nil {
			return e, name
		}
	}
	z := html.NewTokenizer(bytes.NewReader(data))
	for n := 0; ; n++ {
		if n%1024 == 0 && ctx.Err() != nil {
			return nil, ""
		}
		switch z.Next() {
		case html.ErrorToken:
			return nil, ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return nil, ""
			case "meta":
				if !hasAttr {
					continue
				}
				if e, cs := htmlMetaCharset(z); e != nil {
					return e, cs
				}
			}
		}
	}
}

// htmlMetaCharset reads <meta charset="…"> or <meta http-equiv=
// "Content-Type" content="text/html; charset=…">.
func htmlMetaCharset(z *html.Tokenizer) (encoding.Encoding, string) {
	var label, content string
	httpEquiv := false
	for {
		k, v, more := z.TagAttr()
		switch strings.ToLower(string(k)) {
		case "charset":
			label = string(v)
		case "content":
			content = string(v)
		case "http-equiv":
			httpEquiv = strings.EqualFold(strings.TrimSpace(string(v)), "content-type")
		}
		if !more {
			break
		}
	}
	if label == "" && httpEquiv {
		// Lower ASCII letters byte by byte: strings.ToLower would turn
		// invalid bytes into U+FFFD and move the offsets off content's.
		lc := []byte(content)
		for k, c := range lc {
			if 'A' <= c && c <= 'Z' {
				lc[k] = c + 'a' - 'A'
			}
		}
		if i := strings.Index(string(lc), "charset"); i >= 0 {
			rest := strings.TrimLeft(content[i+len("charset"):], " \t")
			if strings.HasPrefix(rest, "=") {
				label = strings.Trim(strings.TrimSpace(rest[1:]), `"';`)
				if j := strings.IndexAny(label, " ;\"'"); j >= 0 {
					label = label[:j]
				}
			}
		}
	}
	if label == "" {
		return nil, ""
	}
	e, name := charset.Lookup(label)
	if name == "utf-16le" || name == "utf-16be" {
		// A page that declares UTF-16 without a byte order mark is
		// read as ASCII-compatible, as browsers do (WHATWG prescan).
		e, name = charset.Lookup("utf-8")
	}
	return e, name
}

// htmlTranscode decodes data with e; bytes that are not of e become U+FFFD.
func htmlTranscode(e encoding.Encoding, data []byte) (string, error) {
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return "", err
	}
	return htmlValidUTF8(out), nil
}

// htmlValidUTF8 returns b as a string with invalid sequences replaced.
func htmlValidUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

// htmlHasHighBit reports whether data holds any byte outside ASCII.
func htmlHasHighBit(data []byte) bool {
	for _, c := range data {
		if c >= 0x80 {
			return true
		}
	}
	return false
}
