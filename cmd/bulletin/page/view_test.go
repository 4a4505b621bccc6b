package page

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"bulletin/schema"
)

// corpusDoc is a corpus document's golden record with its text: the corpus
// files are UTF-8, so their text is the file as it is.
func corpusDoc(t testing.TB, name string) Doc {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("../../../testdata/golden", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var rec schema.Record
	if err := json.Unmarshal(b, &rec); err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(filepath.Join("../../../testdata/corpus", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return Doc{Record: &rec, Text: strings.ReplaceAll(string(text), "\r\n", "\n")}
}

func corpusNames(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob("../../../testdata/corpus/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	var out []string
	for _, p := range paths {
		out = append(out, strings.TrimSuffix(filepath.Base(p), ".txt"))
	}
	return out
}

var (
	firstMark = regexp.MustCompile(`<mark class="v (?:chip )?k-[a-z]+" data-v="(\d+)"`)
	navItem   = regexp.MustCompile(`<li class="nav-item">`)
)

// TestViewCorpus draws every corpus document: each value has exactly one
// first mark (its others are continuations), each item is listed, and most
// values are found on their own lines.
func TestViewCorpus(t *testing.T) {
	var values, inline int
	for _, name := range corpusNames(t) {
		d := corpusDoc(t, name)
		var buf bytes.Buffer
		if err := WriteView(&buf, d); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		html := buf.String()
		want := CountValues(d.Record)
		seen := map[string]int{}
		for _, m := range firstMark.FindAllStringSubmatch(html, -1) {
			seen[m[1]]++
		}
		if len(seen) != want {
			t.Errorf("%s: %d values have a first mark, want %d", name, len(seen), want)
		}
		for id, n := range seen {
			if n != 1 {
				t.Errorf("%s: value %s has %d first marks", name, id, n)
			}
		}
		if got := len(navItem.FindAllString(html, -1)); got != len(d.Record.Items) {
			t.Errorf("%s: %d items listed, want %d", name, got, len(d.Record.Items))
		}
		p := buildView(d)
		values += p.Values
		inline += p.Inline
		if p.Chips+p.Inline+len(p.Loose) != p.Values {
			t.Errorf("%s: %d inline + %d chips + %d loose != %d values", name, p.Inline, p.Chips, len(p.Loose), p.Values)
		}
	}
	t.Logf("%d of %d values found on their lines", inline, values)
	if inline < values*97/100 {
		t.Errorf("only %d of %d values found on their lines", inline, values)
	}
}

// hostileDoc is a document whose text, values, item titles, warnings and
// file name hold markup that would run if it were not escaped.
func hostileDoc() Doc {
	const (
		script = `<script>document.body.setAttribute("data-pwned","script")</script>`
		img    = `"><img src=x onerror="document.body.setAttribute('data-pwned','img')">`
	)
	title := "关于" + script + "的通知"
	agency := img + "民政局"
	role := "局长" + script
	text := title + "\n" + agency + "局长" + script + "张三\n" + "2025年1月1日\n"
	rec := &schema.Record{
		SchemaVersion: schema.Version,
		Source:        schema.Source{Path: img + ".txt", Format: "text", Bytes: int64(len(text)), Encoding: "utf-8"},
		Document:      schema.Document{Kind: "notice", Title: &title, Issuer: &agency},
		Items: []schema.Item{{Index: 1, Kind: "section", Title: &title, Text: text, Span: schema.Span{Line: 1, EndLine: 3},
			Entities: schema.Entities{
				Agencies: []schema.Agency{{FullName: agency, Found: schema.Found{Text: agency, Span: schema.Span{Line: 2}, Rule: script}}},
				People:   []schema.Person{{Name: "张三", Role: &role, Found: schema.Found{Text: "局长" + script + "张三", Span: schema.Span{Line: 2}, Rule: "people/after-title"}}},
				Dates:    []schema.Date{{Value: "2025-01-01", Precision: "day", Found: schema.Found{Text: "2025年1月1日", Span: schema.Span{Line: 3}, Rule: "dates/calendar"}}},
			}}},
		Warnings: []schema.Warning{{Line: 1, Code: img, Message: script}},
	}
	return Doc{Record: rec, Text: text}
}

// TestViewEscapes: markup in a document's text, values and metadata is
// written as text, in elements and in attributes alike.
func TestViewEscapes(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteView(&buf, hostileDoc()); err != nil {
		t.Fatal(err)
	}
	html := buf.String()
	for _, bad := range []string{"<script>document", "<img", `onerror="document`} {
		if strings.Contains(html, bad) {
			t.Errorf("the page holds %q unescaped", bad)
		}
	}
	if n := strings.Count(html, "<script"); n != 1 {
		t.Errorf("%d <script elements, want the page's own", n)
	}
	if !strings.Contains(html, "&lt;script&gt;document.body.setAttribute(&#34;data-pwned&#34;") {
		t.Errorf("the document's script is not shown as text")
	}
	if got := len(firstMark.FindAllString(html, -1)); got != 3 {
		t.Errorf("%d values highlighted, want 3", got)
	}
}

// BenchmarkView draws the page of the largest corpus document from its
// record and text: the cost of view beyond the parse.
func BenchmarkView(b *testing.B) {
	d := corpusDoc(b, "yunfu-2022-01")
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := WriteView(&buf, d); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(len(d.Text)))
}

// TestViewNotFound: a value whose text is not on its line is drawn after
// the line, one with no line in the text in the side panel; each is still
// one highlighted value.
func TestViewNotFound(t *testing.T) {
	text := "南阳市民政局召开会议。\n会议要求各地抓好落实。\n"
	found := func(s string, line int) schema.Found {
		return schema.Found{Text: s, Span: schema.Span{Line: line}, Rule: "test"}
	}
	rec := &schema.Record{SchemaVersion: schema.Version, Document: schema.Document{Kind: "article"},
		Items: []schema.Item{{Index: 1, Kind: "section", Span: schema.Span{Line: 1, EndLine: 2}, Entities: schema.Entities{
			Agencies: []schema.Agency{
				{FullName: "南阳市民政局", Found: found("南阳市民政局", 1)},
				{FullName: "南阳市人民政府", Found: found("南阳市人民政府", 2)},
				{FullName: "南阳市财政局", Found: found("南阳市财政局", 9)},
			}}}}}
	p := buildView(Doc{Record: rec, Text: text})
	if p.Inline != 1 || p.Chips != 1 || len(p.Loose) != 1 {
		t.Errorf("%d inline, %d after their line, %d with no line; want 1 each", p.Inline, p.Chips, len(p.Loose))
	}
	var buf bytes.Buffer
	if err := WriteView(&buf, Doc{Record: rec, Text: text}); err != nil {
		t.Fatal(err)
	}
	html := buf.String()
	if got := len(firstMark.FindAllString(html, -1)); got != 3 {
		t.Errorf("%d values highlighted, want 3", got)
	}
	if !strings.Contains(html, `<mark class="v chip k-agency" data-v="2" data-k="agency"`) {
		t.Errorf("the value not found on its line is not drawn after it")
	}
}
