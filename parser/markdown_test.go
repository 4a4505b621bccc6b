package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"bulletin/schema"
)

// TestMarkdownWithHTMLReadsAsText saves every corpus document as a
// converter writes a page in Markdown (pandoc -t gfm: the text between a
// <div> line and its </div>, a line set apart by a hard break) and checks that the document and its items
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
		// Each line ends in a hard break (pandoc's \ for a <br>), so that
		// no two lines are one paragraph's.
		var md bytes.Buffer
		md.WriteString("<div class=\"article\">\n\n")
		for _, line := range strings.Split(strings.TrimRight(string(text), "\n"), "\n") {
			if strings.TrimSpace(line) != "" {
				line += `\`
			}
			md.WriteString(line + "\n")
		}
		md.WriteString("\n</div>\n")
		want, wantItems := outline("x.txt", text)
		got, gotItems := outline("x.md", md.Bytes())
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

// TestMarkdownSoftBreaksJoinAndKeepPrintedForms parses a Markdown page in
// traditional characters whose paragraph a converter wrapped: the name cut
// by the wrap reads whole, and keeps its printed form.
func TestMarkdownSoftBreaksJoinAndKeepPrintedForms(t *testing.T) {
	data := []byte("# 某縣民政局開展敬老院走訪慰問活動\n\n2024年5月7日上午，某縣民政局黨組書記、局長張\n曉明一行來到縣敬老院，看望慰問\n入住老人。\n")
	people := func(path string) []string {
		rec, err := Parse(Source{Path: path, Data: data})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, p := range rec.Passages {
			for _, person := range p.People {
				names = append(names, person.Name+"@"+strconv.Itoa(person.Line))
			}
		}
		return names
	}
	if got, want := people("x.md"), []string{"張曉明@3"}; !slices.Equal(got, want) {
		t.Errorf("as Markdown: people %q, want %q", got, want)
	}
}
