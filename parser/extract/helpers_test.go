package extract

import (
	"flag"
	"strings"
	"testing"

	"bulletin/parser/chrono"
	"bulletin/parser/clean"
	"bulletin/parser/layout"
	"bulletin/parser/segment"
	"bulletin/parser/span"
	"bulletin/schema"
)

var _ = flag.Bool("update", false, "rewrite golden files")

// testDoc is a bulletin of 南阳's civil-affairs bureau issued on 2025-06-03:
// the reference for yearless dates and short agency names.
func testDoc() *layout.Document {
	e := chrono.Find("2025年6月3日", chrono.Ref{})[0]
	return &layout.Document{
		Kind:   layout.Bulletin,
		Issuer: &layout.Field{Value: "南阳市民政局办公室"},
		Date:   &layout.DateField{Field: layout.Field{Value: e.Value}, Expr: e},
	}
}

// input makes an Input of text as the cleaning and layout stages would:
// lines repaired and squeezed, joined with newlines.
func input(t testing.TB, text string) *Input {
	seg, err := segment.Shared()
	if err != nil {
		t.Fatal(err)
	}
	var b span.Builder
	for _, l := range clean.Lines(text) {
		if l.Blank() {
			continue
		}
		if b.Len() > 0 {
			b.AddSeparator("\n", l.Num)
		}
		b.AddLine(l.Text, l.Num)
	}
	return &Input{Text: b.Text(), Role: "item", Env: NewEnv(testDoc(), seg)}
}

// run runs every extractor up to and including the named one.
func run(t testing.TB, text, upTo string) schema.Entities {
	in := input(t, text)
	var out schema.Entities
	for _, x := range All {
		x.Extract(in, &out)
		if x.Name() == upTo {
			break
		}
	}
	return out
}

func list(parts []string) string { return strings.Join(parts, "; ") }

func TestAllOrder(t *testing.T) {
	seen := map[string]bool{}
	for _, x := range All {
		for _, n := range x.Needs() {
			if !seen[n] {
				t.Errorf("%s needs %s, which does not run before it", x.Name(), n)
			}
		}
		seen[x.Name()] = true
	}
}
