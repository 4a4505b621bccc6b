package cue

import "strings"

// leadRepeat: the text's opening sentences printed again over the text
// whole, as a page sets its summary (【摘要】…, 导读：…) or a teaser cut
// short above the story: a labelled summary, or a line cut off before a
// sentence's end, that a later line opens with, word for word, and runs
// on past. The later line is the text; the copy over it is the page's.
type leadRepeat struct{}

func (leadRepeat) Settles() Role   { return Chrome }
func (leadRepeat) Name() string    { return "lead-repeat" }
func (leadRepeat) Roles() []Role   { return []Role{Chrome} }
func (leadRepeat) Needs() []string { return nil }

func (leadRepeat) Match(d *Doc, i int) bool { return d.leads[i] }

var summaryWords = cueWords("summary")

// leadOf is s with a summary's label taken off its start (【摘要】, 摘要：),
// and whether it had one.
func leadOf(s string) (lead string, labelled bool) {
	s = strings.TrimSpace(s)
	for _, p := range [][2]string{{"【", "】"}, {"[", "]"}, {"", "："}, {"", ":"}} {
		inner, ok := strings.CutPrefix(s, p[0])
		if !ok {
			continue
		}
		if k := strings.Index(inner, p[1]); k > 0 && summaryWords.has(strings.TrimSpace(inner[:k])) {
			return strings.TrimSpace(inner[k+len(p[1]):]), true
		}
	}
	return s, false
}

// firstSentence is s up to its first sentence's end, "" where it holds
// none.
func firstSentence(s string) string {
	if k := strings.IndexAny(s, "。！？"); k > 0 {
		return s[:k]
	}
	return ""
}

// repeatedLeads marks the lines leadRepeat reads: a summary under its label,
// or a teaser cut short of a sentence's end, whose words a later, longer
// line opens with. Lines are matched by their first sentence, so each is
// compared with the lines that share it only.
func (d *Doc) repeatedLeads() []bool {
	out := make([]bool, len(d.Lines))
	last := map[string]int{} // a first sentence, the last line it opens
	leads := make([]string, len(d.Lines))
	labelled := make([]bool, len(d.Lines))
	for i, l := range d.Lines {
		leads[i], labelled[i] = leadOf(l.Sq)
		if f := firstSentence(leads[i]); f != "" && HasHan(f) {
			last[f] = i
		}
	}
	for i := range d.Lines {
		f := firstSentence(leads[i])
		if f == "" {
			continue
		}
		// A summary says it is one; a teaser stops short of a sentence's
		// end. A whole sentence said again on its own line (a picture's
		// caption, a pulled quote) is neither.
		if !labelled[i] && EndsSentence(leads[i]) {
			continue
		}
		j, ok := last[f]
		if ok && j > i && len(leads[j]) > len(leads[i]) && strings.HasPrefix(leads[j], leads[i]) {
			out[i] = true
		}
	}
	return out
}
