package cue

import (
	"strings"

	"bulletin/parser/punct"
	"unicode/utf8"
)

// unended: the first line of a text that holds a paragraph a line (it
// measures no wrap width) has clause punctuation, ends no sentence and is
// narrower than the text's paragraphs, and running text follows it: no
// paragraph but a headline with a comma in it (海南州启动…行动,保障困难群众
// 温暖过冬). A lead the copy cut short is none: it opens with the lead's
// time (近年来, / 日前,), or stops at a clause's mark (…印发通知,), or is as
// wide as the paragraphs under it.
//
// In a text wrapped at a width (the lines of a paragraph run to it, its
// last stops short), a first line that stops short of the wrap ends a
// paragraph of one line; with running text that runs to the wrap under it,
// such a line that ends no sentence is the headline set over the text, as
// the same line is in the text that holds a paragraph a line. An outlet's
// dateline (本报讯(记者…)) opens a lead, no headline; a line that leaves a
// quotation or a bracket open (“老人家,我们来看看您,…) was cut from a
// paragraph, which a wider measure or a narrower one's count of
// characters set apart from its start.
type unended struct{}

func (unended) Shape()          {}
func (unended) Name() string    { return "unended" }
func (unended) Roles() []Role   { return []Role{Title} }
func (unended) Needs() []string { return nil }

func (unended) Match(d *Doc, i int) bool {
	if i != d.wordsFrom || !d.punct[i] || d.ends[i] || i+1 >= len(d.Lines) || !d.punct[i+1] {
		return false
	}
	s := d.Lines[i].Sq
	if !HasHan(s) {
		return false
	}
	if d.Wrap != 0 {
		if d.Full(i) || !d.full(i+1) || OutletLead(s) || !punct.Balanced(s) {
			return false
		}
	} else if Width(s) >= d.Paragraph {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(s); strings.ContainsRune("，,、", last) {
		return false
	}
	w, ok := leadTimes.prefix(s)
	next, _ := utf8.DecodeRuneInString(s[len(w):])
	return !ok || !strings.ContainsRune("，,", next)
}
