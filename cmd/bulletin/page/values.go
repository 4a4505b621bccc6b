// Package page draws records as self-contained HTML pages: the audit view
// of one document (its lines with every extracted value highlighted where
// it stands) and the report over an archive. Pages are encoders over
// schema.Record, drawn with html/template so that a document's text is
// always escaped; CSS, JavaScript and charts (inline SVG) are inside the
// page, nothing is fetched when it is opened, so a page can be mailed or
// archived as it is. The package never reaches into the parser: what it
// needs beyond the record (the document's text, a finder of place names)
// its caller passes in.
package page

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"bulletin/schema"
)

// Kind is a kind of value as the pages colour and filter them: several of
// the record's lists may share one (dates and periods, contacts and phones,
// targets and achievements).
type Kind struct {
	Key   string // the CSS class suffix: k-date
	Label string
}

// Kinds are the kinds of value, in the order the filters list them.
var Kinds = []Kind{
	{"date", "Dates and periods"},
	{"quantity", "Quantities"},
	{"agency", "Agencies"},
	{"person", "People"},
	{"contact", "Contacts and phones"},
	{"target", "Targets and achievements"},
	{"table", "Tables"},
}

// Value is one extracted value of a record, with what a reader checks it
// against: the value as recorded, its rule and its place.
type Value struct {
	ID    int    // 1-based, in record order
	Kind  string // a Kinds key
	List  string // the record's list it is in: dates, periods, …
	Found schema.Found
	Head  string   // the value as recorded, in one line
	Facts []string // the rest of what the record says about it
	Part  string   // where it was recorded: "item 3", "header", "document"
}

// Values lists every value of rec in record order: the document's own,
// then each item's, then each passage's. Its length is the number of
// values the record holds.
func Values(rec *schema.Record) []Value {
	var out []Value
	add := func(part string, e *schema.Entities) {
		for _, d := range e.Dates {
			out = append(out, dateValue(d))
		}
		for _, p := range e.Periods {
			out = append(out, periodValue(p))
		}
		for _, q := range e.Quantities {
			out = append(out, quantityValue(q))
		}
		for _, a := range e.Agencies {
			out = append(out, agencyValue(a))
		}
		for _, p := range e.People {
			out = append(out, personValue(p))
		}
		for _, c := range e.Contacts {
			out = append(out, contactValue(c))
		}
		for _, p := range e.Phones {
			out = append(out, phoneValue(p))
		}
		for _, t := range e.Tables {
			out = append(out, tableValue(t))
		}
		for _, t := range e.Targets {
			out = append(out, targetValue("targets", t))
		}
		for _, t := range e.Achievements {
			out = append(out, targetValue("achievements", t))
		}
		for i := range out {
			if out[i].Part == "" {
				out[i].Part = part
			}
		}
	}
	add("document", &rec.Document.Entities)
	for i := range rec.Items {
		it := &rec.Items[i]
		add(fmt.Sprintf("%s %d", it.Kind, it.Index), &it.Entities)
	}
	for i := range rec.Passages {
		add(rec.Passages[i].Role+" passage", &rec.Passages[i].Entities)
	}
	for i := range out {
		out[i].ID = i + 1
	}
	return out
}

// CountValues is the number of values in rec, as Values would list them.
func CountValues(rec *schema.Record) int {
	n := count(&rec.Document.Entities)
	for i := range rec.Items {
		n += count(&rec.Items[i].Entities)
	}
	for i := range rec.Passages {
		n += count(&rec.Passages[i].Entities)
	}
	return n
}

func count(e *schema.Entities) int {
	return len(e.Dates) + len(e.Periods) + len(e.Quantities) + len(e.Agencies) + len(e.People) +
		len(e.Contacts) + len(e.Phones) + len(e.Tables) + len(e.Targets) + len(e.Achievements)
}

func dateValue(d schema.Date) Value {
	head := d.Value
	if head == "" {
		head = "no year found"
	}
	if d.End != "" {
		head += " – " + d.End
	}
	v := Value{Kind: "date", List: "dates", Found: d.Found, Head: head}
	v.fact("precision", d.Precision)
	if d.From != "" || d.To != "" {
		v.fact("window", window(d.From, d.To, d.Fuzzy))
	}
	v.fact("relation", d.Relation)
	v.fact("year from", d.YearFrom)
	return v
}

func periodValue(p schema.Period) Value {
	head := window(p.From, p.To, p.Fuzzy)
	if p.Relation != "" {
		head = p.Relation + " " + head
	}
	if p.Kind == "vague" && p.From == "" && p.To == "" {
		head = "vague"
	}
	v := Value{Kind: "date", List: "periods", Found: p.Found, Head: head}
	v.fact("kind", p.Kind)
	return v
}

func window(from, to string, fuzzy bool) string {
	s := ""
	switch {
	case from != "" && to != "":
		s = from + " – " + to
	case from != "":
		s = "from " + from
	case to != "":
		s = "to " + to
	default:
		s = "no dates"
	}
	if fuzzy {
		s += " (by convention)"
	}
	return s
}

func quantityValue(q schema.Quantity) Value {
	head := Number(q.Value)
	if q.To != nil {
		head += " – " + Number(*q.To)
	}
	head = strings.TrimSpace(head + " " + q.Unit)
	v := Value{Kind: "quantity", List: "quantities", Found: q.Found, Head: head}
	v.fact("qualifier", q.Qualifier)
	v.fact("bound", q.Bound)
	v.fact("subject", q.Subject)
	return v
}

func agencyValue(a schema.Agency) Value {
	v := Value{Kind: "agency", List: "agencies", Found: a.Found, Head: a.FullName}
	v.fact("level", a.Level)
	v.fact("kind", a.Kind)
	return v
}

func personValue(p schema.Person) Value {
	head := p.Name
	if p.Role != nil {
		head += ", " + *p.Role
	}
	v := Value{Kind: "person", List: "people", Found: p.Found, Head: head}
	if len(p.Titles) > 1 {
		v.fact("titles", strings.Join(p.Titles, "、"))
	}
	v.fact("agency", p.Agency)
	return v
}

func contactValue(c schema.Contact) Value {
	v := Value{Kind: "contact", List: "contacts", Found: c.Found, Head: "contact " + deref(c.Name, "(no name)")}
	v.fact("phone", deref(c.Phone, ""))
	v.fact("e-mail", deref(c.Email, ""))
	return v
}

func phoneValue(p schema.Phone) Value {
	v := Value{Kind: "contact", List: "phones", Found: p.Found, Head: "phone " + p.Number}
	v.fact("label", deref(p.Label, ""))
	v.fact("body", deref(p.Body, ""))
	return v
}

func tableValue(t schema.Table) Value {
	v := Value{Kind: "table", List: "tables", Found: t.Found,
		Head: fmt.Sprintf("table of %d columns × %d rows", len(t.Columns), len(t.Rows))}
	v.fact("title", deref(t.Title, ""))
	cols := make([]string, 0, len(t.Columns))
	for _, c := range t.Columns {
		cols = append(cols, c.Path+" ("+c.Type+")")
	}
	if len(cols) > 8 {
		cols = append(cols[:8], fmt.Sprintf("… %d more", len(t.Columns)-8))
	}
	v.fact("columns", strings.Join(cols, ", "))
	if len(t.Notes) > 0 {
		v.fact("notes", strings.Join(t.Notes, " / "))
	}
	return v
}

func targetValue(list string, t schema.Target) Value {
	head := strings.TrimSpace(t.Comparator + " " + Number(t.Value) + " " + t.Unit)
	if t.Deadline != nil {
		head += " by " + *t.Deadline
	}
	v := Value{Kind: "target", List: list, Found: t.Found, Head: head}
	v.fact("stance", t.Stance)
	v.fact("subject", t.Subject)
	return v
}

func (v *Value) fact(name, s string) {
	if s != "" {
		v.Facts = append(v.Facts, name+": "+s)
	}
}

// Where is the value's place as a reader looks it up: line, end line and
// page.
func (v *Value) Where() string {
	return Where(v.Found.Span)
}

// Where names a span's lines and page.
func Where(s schema.Span) string {
	w := "line " + strconv.Itoa(s.Line)
	if s.EndLine > s.Line {
		w = fmt.Sprintf("lines %d–%d", s.Line, s.EndLine)
	}
	if s.Page > 0 {
		w += ", page " + strconv.Itoa(s.Page)
	}
	return w
}

// Tip is the text hover or focus shows for the value, one fact a line.
func (v *Value) Tip() string {
	lines := append([]string{v.Head}, v.Facts...)
	lines = append(lines, "as written: "+oneLine(v.Found.Text), "rule: "+v.Found.Rule, v.Where()+" · "+v.List+" of "+v.Part)
	return strings.Join(lines, "\n")
}

// oneLine is a value's text on one line, cut short where it is long.
func oneLine(s string) string {
	return shorten(strings.ReplaceAll(s, "\n", " ⏎ "), 120)
}

// shorten cuts s after n runes, with an ellipsis.
func shorten(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

func deref(s *string, none string) string {
	if s == nil {
		return none
	}
	return *s
}

// Number writes a folded number as a reader reads it: digits grouped by
// thousands, no exponent, decimals only where there are some.
func Number(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	s := strconv.FormatFloat(math.Abs(f), 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if f < 0 {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}
