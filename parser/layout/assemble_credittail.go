package layout

import "bulletin/parser/layout/cue"

// creditTails reads the headings that are only a credit's verb (供图, 摄)
// as the line above them: a picture's caption and its credit (图为…现场。
// 某某中心供图) laid out again at a width that carries the verb onto a
// line of its own. A verb heads nothing; it ends the credit above it.
// Where the line above is itself read a heading, or none stands, the verb
// is text.
func (a *assembly) creditTails() {
	for i, r := range a.roles {
		if r != cue.Heading && r != cue.Subheading || !cue.CreditVerbAlone(a.d.Lines[i].Sq) {
			continue
		}
		role := cue.Body
		if p := i - 1; p >= 0 && a.roles[p] != cue.Heading && a.roles[p] != cue.Subheading && a.roles[p] != cue.Title {
			role = a.roles[p]
		}
		a.relabel(i, role)
	}
}
