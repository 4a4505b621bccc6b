package parser

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// TestEncodingsGiveTheSameRecord saves every corpus document as GB18030
// (GBK's superset, for the few characters GBK lacks) and as UTF-16, and
// checks that each parses to the record of its UTF-8 original apart from
// source.
func TestEncodingsGiveTheSameRecord(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	body := func(data []byte) string {
		rec, err := Parse(Source{Path: "x", Data: data})
		if err != nil {
			t.Fatal(err)
		}
		rec.Source.Bytes, rec.Source.SHA256, rec.Source.Encoding = 0, "", ""
		b, _ := json.Marshal(rec)
		return string(b)
	}
	for _, f := range files {
		utf8, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want := body(utf8)
		gbk, err := simplifiedchinese.GB18030.NewEncoder().Bytes(utf8)
		if err != nil {
			t.Fatal(err)
		}
		u16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(utf8)
		if err != nil {
			t.Fatal(err)
		}
		for name, data := range map[string][]byte{"gb18030": gbk, "utf-16le": u16} {
			if got := body(data); got != want {
				t.Errorf("%s as %s parses to another record", filepath.Base(f), name)
			}
			rec, _ := Parse(Source{Path: "x", Data: data})
			if rec.Source.Encoding != name {
				t.Errorf("%s: encoding %q, want %q", filepath.Base(f), rec.Source.Encoding, name)
			}
		}
	}
}
