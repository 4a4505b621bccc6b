package layout

import "bulletin/parser/layout/cue"

// tailHeadings reads the heading lines a text ends with, no text under
// any of them, as the page's furniture: a heading heads the lines under
// it, and a line set after a report's last paragraph with none under it
// (an account's name, 某某网公众号; a picture's credit, 图片来源:…; a
// column's 栏目分类) heads nothing. A numbered heading is a part of the
// text even where a copy stops under it, and so is a heading that runs
// into its own text (完善“四大体系”:持续优化…,…).
func (a *assembly) tailHeadings() {
	if a.doc.Kind == Bulletin {
		return
	}
	var tail []int
	for i := len(a.roles) - 1; i >= 0; i-- {
		switch a.roles[i] {
		case cue.Chrome:
			continue
		case cue.Heading, cue.Subheading:
			s := a.d.Lines[i].Sq
			if k, _, _ := cue.Enumerator(s); k != cue.NoEnum || cue.SentencePunct(s) || cue.EndsSentence(s) {
				return
			}
			tail = append(tail, i)
			continue
		case cue.Body:
			for _, h := range tail {
				a.relabel(h, cue.Chrome)
			}
		}
		return
	}
}
