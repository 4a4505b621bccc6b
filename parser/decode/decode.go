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

// ErrBinary is returned for input that holds NUL bytes: not text.
var ErrBinary = errors.New("binary data (NUL bytes), not text")

// ErrUnknownEncoding is returned when the bytes are neither UTF-8, UTF-16
// with a BOM, nor GB18030.
var ErrUnknownEncoding = errors.New("not UTF-8, UTF-16 or GB18030 text; name the encoding with --encoding")

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
		return "", "", ErrBinary
	}
	if utf8.Valid(b) {
		return string(b), UTF8, nil
	}
	s, _, err := with(simplifiedchinese.GB18030, b, GB18030)
	if err != nil {
		return "", "", ErrUnknownEncoding
	}
	return s, GB18030, nil
}

func forced(b []byte, name string) (string, string, error) {
	label := strings.ToLower(strings.TrimSpace(name))
	if label == "utf8" {
		label = "utf-8"
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return "", "", fmt.Errorf("unknown encoding %q", name)
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
			return "", "", fmt.Errorf("invalid UTF-8 at byte %d", invalidAt(b))
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
