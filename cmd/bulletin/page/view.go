package page

import (
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"bulletin/schema"
)

// Doc is a record with the text whose lines its spans number (what
// parser.Text returns for the file the record was read from).
type Doc struct {
	Record *schema.Record
	Text   string
	// Back links the page to the report it was written with; empty for a
	// page on its own.
	Back string
}

// WriteView writes the audit page of one document: its lines with their
// numbers (and pages), every value highlighted where it stands in a colour
// for its kind, the items, passages and header fields set apart, and a side
// panel with the metadata, the items, the warnings and a filter per kind.
func WriteView(w io.Writer, d Doc) error {
	return templates().ExecuteTemplate(w, "view.html", buildView(d))
}

// viewPage is what view.html draws.
type viewPage struct {
	Title    string
	Back     string
	Meta     []field
	Kinds    []kindCount
	Items    []itemNav
	Warnings []warningNav
	Blocks   []*block
	Loose    []*mark // values whose line is not in the text
	Values   int
	Inline   int // values found on their lines
	Chips    int // values whose text is not found on their line
	Pages    int
	NoText   bool
}

type field struct{ Name, Value string }

type kindCount struct {
	Kind
	N int
}

type itemNav struct {
	Anchor string
	Index  int
	Kind   string
	Title  string
	Where  string
	Values int
}

type warningNav struct {
	Anchor  string
	Line    int
	Code    string
	Message string
}

// block is a run of lines in one part of the document: an item, a passage,
// or lines outside both.
type block struct {
	ID    string
	Class string
	Label string
	Title string
	Lines []*lineView
}

type lineView struct {
	N     int
	Page  int // the page that begins at this line, 0 if none does
	Class string
	Nodes []*node
	Chips []*mark
	Tags  []tag
}

type tag struct{ Class, Label string }

// SplitLines splits text as the record counts its lines: at "\n", a last
// empty line after a final line end dropped. A form feed opens a page; the
// returned pages give, for each line, the page that begins there (0 when
// none does, 1 for the first line of a paged text).
func SplitLines(text string) (lines []string, pages []int) {
	lines = strings.Split(text, "\n")
	if n := len(lines); n > 1 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	paged := strings.Contains(text, "\f")
	pages = make([]int, len(lines))
	page := 1
	for i, l := range lines {
		if strings.Contains(l, "\f") {
			if i > 0 {
				page++
			}
			pages[i] = page
			lines[i] = strings.ReplaceAll(l, "\f", "")
		} else if i == 0 && paged {
			pages[i] = 1
		}
	}
	return lines, pages
}

func buildView(d Doc) *viewPage {
	rec := d.Record
	lines, pages := SplitLines(d.Text)
	if d.Text == "" {
		lines, pages = nil, nil
	}
	p := &viewPage{Title: docTitle(rec), Back: d.Back, NoText: len(lines) == 0}
	p.Meta = metaOf(rec)
	if rec.Source.Pages > 0 && len(pages) > 0 && pages[0] == 0 {
		pages[0] = 1 // a PDF of one page says so too
	}
	for _, pg := range pages {
		p.Pages = max(p.Pages, pg)
	}

	views := make([]*lineView, len(lines))
	for i := range lines {
		views[i] = &lineView{N: i + 1, Page: pages[i]}
	}

	// Values: where each stands, drawn as marks nested in its lines.
	values := Values(rec)
	p.Values = len(values)
	counts := map[string]int{}
	loc := newLocator(lines)
	ivs := make([][]interval, len(lines))
	chips := make([][]int, len(lines))
	var loose []int
	for i, v := range values {
		counts[v.Kind]++
		f := v.Found
		cuts := loc.find(v.List, f.Text, f.Line, f.EndLine)
		switch {
		case len(cuts) > 0:
			p.Inline++
			for _, c := range cuts {
				ivs[c.Line-1] = append(ivs[c.Line-1], interval{c.Start, c.End, i})
			}
		case f.Line >= 1 && f.Line <= len(lines):
			p.Chips++
			chips[f.Line-1] = append(chips[f.Line-1], i)
		default:
			loose = append(loose, i)
		}
	}
	shown := make([]bool, len(values))
	markOf := func(i int) *mark {
		v := &values[i]
		m := &mark{ID: v.ID, Kind: v.Kind, List: v.List, First: !shown[i]}
		if m.First {
			m.Tip = v.Tip()
			shown[i] = true
		}
		return m
	}
	for i, lv := range views {
		lv.Nodes = nest(lines[i], ivs[i], markOf)
		for _, c := range chips[i] {
			m := markOf(c)
			m.Chip, m.Text = true, oneLine(values[c].Found.Text)
			lv.Chips = append(lv.Chips, m)
		}
	}
	for _, i := range loose {
		m := markOf(i)
		m.Chip, m.Text = true, oneLine(values[i].Found.Text)
		p.Loose = append(p.Loose, m)
	}
	for _, k := range Kinds {
		p.Kinds = append(p.Kinds, kindCount{k, counts[k.Key]})
	}

	p.Blocks = structure(rec, lines, views)
	for _, it := range rec.Items {
		title := "(no title) " + shorten(strings.ReplaceAll(it.Text, "\n", " "), 24)
		if it.Title != nil {
			title = *it.Title
		}
		p.Items = append(p.Items, itemNav{Anchor: fmt.Sprintf("item-%d", it.Index), Index: it.Index, Kind: it.Kind,
			Title: title, Where: Where(it.Span), Values: count(&it.Entities)})
	}
	for _, w := range rec.Warnings {
		p.Warnings = append(p.Warnings, warningNav{Anchor: "L" + strconv.Itoa(w.Line), Line: w.Line, Code: w.Code, Message: w.Message})
	}
	return p
}

// docTitle is what a page calls a document: its title, else its file.
func docTitle(rec *schema.Record) string {
	if t := rec.Document.Title; t != nil && *t != "" {
		return *t
	}
	return rec.Source.Path
}

func metaOf(rec *schema.Record) []field {
	var out []field
	add := func(name string, v *string) {
		if v != nil && *v != "" {
			out = append(out, field{name, *v})
		}
	}
	d := &rec.Document
	out = append(out, field{"kind", d.Kind})
	add("title", d.Title)
	add("issue", d.Issue)
	add("total issue", d.TotalIssue)
	add("doc number", d.DocNumber)
	add("issuer", d.Issuer)
	add("signer", d.Signer)
	add("date", d.Date)
	if len(d.Recipients) > 0 {
		out = append(out, field{"recipients", strings.Join(d.Recipients, "、")})
	}
	s := &rec.Source
	out = append(out, field{"file", s.Path})
	format := s.Format
	if format == "" {
		format = "text"
	}
	if s.Pages > 0 {
		format += fmt.Sprintf(", %d pages", s.Pages)
	}
	out = append(out, field{"format", format}, field{"encoding", s.Encoding},
		field{"size", Number(float64(s.Bytes)) + " bytes"})
	if len(s.SHA256) >= 12 {
		out = append(out, field{"sha256", s.SHA256[:12] + "…"})
	}
	out = append(out, field{"schema", rec.SchemaVersion})
	return out
}

// zone is a part of the document a line belongs to: an item, a passage.
type zone struct {
	id, class, label, title string
}

var enumerator = regexp.MustCompile(`^(第[一二三四五六七八九十百0-9]+[条章节部分]|[（(]?[一二三四五六七八九十0-9]+[）)、.．]|[0-9]+\.)`)

// structure sets the document's parts apart: it cuts the lines into blocks,
// each an item, a passage or lines outside both, and tags single lines with
// the marks of structure (headings, attributions, header fields, footer
// lists, contents, attachments, tables).
func structure(rec *schema.Record, lines []string, views []*lineView) []*block {
	n := len(lines)
	zones := make([]*zone, n)
	inRange := func(s schema.Span) (int, int, bool) {
		first, last := s.Line, max(s.EndLine, s.Line)
		if first < 1 || first > n {
			return 0, 0, false
		}
		return first, min(last, n), true
	}
	tagLines := func(s schema.Span, class, label string) {
		if first, last, ok := inRange(s); ok {
			for l := first; l <= last; l++ {
				views[l-1].Tags = append(views[l-1].Tags, tag{class, label})
			}
		}
	}
	addClass := func(l int, class string) {
		if views[l-1].Class == "" {
			views[l-1].Class = class
		} else if !strings.Contains(" "+views[l-1].Class+" ", " "+class+" ") {
			views[l-1].Class += " " + class
		}
	}

	for _, it := range rec.Items {
		first, last, ok := inRange(it.Span)
		if !ok {
			continue
		}
		z := &zone{id: fmt.Sprintf("item-%d", it.Index), class: it.Kind,
			label: fmt.Sprintf("%s %d · %s", it.Kind, it.Index, Where(it.Span))}
		if it.Section != "" {
			z.label += " · " + it.Section
		}
		if it.Title != nil {
			z.title = *it.Title
		}
		for l := first; l <= last; l++ {
			if zones[l-1] == nil {
				zones[l-1] = z
			}
		}
		if it.Title != nil && it.TitleFrom != "contents" {
			for _, l := range headingLines(lines, first, last, *it.Title) {
				// A heading run into its paragraph is tagged, not set bold.
				if runIn(lines[l-1], *it.Title) {
					views[l-1].Tags = append(views[l-1].Tags, tag{"t-head", "run-in heading"})
					continue
				}
				addClass(l, "head")
				views[l-1].Tags = append(views[l-1].Tags, tag{"t-head", "heading"})
			}
		}
		if l := attributionLine(lines, first, last, it.Sources); l > 0 {
			addClass(l, "attr")
			views[l-1].Tags = append(views[l-1].Tags, tag{"t-attr", "attribution"})
		}
	}
	for i, ps := range rec.Passages {
		first, last, ok := inRange(ps.Span)
		if !ok {
			continue
		}
		z := &zone{id: fmt.Sprintf("passage-%d", i+1), class: "p-" + ps.Role,
			label: fmt.Sprintf("%s passage · %s", ps.Role, Where(ps.Span))}
		for l := first; l <= last; l++ {
			if zones[l-1] == nil {
				zones[l-1] = z
			}
		}
	}

	// Marks of structure on single lines.
	d := &rec.Document
	for _, name := range []string{"title", "issue", "total_issue", "doc_number", "issuer", "signer", "date"} {
		if ev, ok := d.Evidence[name]; ok {
			tagLines(ev.Span, "t-field", strings.ReplaceAll(name, "_", " ")+" ("+ev.Rule+")")
			if first, last, ok := inRange(ev.Span); ok {
				for l := first; l <= last; l++ {
					addClass(l, "field")
				}
			}
		}
	}
	for _, c := range d.Contents {
		tagLines(c.Span, "t-contents", "contents")
	}
	for _, l := range d.Distribution {
		tagLines(l.Span, "t-footer", "footer: "+l.Label)
	}
	for _, c := range d.Editors {
		tagLines(c.Span, "t-footer", "credit: "+c.Role)
	}
	for _, a := range d.Attachments {
		label := "attachment"
		if a.Index != "" {
			label += " " + a.Index
		}
		tagLines(a.Span, "t-attach", label)
	}
	eachTable(rec, func(t schema.Table) {
		if first, last, ok := inRange(t.Span); ok {
			for l := first; l <= last; l++ {
				addClass(l, "tbl")
			}
		}
	})
	// Section headings printed between items.
	for _, s := range d.Sections {
		ns := normalize(strings.TrimLeft(s, "●○■□◆◇▲△★☆•·"))
		if ns == "" {
			continue
		}
		for l := 1; l <= n; l++ {
			if zones[l-1] != nil && zones[l-1].id[0] == 'i' {
				continue
			}
			nl := normalize(strings.TrimLeft(lines[l-1], "●○■□◆◇▲△★☆•· \t\u3000"))
			if nl == ns {
				views[l-1].Tags = append(views[l-1].Tags, tag{"t-section", "section heading"})
			}
		}
	}

	// Blank lines go with the part around them; lines in no part are
	// set apart as outside (page chrome, or text the parser did not take).
	blank := func(l int) bool { return strings.TrimSpace(lines[l-1]) == "" }
	for l := 1; l <= n; l++ {
		if zones[l-1] != nil || !blank(l) {
			continue
		}
		prev, next := l-1, l+1
		for prev >= 1 && blank(prev) {
			prev--
		}
		for next <= n && blank(next) {
			next++
		}
		if prev >= 1 && next <= n && zones[prev-1] != nil && zones[prev-1] == zones[next-1] {
			zones[l-1] = zones[prev-1]
		}
	}
	outside := &zone{class: "outside", label: "outside the items and passages"}
	var out []*block
	var cur *block
	var curZone *zone
	for l := 1; l <= n; l++ {
		z := zones[l-1]
		if z == nil {
			z = outside
			if !blank(l) && len(views[l-1].Tags) == 0 {
				addClass(l, "chrome")
			}
		}
		if cur == nil || z != curZone {
			cur = &block{ID: z.id, Class: z.class, Label: z.label, Title: z.title}
			curZone = z
			out = append(out, cur)
		}
		cur.Lines = append(cur.Lines, views[l-1])
	}
	for _, b := range out {
		if b.Class != "outside" {
			continue
		}
		empty := true
		for _, lv := range b.Lines {
			if strings.TrimSpace(lines[lv.N-1]) != "" {
				empty = false
			}
		}
		if empty {
			b.Class, b.Label = "gap", ""
		}
	}
	return out
}

func eachTable(rec *schema.Record, f func(schema.Table)) {
	each := func(e *schema.Entities) {
		for _, t := range e.Tables {
			f(t)
		}
	}
	each(&rec.Document.Entities)
	for i := range rec.Items {
		each(&rec.Items[i].Entities)
	}
	for i := range rec.Passages {
		each(&rec.Passages[i].Entities)
	}
}

// headingLines are the lines from first on that print the item's title: a
// line (its enumerator aside) that is part of the title or holds it.
func headingLines(lines []string, first, last int, title string) []int {
	nt := normalize(title)
	if nt == "" {
		return nil
	}
	var out []int
	for l := first; l <= last && l <= first+4; l++ {
		nl := normalize(lines[l-1])
		if nl == "" {
			if len(out) > 0 {
				break
			}
			continue
		}
		bare := enumerator.ReplaceAllString(nl, "")
		if bare == "" || !(strings.Contains(nt, bare) || strings.Contains(nl, nt)) {
			break
		}
		out = append(out, l)
		if strings.Contains(nl, nt) || strings.HasSuffix(nt, bare) {
			break
		}
	}
	return out
}

// runIn reports whether a line holds more than the title: a heading run
// into the first sentence of its paragraph.
func runIn(line, title string) bool {
	nl, nt := enumerator.ReplaceAllString(normalize(line), ""), normalize(title)
	return strings.Contains(nl, nt) && len(nl) > len(nt)+len(nt)/3+12
}

// attributionLine is the last line of an item that holds all its sources
// in brackets, or 0.
func attributionLine(lines []string, first, last int, sources []string) int {
	if len(sources) == 0 {
		return 0
	}
	for l := last; l >= first && l > last-4; l-- {
		nl := normalize(lines[l-1])
		if !strings.ContainsAny(nl, "（(") {
			continue
		}
		all := true
		for _, s := range sources {
			all = all && strings.Contains(nl, normalize(s))
		}
		if all {
			return l
		}
	}
	return 0
}
