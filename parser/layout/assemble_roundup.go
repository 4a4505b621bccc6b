package layout

import "bulletin/parser/layout/cue"

// placeLedCue is the cue of a roundup's heading led by its place, read
// once: a name no cue has fails when the package loads.
var placeLedCue = cue.All[cue.Index("place-led")]

// placeRoundup reads the numbered parts under a roundup's headings as
// those parts' own: where two or more headings are led by the place their
// news comes from (福州：… / 厦门：…, cue place-led), they are the report's
// outermost parts, its items (GOLD.md: the outermost level the body
// uses), and a list numbered under one of them (厦门：… / 一、… / 二、…)
// sets out that place's news. A notice numbers its own parts, and keeps
// them.
func (a *assembly) placeRoundup() {
	placeLed := placeLedCue
	if a.doc.Kind == Notice {
		return
	}
	first, heads := -1, 0
	for i, r := range a.roles {
		if r == cue.Heading && placeLed.Match(a.d, i) {
			if first < 0 {
				first = i
			}
			heads++
		}
	}
	if heads < 2 {
		return
	}
	for i := first + 1; i < len(a.roles); i++ {
		if a.roles[i] != cue.Heading || placeLed.Match(a.d, i) {
			continue
		}
		if k, _, _ := cue.Enumerator(a.d.Lines[i].Sq); k != cue.NoEnum {
			a.relabel(i, cue.Subheading)
		}
	}
}
