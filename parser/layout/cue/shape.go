package cue

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The shape of a line, measured against its document: these are no
// printed convention of their own, but what every convention is read
// against.

// terminal: the line ends a sentence (。！？；：), as a paragraph's last line does.
type terminal struct{}

func (terminal) Shape()                   {}
func (terminal) Name() string             { return "terminal" }
func (terminal) Roles() []Role            { return []Role{Body} }
func (terminal) Needs() []string          { return nil }
func (terminal) Match(d *Doc, i int) bool { return d.ends[i] }

// running: clause punctuation stands in the line outside brackets: running
// text. A headline with a comma in it (unended) is none.
type running struct{}

func (running) Shape()                   {}
func (running) Name() string             { return "running" }
func (running) Roles() []Role            { return []Role{Body} }
func (running) Needs() []string          { return nil }
func (running) Match(d *Doc, i int) bool { return d.punct[i] && !(unended{}).Match(d, i) }

// full: the line runs to the document's wrap width, so its text goes on.
type full struct{}

func (full) Shape()                   {}
func (full) Name() string             { return "full" }
func (full) Roles() []Role            { return []Role{Body} }
func (full) Needs() []string          { return nil }
func (full) Match(d *Doc, i int) bool { return d.Full(i) }

// bare: Chinese text with no clause punctuation that ends no sentence, the
// shape of a heading, a title or a field.
type bare struct{}

func (bare) Shape()                   {}
func (bare) Name() string             { return "bare" }
func (bare) Roles() []Role            { return []Role{Heading, Title, Section, Contents} }
func (bare) Needs() []string          { return nil }
func (bare) Match(d *Doc, i int) bool { return d.shaped(i) && !d.Full(i) }

// break: more blank lines than the document usually leaves stand before
// the line.
type breakBefore struct{}

func (breakBefore) Shape()                   {}
func (breakBefore) Name() string             { return "break" }
func (breakBefore) Roles() []Role            { return []Role{Heading, Title, Section} }
func (breakBefore) Needs() []string          { return nil }
func (breakBefore) Match(d *Doc, i int) bool { return i > 0 && d.Break(i) }

// first: the document's first line of words; lines of marks alone over
// it (a border, glyphs a copy could not encode: ?) open nothing.
type first struct{}

func (first) Shape()                   {}
func (first) Name() string             { return "first" }
func (first) Roles() []Role            { return []Role{Title} }
func (first) Needs() []string          { return nil }
func (first) Match(d *Doc, i int) bool { return i == d.wordsFrom }

// WordsFrom is the index of the document's first line of words.
func (d *Doc) WordsFrom() int { return d.wordsFrom }

// firstWords is the index of the first line that holds a letter, a figure
// or a Chinese character, or len(Lines).
func (d *Doc) firstWords() int {
	for i, l := range d.Lines {
		if strings.IndexFunc(l.Text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			return i
		}
	}
	return len(d.Lines)
}

// indented: the line is indented more than the document's lines usually
// are, as the first line of a paragraph or a signature may be.
type indented struct{}

func (indented) Shape()                   {}
func (indented) Name() string             { return "indented" }
func (indented) Roles() []Role            { return []Role{Body, Signature} }
func (indented) Needs() []string          { return nil }
func (indented) Match(d *Doc, i int) bool { return d.Lines[i].Indent > d.Indent }

// continues: the line may go on with the text of the line before, which
// ends no sentence, with no break between and nothing new opening it (the
// line before may as well be a heading).
type continues struct{}

func (continues) Shape()                   {}
func (continues) Name() string             { return "continues" }
func (continues) Roles() []Role            { return []Role{Body} }
func (continues) Needs() []string          { return nil }
func (continues) Match(d *Doc, i int) bool { return d.Continues(i) }

// Continues reports whether line i may go on with the text of line i-1.
func (d *Doc) Continues(i int) bool {
	if i == 0 || d.Break(i) || opensSomething(d.Lines[i]) || d.Lines[i].Part > 1 {
		return false
	}
	return !EndsSentence(d.Lines[i-1].Sq) && !closedRow(d, i)
}

// flowBefore is the line the text before line i flows from: the line
// before it, past the prompts a page set where a picture stood (aside),
// or -1.
func (d *Doc) flowBefore(i int) int {
	j := i - 1
	for j >= 0 && d.aside[j] {
		j--
	}
	return j
}

// endedBefore reports whether the text flowing into line i ended a
// sentence before it.
func (d *Doc) endedBefore(i int) bool {
	j := d.flowBefore(i)
	return j >= 0 && d.ends[j]
}

// closedRow reports whether line i-1 is a grid's row closed by its bar
// and line i holds none: a row in bars ends where its last bar stands, so
// a line of words after it goes on with no cell of it. A page's info
// fields set in bars are no grid's, and a border closes no row.
func closedRow(d *Doc, i int) bool {
	prev := strings.TrimSpace(d.Lines[i-1].Text)
	return d.rows[i-1] && !d.info[i-1] && strings.Trim(prev, "|｜-: ") != "" && (strings.HasSuffix(prev, "|") || strings.HasSuffix(prev, "｜")) && !strings.ContainsAny(d.Lines[i].Text, "|｜")
}

// standalone: a line of words with no clause mark between a sentence that
// ended and running text that begins: a heading set on a line of its own
// even where no blank line parts it from the text (…价值。/ 持续增强民生
// 保障能力 / 今年是…). It is no header field: a header's fields are set
// over the text, not between its sentences and its running text, and the
// first heading of a page's text follows the information line, which ends
// as a sentence does (…字体大小:).
type standalone struct{}

func (standalone) Denies() []Role  { return []Role{Header} }
func (standalone) Shape()          {}
func (standalone) Name() string    { return "standalone" }
func (standalone) Roles() []Role   { return []Role{Heading, Subheading} }
func (standalone) Needs() []string { return nil }

func (standalone) Match(d *Doc, i int) bool {
	if i == 0 || i+1 >= len(d.Lines) || !d.shaped(i) || strings.ContainsAny(d.Lines[i].Sq, "：:") {
		return false
	}
	return d.ends[i-1] && d.punct[i+1] && !d.shaped(i+1) && !d.Full(i)
}

// Standalone reports whether line i is a heading set on a line of its own
// between a sentence that ended and running text (standalone).
func (d *Doc) Standalone(i int) bool { return standalone{}.Match(d, i) }

// unnumbered: a line that opens with no enumerator in a document that
// numbers its parts (一、 二、 …): GOLD.md reads the item level off the
// outermost numbering, so such a line heads no item.
type unnumbered struct{}

func (unnumbered) Shape()          {}
func (unnumbered) Name() string    { return "unnumbered" }
func (unnumbered) Roles() []Role   { return []Role{Body} }
func (unnumbered) Needs() []string { return nil }

func (unnumbered) Match(d *Doc, i int) bool {
	if d.Top == NoEnum {
		return false
	}
	k, _, _ := Enumerator(d.Lines[i].Sq)
	return k == NoEnum
}

// labelled: a label, a colon and its value on a line of no running text
// (新余市民政局:0790-6413008, 发放标准：每人988元): a fact set out, no
// heading.
type labelled struct{}

func (labelled) Shape()          {}
func (labelled) Name() string    { return "labelled" }
func (labelled) Roles() []Role   { return []Role{Body, Closing, Header} }
func (labelled) Needs() []string { return []string{"：", ":"} }

func (labelled) Match(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	k := strings.IndexAny(s, "：:")
	if k <= 0 || SentencePunct(s) {
		return false
	}
	if s[k] == ':' && s[k-1] >= '0' && s[k-1] <= '9' {
		return false // 8:00, a time of day, is no label
	}
	_, n := utf8.DecodeRuneInString(s[k:])
	if k+n >= len(s) {
		return false // no value follows
	}
	// A fact's value holds figures or letters (988元, 0790-…, DàyáoqiáoLù);
	// words in quotation marks after a unit's name make a headline
	// (云城居养：举办“耆乐融融喜迎新春”…活动).
	v := s[k+n:]
	return strings.ContainsAny(v, "0123456789") || strings.IndexFunc(v, isLatin) >= 0 || !strings.ContainsAny(v, "“”\"")
}

func isLatin(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') || r >= 0xC0 && r < 0x250
}

// clockLine: a time of day or a span of them on a line of its own
// (上午8:00—12:00): opening hours listed in a section's text. It declares
// text only: hours under a heading are that heading's text, and hours in
// a closing's contact block are told by the lines around them.
type clockLine struct{}

func (clockLine) Name() string    { return "clock-line" }
func (clockLine) Roles() []Role   { return []Role{Body} }
func (clockLine) Needs() []string { return []string{":", "："} }

var clockLineRe = regexp.MustCompile(`^\p{Han}{0,2}\d{1,2}[:：]\d{2}(?:\s*[—\-~～至到]+\s*\d{1,2}[:：]\d{2})?$`)

func (clockLine) Match(d *Doc, i int) bool { return clockLineRe.MatchString(d.Lines[i].Sq) }

// figures: the line holds figures (a phone number, a time, an amount), as
// headings seldom do.
type figures struct{}

func (figures) Shape()          {}
func (figures) Name() string    { return "figures" }
func (figures) Roles() []Role   { return []Role{Body} }
func (figures) Needs() []string { return nil }

func (figures) Match(d *Doc, i int) bool {
	return strings.ContainsAny(d.Lines[i].Sq, "0123456789")
}
