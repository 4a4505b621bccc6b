package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bulletin/schema"
)

// BenchmarkNumbersOfBigText times the extractors that read numbers, e-mail
// and web addresses (Quantities, Contacts, Phones) over the corpus as one
// stretch of text: every cue stands somewhere in it, so an expression
// searched over the whole text once its cue appears anywhere reads all of
// it. The extractors they require run once, before the timing.
func BenchmarkNumbersOfBigText(b *testing.B) {
	files, _ := filepath.Glob("../../testdata/corpus/*.txt")
	var docs []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(data))
	}
	if len(docs) == 0 {
		b.Fatal("no corpus")
	}
	text := strings.Join(docs, "\n")
	in := input(b, text)
	var out schema.Entities
	for _, x := range All {
		in.extract(x, &out)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		var out schema.Entities
		for _, x := range []Extractor{Quantities{}, Contacts{}, Phones{}} {
			in.extract(x, &out)
		}
	}
}
