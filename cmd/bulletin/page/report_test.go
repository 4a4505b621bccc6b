package page

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"bulletin/schema"
	"bulletin/schema/lint"
)

// testPlaces finds the county and city names a text prints in full, as
// the command's gazetteer does, over a fixed list.
func testPlaces(text string) []string {
	var out []string
	for _, p := range []string{"南阳市", "云浮市", "平顶山市", "新兴县", "云安区", "武进区"} {
		for range strings.Count(text, p) {
			out = append(out, p)
		}
	}
	return out
}

func corpusReport(t testing.TB) (*Report, []*schema.Record) {
	t.Helper()
	r := NewReport(ReportOptions{Title: "bulletin report", Places: testPlaces, Sources: []string{"testdata/corpus"}})
	var recs []*schema.Record
	for _, name := range corpusNames(t) {
		d := corpusDoc(t, name)
		r.Add(d.Record, "view/"+name+".txt.html", "")
		recs = append(recs, d.Record)
	}
	r.Fail("testdata/corpus/broken.pdf", "pdf: damaged file")
	return r, recs
}

var (
	svgBar  = regexp.MustCompile(`<rect class="bar s\d"`)
	docRowR = regexp.MustCompile(`<tr id="doc-\d+">`)
	chartR  = regexp.MustCompile(`(?s)<figure class="chart">.*?</figure>`)
)

// monthKinds is the number of (month, kind) pairs with a document: the bars
// of the chart by kind.
func monthKinds(recs []*schema.Record) int {
	pairs := map[string]bool{}
	for _, r := range recs {
		if d := r.Document.Date; d != nil && len(*d) >= 7 {
			pairs[(*d)[:7]+r.Document.Kind] = true
		}
	}
	return len(pairs)
}

func TestReportCorpus(t *testing.T) {
	r, recs := corpusReport(t)
	var buf bytes.Buffer
	if err := r.Write(&buf); err != nil {
		t.Fatal(err)
	}
	html := buf.String()
	if got := len(docRowR.FindAllString(html, -1)); got != len(recs) {
		t.Errorf("%d document rows, want %d", got, len(recs))
	}
	charts := chartR.FindAllString(html, -1)
	if len(charts) < 2 {
		t.Fatalf("%d charts, want the two timelines at least", len(charts))
	}
	if got, want := len(svgBar.FindAllString(charts[0], -1)), monthKinds(recs); got != want || want == 0 {
		t.Errorf("the chart by kind has %d bars, want %d", got, want)
	}
	// Every lint finding and parser warning is in the table, once.
	want := len(lint.Check(recs)) + 1 // and the failure
	for _, rec := range recs {
		want += len(rec.Warnings)
		for _, w := range rec.Warnings {
			for _, f := range lint.Check([]*schema.Record{rec}) {
				if f.Rule == w.Code && f.Line == w.Line {
					want-- // said once
				}
			}
		}
	}
	if got := strings.Count(html, `<tr class="sev-`); got != want {
		t.Errorf("%d findings listed, want %d", got, want)
	}
	for _, s := range []string{"云浮市民政局", "梁绍雄", "副市长", "南阳市", "pdf: damaged file", "view/yunfu-2022-01.txt.html#L", "view/pingdingshan-2021-54.txt.html#v-"} {
		if !strings.Contains(html, s) {
			t.Errorf("the report does not mention %q", s)
		}
	}
}

// TestReportTargets: targets are listed by deadline, those without one last,
// each linking to its value in the view.
func TestReportTargets(t *testing.T) {
	r, _ := corpusReport(t)
	p := r.page()
	if len(p.Targets) == 0 {
		t.Fatal("no targets in the corpus report")
	}
	last := ""
	for i, tr := range p.Targets {
		if tr.Deadline == "" {
			if i < len(p.Targets)-p.NoDeadline {
				t.Errorf("a target with no deadline at %d, before dated ones", i)
			}
			continue
		}
		if tr.Deadline < last {
			t.Errorf("target %d due %s after one due %s", i, tr.Deadline, last)
		}
		last = tr.Deadline
	}
	// The link names the target's value in its document.
	for _, tr := range p.Targets {
		name := strings.TrimSuffix(strings.TrimPrefix(tr.Href[:strings.Index(tr.Href, "#")], "view/"), ".txt.html")
		d := corpusDoc(t, name)
		id := tr.Href[strings.Index(tr.Href, "#v-")+3:]
		found := false
		for _, v := range Values(d.Record) {
			if itoa(v.ID) == id {
				found = v.List == "targets" && oneLine(v.Found.Text) == tr.Text
			}
		}
		if !found {
			t.Errorf("%s does not name the target %q", tr.Href, tr.Text)
		}
	}
}

// TestReportEscapes: markup in records is text in the report.
func TestReportEscapes(t *testing.T) {
	r := NewReport(ReportOptions{Title: `<script>alert(1)</script>`})
	r.Add(hostileDoc().Record, `javascript:alert(1)`, "")
	r.Fail(`"><img src=x onerror=alert(1)>.pdf`, `<script>alert(2)</script>`)
	var buf bytes.Buffer
	if err := r.Write(&buf); err != nil {
		t.Fatal(err)
	}
	html := buf.String()
	for _, bad := range []string{"<script>alert", "<script>document", "<img", `href="javascript:`} {
		if strings.Contains(html, bad) {
			t.Errorf("the report holds %q unescaped", bad)
		}
	}
}

func TestMonthRange(t *testing.T) {
	got := strings.Join(monthRange("2021-11", "2022-02"), " ")
	if want := "2021-11 2021-12 2022-01 2022-02"; got != want {
		t.Errorf("monthRange = %s, want %s", got, want)
	}
}

func TestNumber(t *testing.T) {
	for in, want := range map[float64]string{0: "0", 1040400: "1,040,400", 12.5: "12.5", -1234: "-1,234", 999: "999"} {
		if got := Number(in); got != want {
			t.Errorf("Number(%v) = %s, want %s", in, got, want)
		}
	}
}
