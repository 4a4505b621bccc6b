package layout

import "bulletin/parser/layout/cue"

// tailHeadings reads the heading lines a text ends with, no text under
// any of them, as the page's furniture: a heading heads the lines under
// it, and a line set after a report's last paragraph with none under it
// (an account's name, 某某网公众号; a picture's credit, 图片来源:…; a
// column's 栏目分类) heads nothing. A numbered heading is a part of the
// text even where a copy stops under it, and so is a heading that runs
// into its own text (完善“四大体系”:持续优化…,…). A bulletin (简报) is
// left as it is: its entries are its offices' paragraphs led by their
// names (办公室:…; 社会事务科:…), and one whose text the copy cut off
// (社会事务科:对辖区) reads as a heading with nothing under it; a
// bulletin is a printed issue, with no page's furniture after its text
// (its 报/送/发 lines are its closing's, read as such).
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
			if k, _, _ := cue.Enumerator(s); k != cue.NoEnum || cue.SentencePunct(s) {
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
