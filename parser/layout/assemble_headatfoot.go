package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// headAtFoot reads the last heading of a text, where only the
// page's information lines follow it (来源:某报 / 2022年08月14日 / 作者:
// 某某, read as a byline or the head's), as the page's headline: a copy
// that sets the page's head under its text prints the headline over its
// fields there, and a heading over no text heads no part. Where no title
// was read it is the title; else it is furniture. A numbered heading, one
// worded as a sentence, and one over no text above it are left; a
// bulletin is left to its own reading.
func (a *assembly) headAtFoot() {
	if a.doc.Kind == Bulletin {
		return
	}
	info := false
	for i := len(a.roles) - 1; i >= 0; i-- {
		switch a.roles[i] {
		case cue.Chrome:
			continue
		case cue.Byline, cue.Header:
			info = true
			continue
		case cue.Heading, cue.Subheading:
			s := a.d.Lines[i].Sq
			if k, _, _ := cue.Enumerator(s); !info || k != cue.NoEnum || cue.SentencePunct(s) {
				return
			}
			if p := a.prevLine(i); p < 0 || a.roles[p] != cue.Body {
				return
			}
			if a.doc.Title != nil {
				a.relabel(i, cue.Chrome)
				return
			}
			a.relabel(i, cue.Title)
			t := a.text(i)
			a.doc.Title = &Field{Value: strings.TrimSpace(t.String()), Text: t, Rule: "headline over the page's information"}
		}
		return
	}
}
