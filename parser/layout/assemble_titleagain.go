package layout

import (
	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// titleAgain reads as furniture the unnumbered headings that print the
// document's title again, word for word, on a line of their own (a page
// that sets its headline in the text's flow and its fields under the
// text, 标题:…): the headline names the whole text and heads no part of
// it. The title read off a page's field (webTitle) counts as the title.
// A line the title was read from is the title's.
func (a *assembly) titleAgain() {
	var titles []*Field
	for _, t := range []*Field{a.doc.Title, a.webTitle} {
		if t != nil {
			titles = append(titles, t)
		}
	}
	for i, r := range a.roles {
		if r != cue.Heading && r != cue.Subheading {
			continue
		}
		if k, _, _ := cue.Enumerator(a.d.Lines[i].Sq); k != cue.NoEnum {
			continue
		}
		s := span.SqueezeString(a.d.Lines[i].Text)
		for _, t := range titles {
			if span.SqueezeString(t.Value) == s && !a.titleLine(t, i) {
				a.relabel(i, cue.Chrome)
				break
			}
		}
	}
}

// titleLine reports whether line i is a line title t was read from.
func (a *assembly) titleLine(t *Field, i int) bool {
	if t.Text.Len() == 0 {
		return false
	}
	ls, n := t.Text.Lines(), a.d.Lines[i].Num
	return ls.First <= n && n <= ls.Last
}
