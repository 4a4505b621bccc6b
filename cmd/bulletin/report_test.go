package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"bulletin/schema"
)

func TestPlacesIn(t *testing.T) {
	cases := map[string][]string{
		"南阳市民政局到新兴县、云安区调研": {"南阳市", "新兴县", "云安区"},
		"发展新兴产业，畅通救助通道":    nil, // short names are words too
		"云浮市云浮市":           {"云浮市", "云浮市"},
		"":                 nil,
	}
	for text, want := range cases {
		if got := placesIn(text); !slices.Equal(got, want) {
			t.Errorf("placesIn(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestPagePath(t *testing.T) {
	cases := []struct{ path, rel, want string }{
		{"archive/2021/54.txt", "2021/54.txt", "archive/2021/54.txt"},
		{"/srv/archive/a.pdf", "a.pdf", "archive/a.pdf"},
		{"a.txt", "a.txt", "a.txt"},
		{"../../x/b.txt", "", "x/b.txt"},
		{"-", "stdin", "stdin"},
	}
	for _, c := range cases {
		if got := pagePath(c.path, c.rel); got != c.want {
			t.Errorf("pagePath(%q, %q) = %q, want %q", c.path, c.rel, got, c.want)
		}
	}
	for view, want := range map[string]string{"view/a.txt.html": "../index.html", "view/archive/2021/54.txt.html": "../../../index.html"} {
		if got := backLink(view); got != want {
			t.Errorf("backLink(%q) = %q, want %q", view, got, want)
		}
	}
}

func TestPageNames(t *testing.T) {
	p := &pageNames{taken: map[string]bool{}}
	got := []string{p.claim("a.txt.html"), p.claim("a.txt.html"), p.claim("a.txt.html"), p.claim("b.html")}
	if want := []string{"a.txt.html", "a.txt-2.html", "a.txt-3.html", "b.html"}; !slices.Equal(got, want) {
		t.Errorf("claims %q, want %q", got, want)
	}
}

// TestEachRecord reads records as parse writes them: a JSON object, a JSON
// array, JSON lines (with an error record and a bad line among them).
func TestEachRecord(t *testing.T) {
	dir := t.TempDir()
	rec := `{"schema_version":"1.1","source":{"path":"a.txt","bytes":1,"sha256":"","encoding":"utf-8"},"document":{"kind":"notice"},"items":[],"warnings":[]}`
	files := map[string]string{
		"one.json":    rec,
		"many.json":   "\uFEFF [" + rec + ",\n" + rec + "]",
		"lines.jsonl": rec + "\n\n{\"source\":{\"path\":\"b.txt\"},\"error\":\"empty file\"}\n[1,2]\n" + rec + "\n",
		"gold.json":   `{"document":{"kind":"notice"}}`,
	}
	want := map[string]string{
		"one.json":    "a.txt",
		"many.json":   "a.txt a.txt",
		"lines.jsonl": "a.txt bad(b.txt: empty file) bad(lines.jsonl:4: not a record: json: cannot unmarshal array into Go value of type schema.Record) a.txt",
		"gold.json":   "bad(gold.json: not a bulletin record (no schema_version or source path))",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		var got []string
		err := eachRecord(p, func(r *schema.Record, at string, bad error) error {
			if bad != nil {
				got = append(got, "bad("+strings.ReplaceAll(bad.Error(), dir+string(filepath.Separator), "")+")")
			} else {
				got = append(got, r.Source.Path)
			}
			return nil
		})
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if g := strings.Join(got, " "); g != want[name] {
			t.Errorf("%s: %s, want %s", name, g, want[name])
		}
	}
}
