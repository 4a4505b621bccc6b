package parser

import (
	"regexp"
	"strconv"
	"strings"

	"bulletin/parser/extract"
	"bulletin/parser/layout"
	"bulletin/parser/layout/cue"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
	"bulletin/parser/span"
	"bulletin/schema"
)

// build assembles the record of a laid-out document, running the extractors
// over each item and passage. It uses up doc: each item's layout is dropped
// once read (see buildWith).
func build(doc *layout.Document, seg *segment.Segmenter) *schema.Record {
	return buildWith(doc, seg, workersFor(doc))
}

// buildWith is build with the items, passages and grids read by up to
// workers goroutines. Each is read independently of the others, into its
// own slot, so the record is the same for any number of workers.
//
// An item's layout is dropped from doc once the item is read: the record
// holds what it needs of it, and the body of an item titled from its body
// is then garbage (the record keeps the copy that heads it with its title).
// On a 16 MB document that frees 14 MB while the rest is read, and the
// collector, which marks the live heap at every cycle, spent 0.72 s instead
// of 0.98 s (GODEBUG=gctrace=1, one run each, 2026-12-02).
func buildWith(doc *layout.Document, seg *segment.Segmenter, workers int) *schema.Record {
	env := extract.NewEnv(doc, seg)
	rec := &schema.Record{
		SchemaVersion: schema.Version,
		Document:      document(doc),
		Items:         make([]schema.Item, len(doc.Items)),
		Warnings:      []schema.Warning{},
	}
	if len(doc.Passages) > 0 {
		rec.Passages = make([]schema.Passage, len(doc.Passages))
	}
	tasks := len(doc.Items) + len(doc.Passages)
	if len(doc.Blocks) > 0 {
		tasks++
	}
	cue.Share(tasks, workers, func(k int) {
		switch {
		case k < len(doc.Items):
			rec.Items[k] = item(k+1, doc.Items[k], env)
			doc.Items[k] = layout.Item{}
		case k < len(doc.Items)+len(doc.Passages):
			rec.Passages[k-len(doc.Items)] = passage(doc.Passages[k-len(doc.Items)], env)
		default:
			rec.Document.Entities = extract.Run(blocksInput(doc.Blocks, env))
		}
	})
	for _, w := range doc.Warnings {
		rec.Warnings = append(rec.Warnings, schema.Warning{Line: w.Line, Code: w.Code, Message: w.Message})
	}
	// A date whose year nothing decides keeps its text with an empty
	// value (schema.Date), and the record says so, wherever it stands.
	unresolved := func(ds []schema.Date) {
		for _, d := range ds {
			if d.Value == "" {
				rec.Warnings = append(rec.Warnings, schema.Warning{Line: d.Line, Code: "date-unresolved", Message: "no year for " + d.Text})
			}
		}
	}
	for _, it := range rec.Items {
		unresolved(it.Dates)
	}
	for _, p := range rec.Passages {
		unresolved(p.Dates)
	}
	return rec
}

// passage is the record of a passage outside the items (preamble, lead,
// closing, attachment, footer) with what the extractors find in it.
func passage(p layout.Passage, env *extract.Env) schema.Passage {
	in := &extract.Input{Text: p.Text, Role: p.Role, Env: env}
	return schema.Passage{Role: p.Role, Text: p.Text.String(), Span: spanOf(p.Text.Lines()), Entities: extract.Run(in)}
}

func item(index int, it layout.Item, env *extract.Env) schema.Item {
	kind := "item"
	switch {
	case it.Brief:
		kind = "brief"
	case env.Doc.Kind != layout.Bulletin:
		kind = "section"
	}
	ri := schema.Item{
		Index:     index,
		Kind:      kind,
		Section:   it.Section,
		TitleFrom: it.TitleFrom,
		Sources:   []string{},
		Text:      it.Body.String(),
		Span:      spanOf(it.Lines()),
	}
	if it.Title != nil {
		t := it.Title.Value
		ri.Title = &t
	}
	for _, s := range it.Sources {
		ri.Sources = append(ri.Sources, s.Value)
	}
	in := &extract.Input{Text: it.Text(), Role: kind, Env: env, Year: partYear(it), Month: sectionMonth(it)}
	if it.Labelled && it.TitleFrom == "body" && strings.HasPrefix(in.Text.String(), it.Title.Text.String()) {
		// Text opens with the title only where the title was read from
		// the body (Item.Text).
		in.Label = it.Title.Text.Len()
	}
	// A title read from the body heads a new copy of the item's text, and
	// the values found keep slices of it: the body is its end, so the
	// record keeps one copy of the text, not two.
	if t := in.Text.String(); len(t) > len(ri.Text) && strings.HasSuffix(t, ri.Text) {
		ri.Text = t[len(t)-len(ri.Text):]
	}
	ri.Entities = extract.Run(in)
	ri.Date = extract.EventDate(ri.Dates)
	if ri.Date == nil && it.Reach > 0 {
		ri.Date = tableDate(it, env)
	}
	return ri
}

// tableDate is the first date the grids right under an item's text
// (Item.Reach) give, where the text itself dates nothing: an item that is
// its table (道路命名表 over 开工年月 2011.07) is dated by its cells, dates in
// cells counting as the text's do (GOLD.md, dates).
func tableDate(it layout.Item, env *extract.Env) *string {
	last := it.Body.Lines().Last
	var blocks []layout.Block
	for _, b := range env.Doc.Blocks {
		if len(b.Rows) > 0 && b.Rows[0].Line > last && b.Rows[len(b.Rows)-1].Line <= it.Reach {
			blocks = append(blocks, b)
		}
	}
	if len(blocks) == 0 {
		return nil
	}
	return extract.EventDate(extract.RunDates(blocksInput(blocks, env)))
}

// partYear is the year an item's heading, or its section's, names as the
// year of the work its part sums up or plans (一、2023年工作总结 / 二、2024
// 年度工作计划), or 0. A year that names what the work is about
// (2022年度审计问题整改) dates nothing of the part.
func partYear(it layout.Item) int {
	heads := []string{it.Section}
	if it.Title != nil {
		heads = []string{it.Title.Value, it.Section}
	}
	for _, h := range heads {
		if y, ok := workYear(h); ok {
			return y
		}
	}
	return 0
}

// sectionMonth is the month a chronicle's section names over the item
// (layout's chronicle month), or 0: the month of the days its entries
// print alone.
func sectionMonth(it layout.Item) int {
	if it.Month == nil {
		return 0
	}
	return it.Month.Month
}

// yearLeadRe is a heading's opening year: 2023年, 2024年度.
var yearLeadRe = regexp.MustCompile(`^((?:19|20)\d{2})年度?`)

// workYear reads the year a heading opens with where the words after it
// name a year's work (cue_words partwork: 工作, 主要工作, 重点工作):
// 2023年工作总结, 2024年度主要工作, 2024年工作计划.
func workYear(h string) (int, bool) {
	m := yearLeadRe.FindStringSubmatch(h)
	if m == nil {
		return 0, false
	}
	if _, ok := lexicon.CueWordList("partwork").Prefix(h[len(m[0]):]); !ok {
		return 0, false
	}
	y, _ := strconv.Atoi(m[1])
	return y, true
}

func document(d *layout.Document) schema.Document {
	out := schema.Document{
		Kind:         string(d.Kind),
		Recipients:   []string{},
		Distribution: []schema.Distribution{},
		Editors:      []schema.Credit{},
		Sections:     []string{},
		Evidence:     map[string]schema.Evidence{},
	}
	set := func(name string, f *layout.Field) *string {
		if !f.Found() {
			return nil
		}
		out.Evidence[name] = schema.Evidence{Text: f.Text.String(), Span: spanOf(f.Text.Lines()), Rule: f.Rule}
		v := f.Value
		return &v
	}
	out.Title = set("title", d.Title)
	out.Issue = set("issue", d.Issue)
	out.TotalIssue = set("total_issue", d.TotalIssue)
	out.DocNumber = set("doc_number", d.DocNumber)
	out.Issuer = set("issuer", d.Issuer)
	out.Signer = set("signer", d.Signer)
	if d.Date != nil {
		out.Date = set("date", &d.Date.Field)
	}
	for _, r := range d.Recipients {
		out.Recipients = append(out.Recipients, r.Value)
	}
	for _, l := range d.Distribution {
		dl := schema.Distribution{Label: l.Label, Entries: []string{}, Text: l.Text.String(), Span: spanOf(l.Text.Lines())}
		for _, e := range l.Entries {
			dl.Entries = append(dl.Entries, e.Value)
		}
		out.Distribution = append(out.Distribution, dl)
	}
	for _, c := range d.Credits {
		out.Editors = append(out.Editors, schema.Credit{Role: c.Role, Name: c.Name.Value, Span: spanOf(c.Name.Text.Lines())})
	}
	for _, e := range d.Contents {
		out.Contents = append(out.Contents, schema.ContentsLine{Section: e.Section, Title: e.Title.Value, Span: spanOf(e.Title.Text.Lines())})
	}
	for _, s := range d.Sections {
		out.Sections = append(out.Sections, s.Value)
	}
	for _, a := range d.Attachments {
		out.Attachments = append(out.Attachments, schema.Attachment{Index: a.Index, Title: a.Title.Value, Span: spanOf(a.Title.Text.Lines())})
	}
	return out
}

func spanOf(l span.Lines) schema.Span {
	s := schema.Span{Line: l.First}
	if l.Last != l.First {
		s.EndLine = l.Last
	}
	return s
}

// blocksInput is what the extractors read of the document's grids: the
// grids themselves (tables), their data cells (people and agencies named in
// them) and the notes under them (quantities and targets); cells are not
// quantities.
func blocksInput(blocks []layout.Block, env *extract.Env) *extract.Input {
	in := &extract.Input{Role: "tables", Blocks: blocks, Env: env, Cells: extract.DataCells(blocks)}
	var notes span.Builder
	for _, b := range blocks {
		for _, n := range b.Notes {
			if notes.Len() > 0 {
				notes.AddSeparator("\n", n.Text.Lines().First)
			}
			notes.AddText(n.Text)
		}
	}
	in.Text = notes.Text()
	return in
}
