package decode

import (
	"bytes"
	"errors"
	"flag"
	"strings"
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
		{"utf-16le without bom", u16le[2:], "", UTF16LE, nil},
		{"utf-16be without bom", u16be[2:], "", UTF16BE, nil},
		{"binary", "\x00\x01\x02abc", "", "", ErrBinary},
		{"zeros at both parities are binary", "\x00\x35\x36\x00", "", "", ErrBinary},
		{"odd length with zeros is binary", "\x35\x00\x36", "", "", ErrBinary},
		{"utf-16 decoding to control characters is binary", "\x01\x00\x02\x00", "", "", ErrBinary},
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

func TestDecodeReplace(t *testing.T) {
	const s = "南阳市民政局 2025 年\n"
	stray := s[:3] + "\xff" + s[3:] + "\xc0"
	tests := []struct {
		name, in, force string
		want            string
		replaced, first int
		wantErr         bool
	}{
		{"stray bytes replaced", stray, "utf-8:replace", "南\uFFFD阳市民政局 2025 年\n\uFFFD", 2, 3, false},
		{"bare :replace is utf-8", stray, ":replace", "南\uFFFD阳市民政局 2025 年\n\uFFFD", 2, 3, false},
		{"valid text replaces nothing", s, "utf-8:replace", s, 0, -1, false},
		{"unknown name refused", s, "nope:replace", "", 0, 0, true},
		{"without :replace refused", stray, "utf-8", "", 0, 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Decode([]byte(tc.in), tc.force)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err %v, want error %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			if d.Text != tc.want || d.Replaced != tc.replaced || d.FirstBad != tc.first {
				t.Errorf("got %q, %d replaced, first at %d; want %q, %d, %d", d.Text, d.Replaced, d.FirstBad, tc.want, tc.replaced, tc.first)
			}
		})
	}
	// Detected, such text is refused with a hint that names the fix.
	_, _, err := Text([]byte(strings.Repeat(s, 20)+"\xff"), "")
	if err == nil || !strings.Contains(err.Error(), "utf-8:replace") {
		t.Errorf("stray byte in UTF-8: %v, want a hint naming utf-8:replace", err)
	}
	if Check("gbk") != nil || Check("utf-8:replace") != nil || Check("") != nil || Check("bogus") == nil {
		t.Error("Check misjudges a name")
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
