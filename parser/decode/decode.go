// Package decode turns the bytes of a file into UTF-8 text and says which
// encoding they were in: UTF-8 with or without BOM, UTF-16 with BOM, or
// GB18030/GBK, the common encoding of Chinese government files.
package decode

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Names of the encodings as the record reports them.
const (
	UTF8    = "utf-8"
	UTF8BOM = "utf-8-bom"
	UTF16LE = "utf-16le"
	UTF16BE = "utf-16be"
	GB18030 = "gb18030"
)

// ErrBinary is returned for input that holds NUL bytes: not text, and not
// one of the formats the read package knows either.
var ErrBinary = errors.New("binary data (NUL bytes): not text, nor a PDF, Word or HTML file")

// ErrUnknownEncoding is returned when the bytes are neither UTF-8, UTF-16
// nor GB18030.
var ErrUnknownEncoding = errors.New("not UTF-8, UTF-16 or GB18030 text; name the encoding with --encoding")

// Replace is the suffix of an encoding name that reads bytes invalid in it
// as U+FFFD instead of refusing the file: "utf-8:replace".
const Replace = ":replace"

// Decoded is text decoded from bytes.
type Decoded struct {
	Text     string
	Encoding string // one of the names above
	Replaced int    // bytes invalid in the encoding, read as U+FFFD (with :replace)
	FirstBad int    // the offset of the first of them
}

// Check reports whether name is an encoding Decode knows, so that a
// command can refuse a wrong --encoding once instead of once per file.
func Check(name string) error {
	if name == "" {
		return nil
	}
	_, err := lookup(strings.TrimSuffix(name, Replace))
	return err
}

func lookup(name string) (encoding.Encoding, error) {
	label := strings.ToLower(strings.TrimSpace(name))
	if label == "utf8" {
		label = "utf-8"
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, fmt.Errorf("unknown encoding %q", name)
	}
	return enc, nil
}

// Decode decodes b. name forces an encoding, as Text; with the Replace
// suffix, bytes invalid in it are replaced and counted instead of refused.
func Decode(b []byte, name string) (Decoded, error) {
	if base, ok := strings.CutSuffix(name, Replace); ok {
		return replacing(b, base)
	}
	t, enc, err := Text(b, name)
	return Decoded{Text: t, Encoding: enc}, err
}

// replacing decodes b in the named encoding (UTF-8 when empty), reading
// each byte that does not decode as U+FFFD.
func replacing(b []byte, name string) (Decoded, error) {
	if name == "" {
		name = UTF8
	}
	enc, err := lookup(name)
	if err != nil {
		return Decoded{}, err
	}
	canon, _ := htmlindex.Name(enc)
	canon = strings.ToLower(canon)
	if canon != UTF8 {
		// The x/text decoders replace what they cannot read already.
		t, _, err := with(enc, b, canon)
		if err == nil {
			return Decoded{Text: t, Encoding: canonical(canon)}, nil
		}
		out, _ := enc.NewDecoder().Bytes(b)
		return Decoded{Text: string(out), Encoding: canonical(canon), Replaced: bytes.Count(out, []byte("\uFFFD")), FirstBad: -1}, nil
	}
	d := Decoded{Encoding: UTF8, FirstBad: -1}
	b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
	var sb strings.Builder
	sb.Grow(len(b))
	walkUTF8(b, func(i int) {
		if d.Replaced == 0 {
			d.FirstBad = i
		}
		d.Replaced++
		sb.WriteRune(utf8.RuneError)
	}, func(r []byte) { sb.Write(r) })
	d.Text = sb.String()
	if strings.IndexByte(d.Text, 0) >= 0 {
		return Decoded{}, ErrBinary
	}
	return d, nil
}

func canonical(c string) string {
	if c == "gbk" {
		return GB18030
	}
	return c
}

// Text decodes b. name forces an encoding (any WHATWG label such as "gbk",
// "gb18030", "utf-16le", "utf-8"); empty means detect.
func Text(b []byte, name string) (text, encodingUsed string, err error) {
	if name != "" {
		return forced(b, name)
	}
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
		if !utf8.Valid(b) {
			return "", "", fmt.Errorf("UTF-8 BOM but invalid UTF-8 at byte %d", invalidAt(b)+3)
		}
		return string(b), UTF8BOM, nil
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return with(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), b, UTF16LE)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return with(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), b, UTF16BE)
	}
	if bytes.IndexByte(b, 0) >= 0 {
		// UTF-16 of Chinese text is never valid UTF-8 (most Han
		// characters put a byte of 0x80 or more on one side); NULs in
		// valid UTF-8 are binary.
		if order, ok := utf16Order(b); ok && !utf8.Valid(b) {
			if t, enc, err := with(unicode.UTF16(order, unicode.IgnoreBOM), b, utf16Name[order]); err == nil && plain(t) {
				return t, enc, nil
			}
		}
		return "", "", ErrBinary
	}
	if utf8.Valid(b) {
		return string(b), UTF8, nil
	}
	s, _, err := with(simplifiedchinese.GB18030, b, GB18030)
	if err != nil {
		if bad := invalidUTF8(b); bad.count < bad.wide {
			return "", "", fmt.Errorf("%w: %d bytes are not UTF-8 (the first at byte %d) in text that otherwise is; --encoding utf-8:replace reads them as U+FFFD", ErrUnknownEncoding, bad.count, bad.first)
		}
		return "", "", ErrUnknownEncoding
	}
	return s, GB18030, nil
}

func forced(b []byte, name string) (string, string, error) {
	enc, err := lookup(name)
	if err != nil {
		return "", "", err
	}
	canon, _ := htmlindex.Name(enc)
	canon = strings.ToLower(canon)
	if canon == "gbk" {
		// GB18030 is a superset of GBK and decodes every GBK file.
		enc, canon = simplifiedchinese.GB18030, GB18030
	}
	if canon == UTF8 {
		b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
		if !utf8.Valid(b) {
			return "", "", fmt.Errorf("invalid UTF-8 at byte %d; --encoding utf-8:replace reads such bytes as U+FFFD", invalidAt(b))
		}
		return string(b), UTF8, nil
	}
	s, _, err := with(enc, b, canon)
	if err == nil && strings.IndexByte(s, 0) >= 0 {
		return "", "", ErrBinary
	}
	return s, canon, err
}

func with(enc encoding.Encoding, b []byte, name string) (string, string, error) {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return "", "", fmt.Errorf("decoding as %s: %w", name, err)
	}
	if bytes.IndexByte(out, 0) >= 0 {
		return "", "", ErrBinary
	}
	if k := bytes.Index(out, []byte("\uFFFD")); k >= 0 && !bytes.Contains(b, []byte("\uFFFD")) {
		// The decoder replaced bytes it could not read (a truncated UTF-16
		// pair, a broken GB18030 sequence): the file is not in this encoding.
		return "", "", fmt.Errorf("invalid %s text", name)
	}
	return string(out), name, nil
}

var utf16Name = map[unicode.Endianness]string{unicode.LittleEndian: UTF16LE, unicode.BigEndian: UTF16BE}

// utf16Order tells UTF-16 written without a BOM by where its zero bytes
// fall: the high bytes of ASCII characters (newlines, digits, spaces) are
// zero, at odd offsets in little-endian text and at even ones in
// big-endian; the few Han characters with a zero low byte put some on the
// other side. The caller then checks that the text decoded is text.
func utf16Order(b []byte) (unicode.Endianness, bool) {
	if len(b)%2 != 0 {
		return unicode.LittleEndian, false
	}
	var even, odd int
	for i, c := range b {
		if c == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	switch {
	case odd > even:
		return unicode.LittleEndian, true
	case even > odd:
		return unicode.BigEndian, true
	}
	return unicode.LittleEndian, false
}

// plain reports whether decoded text is text: no control characters but
// the layout ones, no NULs.
func plain(t string) bool {
	for _, r := range t {
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			return false
		}
	}
	return true
}

type badBytes struct{ count, first, wide int }

// invalidUTF8 counts the bytes of b that are not UTF-8 and the multi-byte
// runes that are: text in another encoding read as UTF-8 has far more of
// the first, UTF-8 with a few stray bytes far more of the second.
func invalidUTF8(b []byte) badBytes {
	bad := badBytes{first: -1}
	walkUTF8(b, func(i int) {
		if bad.count == 0 {
			bad.first = i
		}
		bad.count++
	}, func(r []byte) {
		if len(r) > 1 {
			bad.wide++
		}
	})
	return bad
}

// walkUTF8 calls bad with the offset of each byte of b that is not UTF-8
// and good with each rune that is.
func walkUTF8(b []byte, bad func(int), good func([]byte)) {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			bad(i)
			i++
			continue
		}
		good(b[i : i+n])
		i += n
	}
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}
