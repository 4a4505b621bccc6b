package parser

import (
	"os"
	"path/filepath"
	"testing"

	"bulletin/schema"
)

// TestMarkdownWithHTMLReadsAsText saves every corpus document as a
// converter writes a page in Markdown (pandoc -t gfm: the text between a
// <div> line and its </div>) and checks that the document and its items
// read as the original's do: the tags are no text, and the words between
// them are not one page's run-together paragraph.
func TestMarkdownWithHTMLReadsAsText(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	str := func(p *string) string {
		if p == nil {
			return "<nil>"
		}
		return *p
	}
	outline := func(path string, data []byte) (schema.Document, []string) {
		rec, err := Parse(Source{Path: path, Data: data})
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		var titles []string
		for _, it := range rec.Items {
			titles = append(titles, str(it.Title))
		}
		return rec.Document, titles
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		md := append(append([]byte("<div class=\"article\">\n\n"), text...), "\n\n</div>\n"...)
		want, wantItems := outline("x.txt", text)
		got, gotItems := outline("x.md", md)
		name := filepath.Base(f)
		if got.Kind != want.Kind || str(got.Title) != str(want.Title) || str(got.Date) != str(want.Date) || str(got.Issuer) != str(want.Issuer) {
			t.Errorf("%s: as Markdown %s %q %s %q, as text %s %q %s %q", name,
				got.Kind, str(got.Title), str(got.Date), str(got.Issuer), want.Kind, str(want.Title), str(want.Date), str(want.Issuer))
		}
		if len(gotItems) != len(wantItems) {
			t.Errorf("%s: %d items as Markdown, %d as text", name, len(gotItems), len(wantItems))
			continue
		}
		for i := range gotItems {
			if gotItems[i] != wantItems[i] {
				t.Errorf("%s item %d: %q as Markdown, %q as text", name, i+1, gotItems[i], wantItems[i])
			}
		}
	}
}
