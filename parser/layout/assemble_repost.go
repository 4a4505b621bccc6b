package layout

import "bulletin/parser/layout/cue"

// repostFoot reads as the reposting site's the lines under the address of
// the page it copied the text from (原文链接:http://…), where that line
// stands under the text: a site that copies a text prints the original's
// address where the copy ends, and what follows is its own (its name, its
// notices to rights holders, its footer), no heading or text of the
// document's.
func (a *assembly) repostFoot() {
	text := false
	for i, r := range a.roles {
		if r == cue.Body {
			text = true
			continue
		}
		if !text || r != cue.Chrome || !cue.RepostLink(a.d.Lines[i].Sq) {
			continue
		}
		for j := i + 1; j < len(a.roles); j++ {
			switch a.roles[j] {
			case cue.Body, cue.Heading, cue.Subheading, cue.Section:
				a.relabel(j, cue.Chrome)
			}
		}
		return
	}
}
