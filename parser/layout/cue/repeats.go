package cue

import "strings"

// repeatsEarlier: the line repeats an earlier line of the document word
// for word: a contents entry or section label met again in the body.
type repeatsEarlier struct{}

func (repeatsEarlier) Name() string    { return "repeats-earlier" }
func (repeatsEarlier) Roles() []Role   { return []Role{Heading, Section} }
func (repeatsEarlier) Needs() []string { return nil }

func (repeatsEarlier) Match(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	if s == "" || s == d.headline || !titleShaped(s) {
		return false
	}
	k, ok := d.firstAt[s]
	return ok && k < i
}

// repeatsHeadline: the headline printed again: a page's second copy of its
// title, or a PDF's running header, which repeats the page's first line
// whatever its shape (淮安市民政局:取消…!).
type repeatsHeadline struct{}

func (repeatsHeadline) Settles() Role   { return Chrome }
func (repeatsHeadline) Name() string    { return "repeats-headline" }
func (repeatsHeadline) Roles() []Role   { return []Role{Chrome} }
func (repeatsHeadline) Needs() []string { return nil }

func (repeatsHeadline) Match(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	if t := strings.Trim(s, " |"); t != "" && t == d.firstText && i > d.firstTextAt {
		return true
	}
	return d.headline != "" && s == d.headline && d.firstAt[s] < i
}

// repeatedLater: a heading's words printed again further on: an entry of a
// table of contents (本期内容) whose item follows, the same words or the
// one wrapped where the other is not (…专题会议 / …疫情防控 + 和安全生产…).
type repeatedLater struct{}

func (repeatedLater) Name() string    { return "repeated-later" }
func (repeatedLater) Roles() []Role   { return []Role{Contents} }
func (repeatedLater) Needs() []string { return nil }

func (repeatedLater) Match(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	if s == "" || s == d.headline || !titleShaped(s) || d.info[i] || i > d.running {
		return false // a table of contents comes before the text; an information line is none
	}
	if k, ok := d.lastAt[s]; ok && k > i {
		return true
	}
	key, ok := headKey(s)
	if !ok {
		return false
	}
	for _, k := range d.heads[key] {
		t := d.Lines[k].Sq
		if k > i && t != s && (strings.HasPrefix(t, s) || strings.HasPrefix(s, t)) {
			return true
		}
	}
	return false
}

// headKey is the first words of a heading-shaped line, by which its copies
// are found: four characters, what the shortest title holds.
func headKey(s string) (string, bool) {
	n := 0
	for i := range s {
		if n == 4 {
			return s[:i], true
		}
		n++
	}
	return "", false
}

// headIndex lists the heading-shaped lines by their first words.
func (d *Doc) headIndex() map[string][]int {
	heads := map[string][]int{}
	for i, l := range d.Lines {
		if !titleShaped(l.Sq) {
			continue
		}
		if key, ok := headKey(l.Sq); ok {
			heads[key] = append(heads[key], i)
		}
	}
	return heads
}

// firstRunning is the index of the first line of running text (one that
// ends a sentence), or the number of lines.
func (d *Doc) firstRunning() int {
	for i := range d.Lines {
		if d.punct[i] && d.ends[i] {
			return i
		}
	}
	return len(d.Lines)
}
