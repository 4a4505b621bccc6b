package layout

import "bulletin/parser/layout/cue"

// contactBlock gives the closing the contact lines set just above its
// own: a notice's block of contacts (通讯地址：…；联系人：某某； /
// 联系电话：…；电子信箱：…) is one, and a copy wrapped anew may leave its
// first line in the text while its last reads as the closing, which
// parts the contact's name from its number. Only a run of contact lines
// that reaches a closing contact line moves: a contact line inside a part
// (三、参与方式 … 联系人：…) stands above the part's text, not the closing.
func (a *assembly) contactBlock() {
	for i := len(a.roles) - 2; i >= 0; i-- {
		if a.roles[i] == cue.Body && a.roles[i+1] == cue.Closing && cue.ContactLabel(a.d.Lines[i].Sq) && cue.ContactLabel(a.d.Lines[i+1].Sq) {
			a.relabel(i, cue.Closing)
		}
	}
}
