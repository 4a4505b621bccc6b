package layout

import "bulletin/parser/layout/cue"

// strayHeading reads the one heading of a report or a notice, where it
// stands between the page's head and all of its text, as no part's: a
// text of one part is not sectioned (GOLD.md: a single report with no
// headings has no items). A heading that opens a part follows text
// before it or has siblings; one with neither is the head's: a deck
// under the headline, or a stray word the page set under its information
// line (a link's text, an advert's). A numbered heading (一、) is the
// text's first part, whatever follows it; a bulletin's one headed item
// is an item.
func (a *assembly) strayHeading() {
	if a.doc.Kind == Bulletin {
		return
	}
	at, textAfter := -1, false
	for i, r := range a.roles {
		switch r {
		case cue.Heading, cue.Subheading, cue.Section:
			if at >= 0 || r != cue.Heading {
				return // siblings, or a part of a grid of parts
			}
			at = i
		case cue.Body:
			if at < 0 {
				return // text before the heading: a part's heading
			}
			textAfter = true
		}
	}
	if !textAfter {
		return
	}
	if k, _, _ := cue.Enumerator(a.d.Lines[at].Sq); k != cue.NoEnum {
		return
	}
	role := cue.Chrome
	if at > 0 && a.roles[at-1] == cue.Title {
		role = cue.Header // a deck under the headline: the head's words
	}
	a.relabel(at, role)
}
