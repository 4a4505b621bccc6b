package page

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"bulletin/schema"
	"bulletin/schema/lint"
)

// Report is the overview of an archive, gathered a record at a time: what
// it keeps of each document is one row and the few fields the rules across
// a series read, so a report over many thousands of files holds their
// counts, not their records.
type Report struct {
	opts     ReportOptions
	docs     []docRow
	failures []failRow
	series   []*schema.Record // Source and Document only, for lint.Series
	findings []findingRow
	months   map[string]*monthRow
	named    [3]map[string]*namedRow // agencies, people, places
	targets  []targetRow
	units    map[string]int // how often each unit is stated
	undated  int
}

// ReportOptions are what a report needs beyond the records.
type ReportOptions struct {
	Title string // the page's title
	// Places returns the places a text names (by their full names); nil
	// for no list of places.
	Places func(text string) []string
	// Sources names what the report was drawn from, as given.
	Sources []string
}

// How much of each list the page shows: the most named, the first
// targets by deadline. The counts cover everything.
const (
	topNamed    = 30
	docsPerName = 8
	maxTargets  = 500
	maxFindings = 2000
)

type docRow struct {
	N        int
	Path     string
	View     string // the view page, relative to the report; "" for none
	NoView   string // why there is none, when one was asked for
	Kind     string
	Format   string
	Date     string
	Month    string
	Title    string
	Issuer   string
	Issue    string
	Number   string
	Items    int
	Values   int
	Warnings int
	Findings int
	Amounts  []string
}

type failRow struct {
	Path, Message string
}

type findingRow struct {
	Doc      int // 0 when the finding names no document of the report
	File     string
	Line     int
	Href     string
	Severity string
	Rule     string
	Message  string
	From     string // "parser" for a record's warning, "lint" for a rule
}

type monthRow struct {
	Month   string
	Kinds   map[string]int
	Issuers map[string]int
	Sums    map[string]float64 // unit → sum of the quantities stated
	Docs    int
}

type namedRow struct {
	Name     string
	Mentions int
	Docs     []int          // documents, in the order they came
	Roles    map[string]int // people: the titles printed with them
}

type targetRow struct {
	Deadline string
	What     string
	Subject  string
	Text     string
	Doc      int
	DocName  string
	Href     string
	Where    string
}

// NewReport starts a report.
func NewReport(opts ReportOptions) *Report {
	r := &Report{opts: opts, months: map[string]*monthRow{}, units: map[string]int{}}
	for i := range r.named {
		r.named[i] = map[string]*namedRow{}
	}
	return r
}

// Add counts one record in; view is its view page relative to the report
// ("" for none) and noView why there is none when one was wanted.
func (r *Report) Add(rec *schema.Record, view, noView string) {
	n := len(r.docs) + 1
	d := &rec.Document
	row := docRow{N: n, Path: rec.Source.Path, View: view, NoView: noView, Kind: d.Kind, Format: rec.Source.Format,
		Date: deref(d.Date, ""), Title: deref(d.Title, ""), Issuer: deref(d.Issuer, ""),
		Issue: deref(d.Issue, ""), Number: deref(d.DocNumber, ""), Items: len(rec.Items),
		Values: CountValues(rec), Warnings: len(rec.Warnings)}
	if row.Format == "" {
		row.Format = "text"
	}
	if len(row.Date) >= 7 {
		row.Month = row.Date[:7]
	}
	href := func(line int) string {
		if view == "" {
			return "#doc-" + strconv.Itoa(n)
		}
		if line > 0 {
			return view + "#L" + strconv.Itoa(line)
		}
		return view
	}

	// The month: documents by kind and issuer, amounts by unit.
	var month *monthRow
	if row.Month != "" {
		month = r.months[row.Month]
		if month == nil {
			month = &monthRow{Month: row.Month, Kinds: map[string]int{}, Issuers: map[string]int{}, Sums: map[string]float64{}}
			r.months[row.Month] = month
		}
		month.Docs++
		month.Kinds[row.Kind]++
		month.Issuers[cmp.Or(row.Issuer, "(no issuer)")]++
	} else {
		r.undated++
	}

	sums := map[string]float64{}
	parts := []*schema.Entities{&rec.Document.Entities}
	texts := []string{row.Title}
	for i := range rec.Items {
		parts = append(parts, &rec.Items[i].Entities)
		texts = append(texts, deref(rec.Items[i].Title, ""), rec.Items[i].Text)
	}
	for i := range rec.Passages {
		parts = append(parts, &rec.Passages[i].Entities)
		texts = append(texts, rec.Passages[i].Text)
	}
	valueID := 0
	for _, e := range parts {
		valueID += len(e.Dates) + len(e.Periods)
		for _, q := range e.Quantities {
			valueID++
			if summable(q.Unit) {
				sums[q.Unit] += q.Value
				r.units[q.Unit]++
			}
		}
		for _, a := range e.Agencies {
			valueID++
			r.name(0, cmp.Or(a.FullName, a.Text), n, "")
		}
		for _, p := range e.People {
			valueID++
			r.name(1, p.Name, n, deref(p.Role, ""))
		}
		valueID += len(e.Contacts) + len(e.Phones) + len(e.Tables)
		for _, t := range e.Targets {
			valueID++
			if len(r.targets) >= maxTargets*4 {
				continue // the page shows the first by deadline; enough are kept to choose from
			}
			tr := targetRow{Deadline: deref(t.Deadline, ""), What: strings.TrimSpace(t.Comparator + " " + Number(t.Value) + " " + t.Unit),
				Subject: t.Subject, Text: oneLine(t.Text), Doc: n, DocName: baseName(row.Path), Where: Where(t.Span), Href: "#doc-" + strconv.Itoa(n)}
			if view != "" {
				tr.Href = view + "#v-" + strconv.Itoa(valueID)
			}
			r.targets = append(r.targets, tr)
		}
		valueID += len(e.Achievements)
	}
	if r.opts.Places != nil {
		seen := map[string]int{}
		for _, t := range texts {
			for _, p := range r.opts.Places(t) {
				seen[p]++
			}
		}
		for p, k := range seen {
			nr := r.namedRow(2, p)
			nr.Mentions += k - 1
			r.name(2, p, n, "")
		}
	}
	for _, u := range sortedKeys(sums) {
		row.Amounts = append(row.Amounts, Number(sums[u])+" "+u)
		if month != nil {
			month.Sums[u] += sums[u]
		}
	}

	// Warnings of the parser and findings of the lint rules.
	seen := map[string]bool{}
	for _, w := range rec.Warnings {
		seen[w.Code+"\x00"+strconv.Itoa(w.Line)] = true
		r.finding(findingRow{Doc: n, File: row.Path, Line: w.Line, Href: href(w.Line), Severity: lint.Warning, Rule: w.Code, Message: w.Message, From: "parser"})
	}
	for _, rule := range lint.All {
		for _, f := range rule.Check(rec) {
			if seen[f.Rule+"\x00"+strconv.Itoa(f.Line)] {
				continue // the record's own warning says it already
			}
			row.Findings++
			r.finding(findingRow{Doc: n, File: f.File, Line: f.Line, Href: href(f.Line), Severity: f.Severity, Rule: f.Rule, Message: f.Message, From: "lint"})
		}
	}
	r.series = append(r.series, &schema.Record{Source: rec.Source, Document: schema.Document{
		Kind: d.Kind, Title: d.Title, Issue: d.Issue, Issuer: d.Issuer, Date: d.Date, Evidence: evidenceOf(d, "issue")}})
	r.docs = append(r.docs, row)
}

// Fail counts in a document that could not be read or parsed.
func (r *Report) Fail(path, message string) {
	r.failures = append(r.failures, failRow{path, message})
}

// Docs is the number of documents counted in.
func (r *Report) Docs() int { return len(r.docs) }

func evidenceOf(d *schema.Document, names ...string) map[string]schema.Evidence {
	out := map[string]schema.Evidence{}
	for _, n := range names {
		if e, ok := d.Evidence[n]; ok {
			out[n] = e
		}
	}
	return out
}

// summable says whether the quantities of a unit can be added up: shares
// and ratios cannot.
func summable(unit string) bool {
	switch unit {
	case "", "%", "‰", "倍", "个百分点", "百分点", "成":
		return false
	}
	return true
}

func (r *Report) namedRow(list int, name string) *namedRow {
	nr := r.named[list][name]
	if nr == nil {
		nr = &namedRow{Name: name}
		r.named[list][name] = nr
	}
	return nr
}

// name counts a mention of a name in document doc.
func (r *Report) name(list int, name string, doc int, role string) {
	if name == "" {
		return
	}
	nr := r.namedRow(list, name)
	nr.Mentions++
	if k := len(nr.Docs); k == 0 || nr.Docs[k-1] != doc {
		nr.Docs = append(nr.Docs, doc)
	}
	if role != "" {
		if nr.Roles == nil {
			nr.Roles = map[string]int{}
		}
		nr.Roles[role]++
	}
}

func (r *Report) finding(f findingRow) {
	if len(r.findings) < maxFindings {
		r.findings = append(r.findings, f)
	}
}

// Write draws the report: the documents per month, the names most named,
// the amounts and the targets by deadline, the warnings and findings, and
// the documents.
func (r *Report) Write(w io.Writer) error {
	return templates().ExecuteTemplate(w, "report.html", r.page())
}

type reportPage struct {
	Title      string
	Sources    []string
	Docs       []docRow
	Failures   []failRow
	Findings   []findingRow
	MoreFinds  int
	Undated    int
	First      string
	Last       string
	ByKind     *chart
	ByIssuer   *chart
	Money      *chart
	MoneyUnit  string
	Units      []string
	Months     []monthTable
	Named      []namedTable
	Targets    []targetRow
	NoDeadline int
	MoreTarget int
	Views      bool
}

type monthTable struct {
	Month string
	Docs  int
	Sums  []string // one per unit of reportPage.Units
}

type namedTable struct {
	Title string
	Rows  []namedView
	Total int
	Roles bool
}

type namedView struct {
	Name     string
	Mentions int
	NDocs    int
	Roles    string
	Docs     []docLink
	More     int
}

type docLink struct {
	N    int
	Href string
	Name string
}

func (r *Report) page() *reportPage {
	p := &reportPage{Title: r.opts.Title, Sources: r.opts.Sources, Docs: r.docs, Failures: r.failures, Undated: r.undated}
	if p.Title == "" {
		p.Title = "bulletin report"
	}
	for _, d := range r.docs {
		if d.View != "" {
			p.Views = true
		}
	}

	// Findings across the series, then all of them in file order.
	byPath := map[string]int{}
	for _, d := range r.docs {
		byPath[d.Path] = d.N
	}
	for _, rule := range lint.Series {
		for _, f := range rule.CheckSeries(r.series) {
			n := byPath[f.File]
			href := ""
			if n > 0 {
				href = "#doc-" + strconv.Itoa(n)
				if v := r.docs[n-1].View; v != "" {
					href = v + "#L" + strconv.Itoa(f.Line)
				}
				r.docs[n-1].Findings++
			}
			r.finding(findingRow{Doc: n, File: f.File, Line: f.Line, Href: href, Severity: f.Severity, Rule: f.Rule, Message: f.Message, From: "lint"})
		}
	}
	p.Findings = r.findings
	for _, f := range r.failures {
		if len(p.Findings) < maxFindings {
			p.Findings = append(p.Findings, findingRow{File: f.Path, Severity: lint.Error, Rule: "parse", Message: f.Message, From: "bulletin"})
		}
	}
	slices.SortStableFunc(p.Findings, func(a, b findingRow) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})

	// Months, from the first to the last, gaps included.
	months := sortedKeys(r.months)
	if len(months) > 0 {
		p.First, p.Last = months[0], months[len(months)-1]
		months = monthRange(p.First, p.Last)
	}
	kinds := map[string]int{}
	issuers := map[string]int{}
	for _, m := range r.months {
		for k, c := range m.Kinds {
			kinds[k] += c
		}
		for k, c := range m.Issuers {
			issuers[k] += c
		}
	}
	kindOrder := byCount(kinds)
	issuerOrder := byCount(issuers)
	const topIssuers = 7
	if len(issuerOrder) > topIssuers {
		issuerOrder = append(issuerOrder[:topIssuers], otherIssuers)
	}
	get := func(month string) *monthRow {
		if m := r.months[month]; m != nil {
			return m
		}
		return &monthRow{Month: month}
	}
	p.ByKind = stacked("Documents per month, by kind", months, kindOrder, func(month, kind string) float64 {
		return float64(get(month).Kinds[kind])
	})
	p.ByIssuer = stacked("Documents per month, by issuer", months, issuerOrder, func(month, issuer string) float64 {
		m := get(month)
		if issuer != otherIssuers {
			return float64(m.Issuers[issuer])
		}
		n := 0
		for k, c := range m.Issuers {
			if !slices.Contains(issuerOrder, k) {
				n += c
			}
		}
		return float64(n)
	})

	// Amounts: the units most stated, a column each; money as a chart.
	p.Units = byCount(r.units)
	if len(p.Units) > 6 {
		p.Units = p.Units[:6]
	}
	for _, u := range byCount(r.units) {
		if strings.Contains(u, "元") {
			p.MoneyUnit = u
			break
		}
	}
	if p.MoneyUnit != "" {
		p.Money = stacked("Money stated per month ("+p.MoneyUnit+", summed)", months, []string{p.MoneyUnit}, func(month, unit string) float64 {
			return get(month).Sums[unit]
		})
	}
	for _, month := range months {
		m := get(month)
		if m.Docs == 0 {
			continue // the table lists the months with documents
		}
		mt := monthTable{Month: month, Docs: m.Docs}
		for _, u := range p.Units {
			s := ""
			if v, ok := m.Sums[u]; ok {
				s = Number(v)
			}
			mt.Sums = append(mt.Sums, s)
		}
		p.Months = append(p.Months, mt)
	}

	// The names most named.
	for i, title := range []string{"Agencies", "People", "Places"} {
		if i == 2 && r.opts.Places == nil {
			continue
		}
		t := namedTable{Title: title, Total: len(r.named[i]), Roles: i == 1}
		rows := slices.Collect(maps.Values(r.named[i]))
		slices.SortFunc(rows, func(a, b *namedRow) int {
			return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(len(b.Docs), len(a.Docs)), cmp.Compare(a.Name, b.Name))
		})
		if len(rows) > topNamed {
			rows = rows[:topNamed]
		}
		for _, nr := range rows {
			v := namedView{Name: nr.Name, Mentions: nr.Mentions, NDocs: len(nr.Docs)}
			var roles []string
			for _, role := range byCount(nr.Roles) {
				roles = append(roles, role)
			}
			v.Roles = strings.Join(roles, "、")
			for k, n := range nr.Docs {
				if k == docsPerName {
					v.More = len(nr.Docs) - k
					break
				}
				v.Docs = append(v.Docs, r.link(n))
			}
			t.Rows = append(t.Rows, v)
		}
		p.Named = append(p.Named, t)
	}

	// Targets by deadline; those with none after.
	targets := slices.Clone(r.targets)
	slices.SortStableFunc(targets, func(a, b targetRow) int {
		if (a.Deadline == "") != (b.Deadline == "") {
			if a.Deadline == "" {
				return 1
			}
			return -1
		}
		return cmp.Compare(a.Deadline, b.Deadline)
	})
	for _, t := range targets {
		if t.Deadline == "" {
			p.NoDeadline++
		}
	}
	if len(targets) > maxTargets {
		p.MoreTarget = len(targets) - maxTargets
		targets = targets[:maxTargets]
	}
	p.Targets = targets
	return p
}

const otherIssuers = "(others)"

func (r *Report) link(n int) docLink {
	d := r.docs[n-1]
	name := baseName(d.Path)
	href := "#doc-" + strconv.Itoa(n)
	if d.View != "" {
		href = d.View
	}
	return docLink{N: n, Href: href, Name: name}
}

// baseName is a path's last part, whichever the separator.
func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}

func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}

// byCount is the keys of m, the most counted first.
func byCount[N int | float64](m map[string]N) []string {
	keys := sortedKeys(m)
	slices.SortStableFunc(keys, func(a, b string) int { return cmp.Compare(m[b], m[a]) })
	return keys
}

// monthRange is every month from first to last (YYYY-MM), both included.
func monthRange(first, last string) []string {
	y, m, ok := parseMonth(first)
	ly, lm, ok2 := parseMonth(last)
	if !ok || !ok2 || (ly-y)*12+lm-m > 12*200 {
		return []string{first, last}
	}
	var out []string
	for y < ly || (y == ly && m <= lm) {
		out = append(out, fmt.Sprintf("%04d-%02d", y, m))
		if m++; m > 12 {
			y, m = y+1, 1
		}
	}
	return out
}

func parseMonth(s string) (int, int, bool) {
	y, err := strconv.Atoi(s[:min(4, len(s))])
	if err != nil || len(s) != 7 {
		return 0, 0, false
	}
	m, err := strconv.Atoi(s[5:])
	return y, m, err == nil && m >= 1 && m <= 12
}
