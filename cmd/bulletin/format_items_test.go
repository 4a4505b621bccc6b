package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"bulletin/parser"
	"bulletin/schema"
)

// TestItemsJSONSameShared: items encoded in blocks side by side are the
// bytes of items encoded one after another, indented or not.
func TestItemsJSONSameShared(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/corpus/*.txt")
	var items []schema.Item
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rec, err := parser.Parse(parser.Source{Path: f, Data: data})
		if err != nil {
			t.Fatal(err)
		}
		items = append(items, rec.Items...)
	}
	if len(items) == 0 {
		t.Fatal("no items in the corpus")
	}
	for len(items) < 3*4*itemsBlock { // more than a round of blocks, the last one short
		items = append(items, items[:min(len(items), 3*4*itemsBlock-len(items))]...)
	}
	items = items[:len(items)-itemsBlock/2]
	for _, indent := range []bool{true, false} {
		var one bytes.Buffer
		if err := writeItemsJSON(&one, items, indent, 1); err != nil {
			t.Fatal(err)
		}
		for _, w := range []int{2, 3} {
			var many bytes.Buffer
			if err := writeItemsJSON(&many, items, indent, w); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(one.Bytes(), many.Bytes()) {
				t.Fatalf("items written by %d workers (indent %v) differ from those by one", w, indent)
			}
		}
	}
}
