package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// attachedBelowList reads the text a page prints under its 附件 list
// where the decoder took both for the text's own: a line of the body
// names the attachment (附件：《某市救助管理工作细则（征求意见稿）》) and a
// later line prints its title again (某市救助管理工作细则), as GB/T
// 9704-2012 §8 sets an attachment's title over its text after the
// document. From that title on the lines are the attachment's, whatever
// they are numbered (第一章 总则 is the draft's, no item of the notice);
// the list and the contact lines over it close the text (GOLD.md: the
// last item runs to its contact lines and the 附件 list).
func (a *assembly) attachedBelowList() {
	list, title := -1, -1
	for i, r := range a.roles {
		if !bodyRole(r) {
			continue
		}
		if rest, ok := cue.AttachmentList(a.d.Lines[i].Sq); ok && cue.HasHan(attachedName(rest)) {
			list, title = i, a.printedAgain(i, rest, attachedName, bodyRole)
			break
		}
	}
	if title < 0 {
		return
	}
	for i := list - 1; i >= 0 && (cue.ContactLabel(a.d.Lines[i].Sq) || a.roles[i] == cue.Chrome); i-- {
		if a.roles[i] != cue.Chrome {
			a.relabel(i, cue.Closing)
		}
	}
	for i := list; i < title; i++ {
		if bodyRole(a.roles[i]) {
			a.relabel(i, cue.Closing)
		}
	}
	for i := title; i < len(a.roles); i++ {
		if r := a.roles[i]; bodyRole(r) || r == cue.Title || r == cue.Header {
			a.relabel(i, cue.Attachment)
		}
	}
}

// bodyRole reports whether r is a role of a text's body: its own lines
// (textRole) or a bulletin's brief.
func bodyRole(r cue.Role) bool { return textRole(r) || r == cue.Brief }

// attachedName is an attachment's name as a list or a title prints it,
// its book-title marks and the notes in brackets after it left out
// (《某市细则（征求意见稿）》（修订稿） and 某市细则 name one text).
func attachedName(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '（', '(':
			depth++
		case '）', ')':
			if depth > 0 {
				depth--
			}
		case '《', '》', '“', '”', ' ', '\u3000':
		default:
			if depth == 0 {
				b.WriteRune(r)
			}
		}
	}
	return strings.TrimRight(b.String(), "。；;，,：:")
}
