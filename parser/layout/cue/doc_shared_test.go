package cue

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestNewDocSameShared: a long document measured in stretches on several
// goroutines is the Doc measured on one.
func TestNewDocSameShared(t *testing.T) {
	lines := corpusLines(t)
	one, three := newDocWith(lines, 1), newDocWith(lines, 3)
	if !reflect.DeepEqual(one, three) {
		t.Fatal("a Doc measured on three goroutines differs from one measured on one")
	}
	if !slicesAny(one.titles) || !slicesAny(one.cells) {
		t.Fatal("the corpus shows no title run or table cells: the test compares nothing")
	}
}

func slicesAny(bs []bool) bool {
	for _, b := range bs {
		if b {
			return true
		}
	}
	return false
}

// corpusLines is every line of the corpus texts, one long document.
func corpusLines(t testing.TB) []Line {
	files, _ := filepath.Glob("../../../testdata/corpus/*.txt")
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	var lines []Line
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range strings.Split(string(b), "\n") {
			if s = strings.TrimSpace(s); s != "" {
				lines = append(lines, Line{Num: len(lines) + 1, Text: s, Sq: s})
			}
		}
	}
	return lines
}
