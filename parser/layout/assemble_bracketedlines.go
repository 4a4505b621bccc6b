package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// bracketedLines reads as no heading the unnumbered headings set whole in
// one pair of brackets: a report's closing credit in brackets ((某某),
// (某县民政局 某某): a byline), or a photo's caption in brackets set in
// the flow of the text ((某某局召开…动员会)): text. A part's heading is
// not bracketed; a numbered one ((一)…) opens a part and is left. Read
// in their blank lines, such lines stand apart; a copy laid out again
// without them sets them as short lines among the text's, as headings are.
func (a *assembly) bracketedLines() {
	for i, r := range a.roles {
		if r != cue.Heading && r != cue.Subheading {
			continue
		}
		s := strings.TrimSpace(a.d.Lines[i].Sq)
		if k, _, _ := cue.Enumerator(s); k != cue.NoEnum {
			continue
		}
		if j := i + 1; j < len(a.roles) && a.wrappedCredit(s, a.d.Lines[j].Sq) {
			// A credit in brackets wrapped onto two lines ((某县 /
			// 民政局)): the two read as one.
			a.relabel(i, cue.Byline)
			a.relabel(j, cue.Byline)
			continue
		}
		if inner, ok := bracketed(s); !ok || strings.ContainsAny(inner, "（()）") {
			continue // not one pair round the whole line
		}
		if cue.BracketCredit(s) {
			a.relabel(i, cue.Byline)
			continue
		}
		a.relabel(i, cue.Body)
	}
}

// wrappedCredit reports whether s, opening a bracket it does not close,
// and the line after it, t, closing it, read together as a credit in
// brackets (cue.BracketCredit).
func (a *assembly) wrappedCredit(s, t string) bool {
	if !strings.HasPrefix(s, "(") && !strings.HasPrefix(s, "（") {
		return false // what opens no bracket wraps no credit in one
	}
	return cue.BracketCredit(s + strings.TrimSpace(t)) // one pair, no other bracket inside
}
