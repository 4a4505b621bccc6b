package layout

import "bulletin/parser/layout/cue"

// repostFoot reads as the reposting site's the lines under the address of
// the page it copied the text from (原文链接:http://…, or 转自: over the
// address), where that line
// stands under the text: a site that copies a text prints the original's
// address where the copy ends, and what follows is its own (its name, its
// notices to rights holders, its footer), no heading or text of the
// document's.
func (a *assembly) repostFoot() {
	a.chromeBelow(a.d.RepostAt)
}

// chromeBelow gives the page's chrome the lines of text under the first
// line of chrome that marker takes once the text has begun: a mark of
// where the text the page carried ends (its original's address, the
// site's foot), under which a site prints its own.
func (a *assembly) chromeBelow(marker func(i int) bool) {
	text := false
	for i, r := range a.roles {
		if r == cue.Body {
			text = true
			continue
		}
		if !text || r != cue.Chrome || !marker(i) {
			continue
		}
		for j := i + 1; j < len(a.roles); j++ {
			if r := a.roles[j]; bodyRole(r) || r == cue.Section {
				a.relabel(j, cue.Chrome)
			}
		}
		return
	}
}
