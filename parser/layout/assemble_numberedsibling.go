package layout

import "bulletin/parser/layout/cue"

// numberedSiblings reads as headings the lines of text that open with the
// next number of the parts the headings count (一、… as a heading, then a
// line of text 二、省级福彩公益金项目24万元。 right under a wrapped
// paragraph): the part the count goes on with, where the line above ended
// its sentence. A count set inside a part's text (the
// headings' 一、 over a text whose list runs 1、 2、) goes on no heading's.
func (a *assembly) numberedSiblings() {
	last := map[cue.Enum]int{} // the value the headings of each kind counted last
	for i, r := range a.roles {
		k, v, _ := cue.Enumerator(a.d.Lines[i].Sq)
		if k == cue.NoEnum {
			continue
		}
		switch r {
		case cue.Heading:
			last[k] = v
		case cue.Body:
			if b, ok := last[k]; ok && v == b+1 && i > 0 && cue.EndsSentence(a.d.Lines[i-1].Sq) {
				a.relabel(i, cue.Heading)
				last[k] = v
			}
		}
	}
}
