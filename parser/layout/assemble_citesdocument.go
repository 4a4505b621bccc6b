package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// citesDocument reports whether line i closes a numbered heading that
// names a document and ends with its number in brackets (二、国务院关于同意
// 某省调整某市部分行政区划的批复(国函〔2015〕37号)), as lists of documents
// head each entry: the title ends there, so a line that fills the wrap
// width with it does not run on into the text under it. The heading may
// have wrapped once, its number's tail alone on the line below (…的批复(国函
// 〔2015〕36 / 号)).
func (a *assembly) citesDocument(i int) bool {
	heading := func(k int) bool { return a.roles[k] == cue.Heading || a.roles[k] == cue.Subheading }
	s := a.d.Lines[i].Sq
	if i > 0 && heading(i-1) && a.d.Full(i-1) && !a.d.Full(i) && a.roles[i] != cue.Subheading {
		s = a.d.Lines[i-1].Sq + s // the tail of a heading that wrapped
	} else if !heading(i) {
		return false
	}
	k, _, end := cue.Enumerator(s)
	if k == cue.NoEnum {
		return false
	}
	_, _, _, ok := cue.TitledNumber(strings.TrimSpace(s[end:]))
	return ok
}
