package parser

import (
	"os"
	"testing"

	"bulletin/parser/segment"
)

// BenchmarkBigDoc parses the document BULLETIN_BIG names (a 16 MB file as
// scripts/bench.sh makes it): run with -memprofile to see where a big
// document's memory goes. Skipped when the variable is unset.
func BenchmarkBigDoc(b *testing.B) {
	path := os.Getenv("BULLETIN_BIG")
	if path == "" {
		b.Skip("BULLETIN_BIG not set")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := segment.Shared(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(Source{Path: path, Data: data}); err != nil {
			b.Fatal(err)
		}
	}
}
