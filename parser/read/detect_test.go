package read

import "testing"

func TestDetectFileMarkdownWithHTML(t *testing.T) {
	fragment := "<div class=\"article\">\n\n某县民政局开展走访慰问\n\n来源：某县民政局\n\n</div>\n"
	page := "<!DOCTYPE html>\n<html><body><p>某县民政局开展走访慰问</p></body></html>\n"
	tests := []struct {
		name, file, data string
		want             Format // "" for text
	}{
		{"a Markdown file that opens with a div is Markdown", "a.md", fragment, ""},
		{"the long Markdown ending too", "docs/a.MARKDOWN", fragment, ""},
		{"a Markdown file that opens with a comment", "a.md", "<!-- -->\n\n某县民政局\n", ""},
		// Not Markdown: a page, whatever its name, and a fragment named otherwise.
		{"a whole page named .md is a page", "a.md", page, HTML},
		{"a saved page opening with a comment", "a.md", "<!-- saved from url=(0030)http://mz.example.cn/ -->\n<html><body><p>某局</p></body></html>", HTML},
		{"a page opening with its html tag", "a.md", "\uFEFF  <HTML><body><p>某局</p></body></HTML>", HTML},
		{"a fragment named .html is a page", "a.html", fragment, HTML},
		{"a fragment with no name is a page", "-", fragment, HTML},
		{"plain text named .md stays text", "a.md", "某县民政局开展走访慰问\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got Format
			if r := DetectFile(tc.file, []byte(tc.data)); r != nil {
				got = r.Format()
			}
			if got != tc.want {
				t.Errorf("DetectFile(%q) = %q, want %q", tc.file, got, tc.want)
			}
		})
	}
}
