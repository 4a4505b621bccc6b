package extract

import (
	"os"
	"testing"
)

// BenchmarkPeopleLongPassage runs the extractors up to people over the
// text BULLETIN_LONG names as one passage (a document of many reports
// joined on one line): a rule that walks back over the whole passage from
// each candidate shows as the time growing with the square of its length.
// Skipped when the variable is unset.
func BenchmarkPeopleLongPassage(b *testing.B) {
	path := os.Getenv("BULLETIN_LONG")
	if path == "" {
		b.Skip("BULLETIN_LONG not set")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	in := input(b, string(data))
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		in.results = nil
		extractThrough(in, "people")
	}
}
