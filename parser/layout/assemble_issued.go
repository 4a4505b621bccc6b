package layout

import (
	"slices"
	"strings"

	"bulletin/parser/layout/cue"
)

// issuedUnderSeal reads the close of a notice that issues a document (现将
// 《某某工作要点》印发给你们) where the copy kept its 落款's body and lost
// the date under it: the body's name alone on a line, then the issued
// document's title printed again over its text. The name is the 落款
// (GB/T 9704-2012 §7.3.5), and the issued document from its title on is
// what the notice carries, an attachment (GOLD.md: its parts are none of
// the notice's items), as it is where the date stands.
func (a *assembly) issuedUnderSeal() {
	if a.doc.Kind != Notice || a.doc.Title == nil || slices.Contains(a.roles, cue.Signature) {
		return
	}
	i, j := a.issuedPrinted(textRole)
	if j < 0 {
		return
	}
	p := j - 1
	for p > i && a.roles[p] == cue.Chrome {
		p--
	}
	if p <= i || !textRole(a.roles[p]) || !a.bodyNamed(p) {
		return
	}
	a.relabel(p, cue.Signature)
	for k := j; k < len(a.roles); k++ {
		if a.roles[k] != cue.Chrome {
			a.relabel(k, cue.Attachment)
		}
	}
}

// textRole reports whether r is a role of the text's own lines, which a
// line the decoder read apart from the close may have: body or a heading.
func textRole(r cue.Role) bool {
	return r == cue.Body || r == cue.Heading || r == cue.Subheading
}

// issuedPrinted finds the first body line i that issues a document (现将
// 《某某办法》印发给你们) and the first line j after it, of a role printed
// allows, that prints that document's title alone; j is -1 where none
// does, i -1 where no line issues one.
func (a *assembly) issuedPrinted(printed func(cue.Role) bool) (i, j int) {
	for i, r := range a.roles {
		if r != cue.Body {
			continue
		}
		v, ok := cue.IssuedTitle(a.d.Lines[i].Sq)
		if !ok {
			continue
		}
		return i, a.printedAgain(i, v, strings.TrimSpace, printed)
	}
	return -1, -1
}

// printedAgain is the first line after line i, of a role printed allows,
// that prints title again alone: its words, read by key, are title's.
// -1 where none does.
func (a *assembly) printedAgain(i int, title string, key func(string) string, printed func(cue.Role) bool) int {
	want := key(title)
	for j := i + 1; j < len(a.roles); j++ {
		if printed(a.roles[j]) && key(a.d.Lines[j].Sq) == want {
			return j
		}
	}
	return -1
}
