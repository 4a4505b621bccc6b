package decode

import (
	"bytes"
	"errors"
	"flag"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

var _ = flag.Bool("update", false, "rewrite golden files")

func TestText(t *testing.T) {
	const s = "南阳市民政局办公室 2025 年 6 月 3 日\n"
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String(s)
	gb18030, _ := simplifiedchinese.GB18030.NewEncoder().String(s)
	u16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(s)
	u16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(s)
	tests := []struct {
		name, in, force, enc string
		err                  error
	}{
		{"utf-8", s, "", UTF8, nil},
		{"utf-8 with bom", "\xEF\xBB\xBF" + s, "", UTF8BOM, nil},
		{"gbk detected", gbk, "", GB18030, nil},
		{"gb18030 detected", gb18030, "", GB18030, nil},
		{"utf-16le", u16le, "", UTF16LE, nil},
		{"utf-16be", u16be, "", UTF16BE, nil},
		{"forced gbk", gbk, "GBK", GB18030, nil},
		{"forced utf-8 on utf-8", s, "utf8", UTF8, nil},
		{"binary", "\x00\x01\x02abc", "", "", ErrBinary},
		{"utf-16 without bom looks binary", "\x35\x00\x36\x00", "", "", ErrBinary},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, enc, err := Text([]byte(tc.in), tc.force)
			if !errors.Is(err, tc.err) {
				t.Fatalf("err %v, want %v", err, tc.err)
			}
			if err != nil {
				return
			}
			if got != s || enc != tc.enc {
				t.Errorf("got %q as %s, want %q as %s", got, enc, s, tc.enc)
			}
		})
	}
	for _, bad := range []struct{ in, force string }{
		{"\xff\xff\xff\x80", ""},        // neither UTF-8 nor GB18030
		{s, "no-such-encoding"},         // unknown name
		{"\xEF\xBB\xBF\xff\xfe", ""},    // a BOM on invalid UTF-8
		{string([]byte{0xC4}), "utf-8"}, // forced UTF-8 on GBK bytes
	} {
		if _, _, err := Text([]byte(bad.in), bad.force); err == nil {
			t.Errorf("Text(%q, %q) succeeded, want an error", bad.in, bad.force)
		}
	}
}

// FuzzText checks that decoding never panics, always gives valid UTF-8, and
// gives UTF-8 input back as it is (a U+FFFD it holds included).
func FuzzText(f *testing.F) {
	f.Add([]byte("南阳 2025 年"))
	f.Add([]byte("\xc4\xcf\xd1\xf4"))
	f.Add([]byte("\xff\xfe5\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, _, err := Text(b, "")
		if err != nil {
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 out of %q", b)
		}
		if utf8.Valid(b) && !bytes.HasPrefix(b, []byte("\uFEFF")) && s != string(b) {
			t.Fatalf("UTF-8 input %q came out as %q", b, s)
		}
	})
}
