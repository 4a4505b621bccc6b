package layout

import "bulletin/parser/layout/cue"

// timestampCue is the convention of a page's timestamp line.
var timestampCue = cue.All[cue.Index("timestamp")]

// stampHeadings reads a line the decoder took for a heading that is a
// page's timestamp, alone or beside the name of the account or the paper
// that posted it (某某商报 2024-03-22, as a public account's article prints
// it under its headline), as the page's header: a time of posting heads
// no part of the text.
func (a *assembly) stampHeadings() {
	for i, r := range a.roles {
		if r != cue.Heading && r != cue.Subheading {
			continue
		}
		if timestampCue.Match(a.d, i) {
			a.relabel(i, cue.Header)
		}
	}
}
