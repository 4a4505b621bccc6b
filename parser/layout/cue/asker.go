package cue

import "strings"

// asker: the label a press conference's transcript sets over a question,
// the outlet and its reporter's job with no name after them, on a line of
// its own (中央广播电视总台央视记者, 香港《紫荆》杂志记者). It names who
// asks, as a byline names who wrote: never a headline or a heading.
type asker struct{}

func (asker) Name() string    { return "asker" }
func (asker) Roles() []Role   { return []Role{Header, Body, Byline} }
func (asker) Denies() []Role  { return []Role{Title, Heading, Subheading} }
func (asker) Needs() []string { return reporterWords.all() }

func (asker) Match(d *Doc, i int) bool { return d.askers[i] }

// askerLines marks the asker's labels of a transcript: a transcript sets
// one over each question, so a label is followed by a question (the next
// line that is no label asks, ？), and a document shows two or more; a
// lone line of the shape is as likely a headline or a line of text that a
// reporter's job ends (致敬…人民网记者, …邀请了省电视台记者 / 参加。).
func (d *Doc) askerLines() []bool {
	out := make([]bool, len(d.Lines))
	n := 0
	for i, l := range d.Lines {
		if !AskerLabel(l.Sq) {
			continue
		}
		j := i + 1
		for j < len(d.Lines) && (strings.TrimSpace(d.Lines[j].Sq) == "" || AskerLabel(d.Lines[j].Sq)) {
			j++
		}
		if j < len(d.Lines) && strings.ContainsAny(d.Lines[j].Sq, "？?") {
			out[i] = true
			n++
		}
	}
	if n < 2 {
		clear(out)
	}
	return out
}

// AskerLabel reports whether s is an outlet's name and its reporter's job
// alone (《中国社会报》记者): no name, no clause, no figure.
func AskerLabel(s string) bool {
	job, ok := reporterWords.suffix(s)
	if !ok {
		return false
	}
	outlet := strings.TrimSuffix(s, job)
	if outlet == "" || SentencePunct(outlet) || strings.ContainsAny(outlet, "0123456789:：") {
		return false
	}
	_, ok = outletEnds.suffix(outlet)
	return ok
}

// Asker reports whether line i is a transcript's label of who asks.
func (d *Doc) Asker(i int) bool { return d.askers[i] }
