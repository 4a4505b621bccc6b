// Package layout finds the skeleton of a civil-affairs document in its
// cleaned lines: what kind it is (bulletin, notice, article), its header
// (masthead, 第N期, 发文字号, issuer, date), table of contents, sections,
// items and briefs, footer lists, closing lines and attachments. Every part
// keeps the original lines it came from.
//
// It works in four steps. Lines that hold several run together are cut
// apart (units.go). Every printed convention of package cue is matched
// against every line. A decoder labels all lines at once with their roles,
// under the profile of a kind of document that explains them best
// (profile.go, decode.go), with weights fitted to labelled documents
// (weights.tsv, fit.go). An assembly reads the Document off the labelled
// lines (assemble*.go).
package layout

import (
	"bulletin/parser/chrono"
	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// Role is what a line of a document is: its title, a header field, an
// item's heading, running text, the 落款, page chrome ….
type Role = cue.Role

// Labelled is a line of the document with the role the layout gave it. A
// line that held several parts run together is one Labelled a part.
type Labelled struct {
	Num  int
	Part int // 0 for a whole line, else 1, 2 …
	Text string
	Role Role
}

// Kind is the kind of document.
type Kind string

// The kinds of document, as GOLD.md and the record name them.
const (
	Bulletin Kind = "bulletin" // 简报, 工作动态: several news items
	Notice   Kind = "notice"   // 公文 (GB/T 9704-2012): 通知, 意见, 方案 …
	Article  Kind = "article"  // a single report
)

// Field is a value read from the text, with the text it was read from.
type Field struct {
	Value string
	Text  span.Text
	Rule  string // the cue that found it
}

// A MonthField is a month of the year a line names, 1 to 12, with where
// it was read and the rule that read it.
type MonthField struct {
	Month int
	Text  span.Text
	Rule  string
}

// Found reports whether the field was read.
func (f *Field) Found() bool { return f != nil && f.Value != "" }

// DateField is a date read from the text, resolved to ISO.
type DateField struct {
	Field
	Expr chrono.Expr
}

// List is a labelled list of a footer or header: 报, 发, 抄送, 主送.
type List struct {
	Label   string
	Entries []Field
	Text    span.Text
}

// Credit is a name printed with its job on the issue: 编辑：王晨晖.
type Credit struct {
	Role string
	Name Field
}

// Entry is a line of the table of contents.
type Entry struct {
	Section string
	Title   Field
}

// Item is a unit the document is made of: a headed news item, a brief, or a
// top-level section of a notice or article.
type Item struct {
	Section string
	// Month is the month a chronicle's section names alone (cue
	// chronicle-month: 3月 over entries 5日，…), whose days the entries
	// print alone; nil under any other section.
	Month     *MonthField
	Brief     bool
	Title     *Field // nil for a brief or an item whose heading was not found
	TitleFrom string // "body" or "contents"
	// Labelled says the title is the label that led the item's first
	// paragraph (办公室：牵头开展…): a unit's name, in a list of units' work.
	Labelled   bool
	Body       span.Text
	Attributed *Field  // the closing （…） attribution, as printed
	Sources    []Field // its units
	// Reach is the last line of the tables that stand right under the
	// item's text (TableReach), or 0.
	Reach int
}

// Text is the item's title and body as one text, a newline between them,
// the unit extractors read.
func (it Item) Text() span.Text {
	if it.Title == nil || it.TitleFrom != "body" {
		return it.Body // a Text is not changed once built: share it
	}
	var b span.Builder
	b.Grow(it.Title.Text.Len() + 1 + it.Body.Len())
	b.AddText(it.Title.Text)
	b.AddSeparator("\n", it.Title.Text.Lines().Last)
	b.AddText(it.Body)
	return b.Text()
}

// textLines is the range of lines the item's title and text stand on.
func (it Item) textLines() span.Lines {
	var l span.Lines
	if it.Body.Len() > 0 {
		l = it.Body.Lines()
	}
	if it.Title != nil && it.TitleFrom == "body" {
		t := it.Title.Text.Lines()
		if l.First == 0 || t.First < l.First {
			l.First = t.First
		}
		l.Last = max(l.Last, t.Last)
	}
	return l
}

// Lines is the range of original lines the item covers: its title and
// text, and the tables right under them.
func (it Item) Lines() span.Lines {
	l := it.textLines()
	if it.Reach > l.Last && l.First > 0 {
		l.Last = it.Reach
	}
	return l
}

// Passage is text outside the items that still carries facts: the preamble
// of a notice, the lead of an article, closing lines, attachment bodies.
type Passage struct {
	Role string // preamble, lead, section, closing, attachment, footer
	Text span.Text
}

// Block is a grid of cells found in the text (tab-separated, space-aligned
// or Markdown), handed on for the tables extractor to read.
type Block struct {
	Title  *Field
	Rows   []Row   // every line of the grid, header rows first
	Header int     // how many of the rows are header rows
	Notes  []Field // lines under the grid (任务提示, 注)
}

// Row is one line of a grid.
type Row struct {
	Cells []string
	Line  int
	Text  span.Text
	// Spaced marks a row whose cells one space set apart: where a cell
	// ends is a guess (副局长 李自钦 may be one cell or two), so its words
	// are read as the whole line.
	Spaced bool
}

// Attachment is a 附件 listed or printed.
type Attachment struct {
	Index string
	Title Field
}

// Warning is something the layout could not make sense of.
type Warning struct {
	Line    int
	Code    string
	Message string
}

// Document is the laid-out document.
type Document struct {
	Kind Kind
	// Profile names the grammar the lines were read under (bulletin,
	// notice, announcement, report …).
	Profile string
	// Lines are the document's lines with their roles, blank lines left out.
	Lines []Labelled

	Title      *Field
	Issue      *Field
	TotalIssue *Field
	DocNumber  *Field
	Issuer     *Field
	Date       *DateField
	Signer     *Field

	Recipients   []Field // 主送机关
	Distribution []List  // 报, 送, 发, 抄送, 印发
	Credits      []Credit
	Contents     []Entry
	Sections     []Field
	Attachments  []Attachment

	Items    []Item
	Passages []Passage
	Blocks   []Block
	Warnings []Warning

	// StatedYear is the year the text states for its subject (used where no
	// document date is printed).
	StatedYear int
	// ProclaimedAt is the number of the first line that proclaims the rules
	// of a notice (cue.ProclaimsRules: 现将有关事项通告如下), or 0: what
	// follows it is the notice's own text, also where a report carries it.
	ProclaimedAt int
}

// Ref is the reference that yearless dates resolve against.
func (d *Document) Ref() chrono.Ref {
	if d.Date != nil && d.Date.Expr.Value != "" {
		var y, m, dd int
		if n, _ := sscanISO(d.Date.Expr.Value, &y, &m, &dd); n >= 2 {
			return chrono.Ref{Year: y, Month: m, Day: dd}
		}
	}
	return chrono.Ref{Year: d.StatedYear}
}
