package parser

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/decode"
	"bulletin/parser/layout"
	"bulletin/parser/segment"
)

// TestBuildSameForAnyWorkers checks that a record read by several workers
// is the record one goroutine reads, item for item, on every corpus
// document (run with -race, it also looks for what the workers share
// unguarded).
func TestBuildSameForAnyWorkers(t *testing.T) {
	seg, err := segment.Shared()
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("../testdata/corpus/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, _, err := decode.Text(data, "")
		if err != nil {
			t.Fatal(err)
		}
		// build uses up its document: each build has its own.
		one := buildWith(layout.Analyze(clean.Lines(text)), seg, 1)
		many := buildWith(layout.Analyze(clean.Lines(text)), seg, 3)
		if !reflect.DeepEqual(one, many) {
			t.Errorf("%s: the record read by 3 workers differs from the one read by 1", filepath.Base(f))
		}
	}
}
