package parser

import (
	"strings"

	"bulletin/parser/extract"
	"bulletin/parser/layout"
	"bulletin/parser/segment"
	"bulletin/parser/span"
	"bulletin/schema"
)

// build assembles the record of a laid-out document, running the extractors
// over each item and passage.
func build(doc *layout.Document, seg *segment.Segmenter) *schema.Record {
	env := extract.NewEnv(doc, seg)
	rec := &schema.Record{
		SchemaVersion: schema.Version,
		Document:      document(doc),
		Items:         make([]schema.Item, 0, len(doc.Items)),
		Warnings:      []schema.Warning{},
	}
	for i, it := range doc.Items {
		rec.Items = append(rec.Items, item(i+1, it, env))
	}
	for _, p := range doc.Passages {
		in := &extract.Input{Text: p.Text, Role: p.Role, Env: env}
		rp := schema.Passage{Role: p.Role, Text: p.Text.String(), Span: spanOf(p.Text.Lines()), Entities: extract.Run(in)}
		rec.Passages = append(rec.Passages, rp)
	}
	if len(doc.Blocks) > 0 {
		rec.Document.Entities = extract.Run(blocksInput(doc.Blocks, env))
	}
	for _, w := range doc.Warnings {
		rec.Warnings = append(rec.Warnings, schema.Warning{Line: w.Line, Code: w.Code, Message: w.Message})
	}
	for _, it := range rec.Items {
		for _, d := range it.Dates {
			if d.Value == "" {
				rec.Warnings = append(rec.Warnings, schema.Warning{Line: d.Line, Code: "date-unresolved", Message: "no year for " + d.Text})
			}
		}
	}
	return rec
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
	in := &extract.Input{Text: it.Text(), Role: kind, Env: env}
	// A title read from the body heads a new copy of the item's text, and
	// the values found keep slices of it: the body is its end, so the
	// record keeps one copy of the text, not two.
	if t := in.Text.String(); len(t) > len(ri.Text) && strings.HasSuffix(t, ri.Text) {
		ri.Text = t[len(t)-len(ri.Text):]
	}
	ri.Entities = extract.Run(in)
	ri.Date = extract.EventDate(ri.Dates)
	return ri
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
	in := &extract.Input{Role: "tables", Blocks: blocks, Env: env}
	n := 0
	for _, b := range blocks {
		for _, r := range b.Rows[b.Header:] {
			n += len(r.Cells)
		}
	}
	in.Cells = make([]span.Text, 0, n)
	var notes span.Builder
	for _, b := range blocks {
		for _, r := range b.Rows[b.Header:] {
			if r.Spaced {
				in.Cells = append(in.Cells, r.Text)
				continue
			}
			for _, c := range r.Cells {
				if c != "" {
					in.Cells = append(in.Cells, span.Plain(c, r.Line))
				}
			}
		}
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
