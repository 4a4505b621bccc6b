package layout

import "bulletin/parser/layout/cue"

// captionCues are the cues of a photo's caption between the paragraphs of
// a report (会议现场 王某某 摄, 副省长某某讲话, 图为…): chrome, no part of
// the text's items, but what it names is the document's (GOLD.md: every
// named person, every body's name), as a reader of the page reads it.
var captionCues = []cue.Cue{cue.All[cue.Index("caption")], cue.All[cue.Index("named-caption")]}

// captionPassage gives the captions the decoder took for chrome a passage
// of their own, so that the extractors read the people and bodies they
// name; the lines keep their role.
func (a *assembly) captionPassage() {
	// Only between lines of the text: a line of the same shape after it
	// (a headline among the page's links to other reports) is the site's.
	first, last := -1, -1
	for i, r := range a.roles {
		if bodyRole(r) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	var caps []int
	for i := first + 1; i < last; i++ {
		if a.roles[i] != cue.Chrome {
			continue
		}
		for _, c := range captionCues {
			if c.Match(a.d, i) {
				caps = append(caps, i)
				break
			}
		}
	}
	if len(caps) > 0 {
		a.doc.Passages = append(a.doc.Passages, Passage{Role: "caption", Text: a.lines(caps)})
	}
}
