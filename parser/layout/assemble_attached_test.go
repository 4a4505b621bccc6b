package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// TestAttachedBelowList: a page that names its attachment in a 附件 line
// and prints the attachment's title again below gives the lines from that
// title on to the attachment (the draft's 第一章 is no item); a 附件 line
// whose title is never printed again, or a line that only names the same
// words inside a sentence, leaves the text as it is.
func TestAttachedBelowList(t *testing.T) {
	const head = "关于公开征求《某市救助管理工作细则（征求意见稿）》意见建议的公告\n发布日期:2022-10-20\n为进一步细化救助管理工作流程,现将《某市救助管理工作细则（征求意见稿）》向社会公开征求意见。\n联系人:张某\n联系电话:0951-3066219\n附件:《某市救助管理工作细则（征求意见稿）》\n"
	const draft = "第一章 总则\n第一条 为了做好救助管理工作,制定本细则。\n第二章 救助对象\n第二条 本细则所称救助对象,是指生活无着的流浪乞讨人员。\n"
	for _, tc := range []struct {
		name, text string
		attached   bool // whether 第一章 总则 is the attachment's
	}{
		{"the title printed again over the draft", head + "某市救助管理工作细则\n（征求意见稿）\n" + draft, true},
		// Not so.
		{"no title printed again", head + draft, false},
		{"the name inside a sentence", head + "某市救助管理工作细则的起草说明如下。\n" + draft, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(tc.text))
			role := cue.Chrome
			for _, l := range d.Lines {
				if strings.Contains(l.Text, "第一章") {
					role = l.Role
				}
			}
			if got := role == cue.Attachment; got != tc.attached {
				t.Errorf("第一章 总则 read as %v, attachment %v; want %v", role, got, tc.attached)
			}
		})
	}
}
