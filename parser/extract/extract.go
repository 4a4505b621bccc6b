// Package extract pulls typed values out of the laid-out document: dates,
// quantities, agencies, people, contacts, tables and targets. Each kind is
// one Extractor in its own file; All lists them in the order they run, and
// an extractor may read what the ones before it found.
package extract

import (
	"bulletin/parser/chrono"
	"bulletin/parser/layout"
	"bulletin/parser/span"
	"bulletin/schema"
)

// Extractor finds one kind of value in a stretch of text.
type Extractor interface {
	// Name names the extractor; it prefixes the rule of every value found.
	Name() string
	// Needs names the extractors whose results Extract reads from out.
	Needs() []string
	// Extract adds what it finds in in to out.
	Extract(in *Input, out *schema.Entities)
}

// All is every extractor, in the order they run.
var All = []Extractor{
	Dates{},
}

// Input is one stretch of text to read, with what the stages before know.
type Input struct {
	Text   span.Text
	Role   string         // item, brief, section, preamble, lead, closing, attachment, header, footer, tables
	Blocks []layout.Block // grids of cells to read (tables, and people in them)
	Env    *Env
}

// Env is what every extractor of one document shares.
type Env struct {
	Doc *layout.Document
	Ref chrono.Ref // what yearless dates resolve against
}

// NewEnv prepares the shared state for one document.
func NewEnv(doc *layout.Document) *Env {
	return &Env{Doc: doc, Ref: doc.Ref()}
}

// Run runs every extractor of All over in.
func Run(in *Input) schema.Entities {
	var out schema.Entities
	for _, x := range All {
		x.Extract(in, &out)
	}
	return out
}

// found makes the Found of bytes [i, j) of t.
func found(t span.Text, i, j int, rule string) schema.Found {
	l := t.LinesOf(i, j)
	f := schema.Found{Text: t.String()[i:j], Rule: rule}
	f.Line = l.First
	if l.Last != l.First {
		f.EndLine = l.Last
	}
	return f
}
