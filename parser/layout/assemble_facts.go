package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// factHeadings gives the text back the lines the decoder took for
// headings that set out a fact: a day's or a contact's label, its colon
// and a value with figures (公示时间:2025年12月12日至2025年12月22日,
// 电话:0833-2130248), no enumerator before it. A heading names what a part is about; a fact
// with its value is the part's own text, or the closing's.
func (a *assembly) factHeadings() {
	for i, r := range a.roles {
		if r != cue.Heading {
			continue
		}
		s := a.d.Lines[i].Sq
		if k, _, _ := cue.Enumerator(s); k != cue.NoEnum || !factWithFigures(s) {
			continue
		}
		a.relabel(i, cue.Body)
	}
}

// factWithFigures reports whether s is the label of a day or of a
// contact (公示时间, 联系电话), its colon and a value that holds figures,
// with no sentence in it. A digest's heading names a place before its
// colon (青海:…接收社会捐赠近1.38亿元), no field.
func factWithFigures(s string) bool {
	label, value, ok := labelAndValue(s)
	if !ok || cue.SentencePunct(label) || cue.EndsSentence(s) {
		return false
	}
	if _, dated := cue.DatedLabelEnding(label); !dated && !cue.ContactLabel(s) {
		return false
	}
	return strings.ContainsAny(value, "0123456789")
}
