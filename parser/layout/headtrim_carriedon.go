package layout

import (
	"strings"

	"bulletin/parser/punct"

	"bulletin/parser/layout/cue"
)

// carriedOn: in a text wrapped at a width, a headline's line that runs to
// the wrap goes on in the line under it; a headline's last line stops
// short of it. Where the decoder read the line under the headline's last,
// which runs to the wrap, as a header's (…专题工作组会议 / 召开), that line
// ends the headline: up to an information field the page ran on after it
// (——全省民政工作会议在太原召开 作者:某某 来源:某某), which carriedCut
// leaves out, and whose fields the header still reads. A line under it that opens with a field, a date or figures,
// an outlet's dateline or a trail of links, that holds a timestamp or a
// 发文字号, or that ends a sentence, is the page's or the text's, no end
// of a headline; nor is a line under a headline's line wider than the
// wrap, which the copy did not wrap.
type carriedOn struct{}

func (carriedOn) name() string { return "a headline wrapped on to the line under it" }

func (carriedOn) trim(a *assembly, idx []int) []int {
	if a.d.Wrap == 0 || len(idx) == 0 {
		return idx
	}
	last := idx[len(idx)-1]
	j := last + 1
	if j >= len(a.d.Lines) || a.roles[j] != cue.Header || !a.reachesWrap(last) || a.d.Lines[j].Blanks > 0 {
		return idx
	}
	if cue.Width(strings.TrimSpace(a.d.Lines[last].Text)) > a.d.Wrap+a.d.Slack {
		return idx // wider than the wrap: the copy left the line whole, its end its own
	}
	s := strings.TrimSpace(a.d.Lines[j].Sq)
	if r := []rune(s); len(r) == 0 || !cue.IsHan(r[0]) && !strings.ContainsRune("—“《(（", r[0]) {
		return idx
	}
	fs := cue.InfoFields(strings.TrimSpace(a.d.Lines[j].Text))
	if len(fs) > 0 && strings.HasPrefix(s, fs[0].Key) || cue.OutletLead(s) || cue.IsBreadcrumb(s) || cue.EndsSentence(s) {
		return idx
	}
	if _, ok := cue.Timestamp(s); ok {
		return idx
	}
	// A 发文字号 is the header's, unless the headline opened the bracket
	// it stands in ((济民 / 字〔2020〕20号)): the line closes the headline.
	if _, ok := cue.DocNumber(s); ok && punct.Balanced(a.d.Lines[last].Sq) {
		return idx
	}
	if len(fs) == 0 {
		a.relabel(j, cue.Title) // a line that holds fields stays the header's, whose fields are read
	}
	a.carried = j + 1
	return append(idx, j)
}

// carriedCut is where the headline v ends when carriedOn took the line
// under it and the page ran an information field on after the headline's
// words in that line: before the field's key; len(v) else.
func (a *assembly) carriedCut(v string) int {
	if a.carried == 0 {
		return len(v)
	}
	l := strings.TrimSpace(a.d.Lines[a.carried-1].Text)
	for _, f := range cue.InfoFields(l) {
		// The first field's key past the line's start: the words before it
		// end the headline (a field may read them as a medium's name).
		k := strings.Index(l[f.Start:], f.Key)
		if k < 0 || f.Start+k == 0 {
			continue
		}
		if at := strings.LastIndex(v, l[f.Start+k:f.ValueStart]); at > 0 {
			return len(strings.TrimRight(v[:at], " "))
		}
		break
	}
	return len(v)
}
