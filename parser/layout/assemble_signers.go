package layout

import "bulletin/parser/layout/cue"

// signersAtEnd reads as a joint 落款 the lines that close the text, each
// a body's name alone on its line (中共某市委宣传部 / 某市民政局), which the
// decoder took for headings: a heading heads text under it, and bodies
// named one a line with nothing under them sign what stands above. A copy
// cut short may end on a place's name, the next body's first words. The
// date a 落款 sets under them may be missing where the copy stopped.
func (a *assembly) signersAtEnd() {
	for _, r := range a.roles {
		if r == cue.Signature {
			return // the decoder read a 落款
		}
	}
	end := len(a.roles) - 1
	for end >= 0 && a.roles[end] == cue.Chrome {
		end--
	}
	start := end + 1
	for start > 0 && a.roles[start-1] == cue.Heading {
		start--
	}
	if start >= end || start == 0 || a.roles[start-1] != cue.Body {
		// No text above them; or one body's name alone, which under a
		// page's text names its source or its sponsor as often as it signs.
		return
	}
	for i := start; i <= end; i++ {
		cut := i == end && i > start && a.tagAlone(i)
		if !a.bodyNamed(i) && !cut {
			return
		}
	}
	for i := start; i <= end; i++ {
		a.relabel(i, cue.Signature)
	}
}
