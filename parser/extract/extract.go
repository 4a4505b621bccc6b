// Package extract pulls typed values out of the laid-out document: dates,
// quantities, agencies, people, contacts, tables and targets. Each kind is
// one Extractor in its own file; All lists them in the order they run. As
// in golang.org/x/tools/go/analysis, an extractor names the ones whose
// results it requires and reads their typed results, never a string key.
package extract

import (
	"strings"
	"sync"

	"bulletin/parser/chrono"
	"bulletin/parser/layout"
	"bulletin/parser/segment"
	"bulletin/parser/span"
	"bulletin/schema"
)

// Extractor finds one kind of value in a stretch of text.
type Extractor interface {
	// Name names the extractor; it prefixes the rule of every value found.
	Name() string
	// Requires lists the extractors whose results Extract reads; they
	// run before it.
	Requires() []Extractor
	// Extract adds what it finds in in to out and returns what the
	// extractors that require it read: a typed result, or nil.
	Extract(in *Input, out *schema.Entities) any
}

// resultOf is the result x returned for in, typed; the zero T where x has
// not run. x must be among the Requires of the caller.
func resultOf[T any](in *Input, x Extractor) T {
	r, _ := in.results[x.Name()].(T)
	return r
}

// extract runs x over in, keeping its result for the extractors after it.
func (in *Input) extract(x Extractor, out *schema.Entities) {
	r := x.Extract(in, out)
	if r == nil {
		return
	}
	if in.results == nil {
		in.results = map[string]any{}
	}
	in.results[x.Name()] = r
}

// All is every extractor, in the order they run.
var All = []Extractor{
	Dates{},
	Quantities{},
	Agencies{},
	People{},
	Contacts{},
	Phones{},
	Tables{},
	Targets{},
}

// Input is one stretch of text to read, with what the stages before know.
type Input struct {
	Text   span.Text
	Role   string         // item, brief, section, preamble, lead, closing, attachment, header, footer, tables
	Blocks []layout.Block // grids of cells (the tables extractor reads them)
	Cells  []span.Text    // the cells of those grids, for names of people and agencies
	Env    *Env
	// Label is the byte length of a label that opens Text and that the
	// layout read as the item's title (办公室 of 办公室：牵头开展…, the
	// colon left out), or 0.
	Label int
	// Year is the year the item's heading states for its part of an
	// undated text (一、2023年工作总结 / 二、2024年工作计划), or 0: its
	// yearless dates resolve against it, not the document's (Ref).
	Year int
	// Month is the month the item's section names alone (a chronicle's 1月
	// over its entries 3日，…), or 0: the days its text prints alone are
	// of that month, in the year the document states for its subject.
	Month int

	words   *clauses
	cells   []*cellWords
	results map[string]any // what each extractor returned, by name
	titled  []title
	tscan   bool
	cued    *textCues
	// lineBreaks are the offsets of the line breaks of breaksOf (the
	// text lineStart last read), read once (breaksRead).
	lineBreaks []int
	breaksOf   string
	breaksRead bool
}

// Ref is the reference the stretch's yearless dates resolve against: under
// a section that names its month (Month), that month in the year the
// document states for its subject, which a chronicle's title names
// (大事记2023年) whatever day the page was put up; the year its heading
// states (Year) where the document prints no date; else the document's.
func (in *Input) Ref() chrono.Ref {
	if in.Month > 0 {
		y := in.Env.Doc.StatedYear
		if y == 0 {
			y = in.Env.Ref.Year
		}
		return chrono.Ref{Year: y, HeadMonth: in.Month}
	}
	if in.Year > 0 && in.Env.Ref.Month == 0 {
		return chrono.Ref{Year: in.Year}
	}
	return in.Env.Ref
}

// cues are what the text holds for the expressions that need it, read
// once for the extractors that ask.
func (in *Input) cues() textCues {
	if in.cued == nil {
		c := cuesOf(in.Text.String())
		in.cued = &c
	}
	return *in.cued
}

// titles are the titles of office in Text, found once for the extractors
// that read them.
func (in *Input) titles() []title {
	if !in.tscan {
		in.titled, in.tscan = titlesIn(in.Text.String()), true
	}
	return in.titled
}

// Words returns the words, with their tags, of the clause of Text that
// holds byte offset i. Clauses are cut on first use and shared by the
// extractors.
func (in *Input) Words(i int) []segment.Token {
	if in.words == nil {
		in.words = newClauses(in.Text.String(), in.Env.Tag)
	}
	return in.words.at(i)
}

// CellWords returns the words of cell k of Cells. A cell is cut whole, on
// first use, once for all extractors: most cells (numbers, names) are
// never asked about.
func (in *Input) CellWords(k int) wordsAt {
	if in.cells == nil {
		in.cells = make([]*cellWords, len(in.Cells))
	}
	if in.cells[k] == nil {
		in.cells[k] = &cellWords{s: in.Cells[k].String(), tag: in.Env.Tag}
	}
	return in.cells[k].at
}

// cellWords cuts one cell when first asked.
type cellWords struct {
	s    string
	tag  func(string) []segment.Token
	ts   []segment.Token
	done bool
}

func (c *cellWords) at(int) []segment.Token {
	if !c.done {
		c.ts, c.done = c.tag(c.s), true
	}
	return c.ts
}

// Env is what every extractor of one document shares.
type Env struct {
	// Doc is the document, for what NewEnv reads of it and its Lines:
	// parser drops each of Doc.Items once it is read, while the others
	// are read, so an extractor reads the Input it is given, not the
	// other items.
	Doc      *layout.Document
	Ref      chrono.Ref // what yearless dates resolve against
	Locality Locality   // the places that short agency names stand for
	Seg      *segment.Segmenter

	// Items may be read by several goroutines at once (parser shares a
	// long document's items out): what Env fills in when first asked is
	// guarded.
	wholeOnce     sync.Once
	whole         string            // the document's lines, joined once when first asked
	namesMu       sync.Mutex        // guards names
	names         map[string]string // wholeName's answers: each name is looked up once
	outletsOnce   sync.Once
	outlets       map[string]bool // the outlets the document's datelines name (datelineOutlets)
	leadOnce      sync.Once
	leadReportsOn bool // whether an article's lead goes on reporting at its end (leadReports)
	apartMu       sync.Mutex
	apart         map[string]bool // memo's answers about the whole document, by key
	partsOnce     sync.Once
	reportParts   []partRange // the parts of the document that report what was done (reportPartsOf)
	citedOnce     sync.Once
	cited         map[string]bool // the titles the document cites in 《》 (citedTitles)
	newsOnce      sync.Once
	news          bool // whether the document is a news report (newsReport)
	newsLead      bool // whether that report's lead turns ahead (leadTurnsAhead)
}

// Whole is the text of every line of the document, one line a row: what a
// rule reads to see how a word is written elsewhere in the same document.
func (e *Env) Whole() string {
	e.wholeOnce.Do(func() {
		var b strings.Builder
		if e.Doc != nil {
			// Sized first: grown by doubling, a 16 MB document's copy
			// allocated 98 MB and kept up to twice its length.
			n := 0
			for _, l := range e.Doc.Lines {
				n += len(l.Text) + 1
			}
			b.Grow(n)
			for _, l := range e.Doc.Lines {
				b.WriteString(l.Text)
				b.WriteByte('\n')
			}
		}
		e.whole = b.String()
	})
	return e.whole
}

// NewEnv prepares the shared state for one document.
func NewEnv(doc *layout.Document, seg *segment.Segmenter) *Env {
	return &Env{Doc: doc, Ref: refOf(doc), Locality: localityOf(doc), Seg: seg}
}

// Tag cuts s into words, or returns nil where no segmenter is loaded.
func (e *Env) Tag(s string) []segment.Token {
	if e.Seg == nil {
		return nil
	}
	return e.Seg.Tag(s)
}

// Run runs every extractor of All over in.
func Run(in *Input) schema.Entities {
	var out schema.Entities
	for _, x := range All {
		in.extract(x, &out)
	}
	return out
}

// RunDates runs the dates extractor alone over in (it requires none
// other): the dates of a stretch read for no other value.
func RunDates(in *Input) []schema.Date {
	var out schema.Entities
	in.extract(Dates{}, &out)
	return out.Dates
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

// RunUpTo runs the extractors of All before index k without timing
// interest, then extractor k, and returns what they found: a benchmark of
// one extractor needs the results of those it depends on.
func RunUpTo(in *Input, k int) schema.Entities {
	var out schema.Entities
	for i := 0; i <= k && i < len(All); i++ {
		in.extract(All[i], &out)
	}
	return out
}

// DataCells are the data cells of the grids blocks, as the extractors read
// them for the people and bodies they name: each filled cell of a data
// row, or the whole line of a row whose cells one space parts (where a
// cell ends is a guess there).
func DataCells(blocks []layout.Block) []span.Text {
	n := 0
	for _, b := range blocks {
		for _, r := range b.Rows[b.Header:] {
			n += len(r.Cells)
		}
	}
	cells := make([]span.Text, 0, n)
	for _, b := range blocks {
		for _, r := range b.Rows[b.Header:] {
			if r.Spaced {
				cells = append(cells, r.Text)
				continue
			}
			for _, c := range r.Cells {
				if c != "" {
					cells = append(cells, span.Plain(c, r.Line))
				}
			}
		}
	}
	return cells
}
