package layout

import (
	"testing"

	"bulletin/parser/layout/cue"
)

// TestBodiesListedAtEnd: a heading that closes a document and lists
// bodies parted by 、, its last cut off by the copy, is the text's (a list
// continued), not a link under the text; a headline that opens with two
// bodies, or a link's words, stay the page's links.
func TestBodiesListedAtEnd(t *testing.T) {
	const body = "上述社会组织连续两年未参加年检，现予以撤销登记。"
	for _, tc := range []struct {
		name string
		line string
		want cue.Role
	}{
		{"a list of bodies cut off", "某市青山老年艺术团、某市壮大职业培训学校、某市智星武术俱乐部、某市南湖", cue.Body},
		{"two bodies opening a headline", "某市民政局、某市财政局联合开展专项检查", cue.Chrome},
		{"a link's words", "站群导航", cue.Chrome},
		{"fields of work listed", "养老服务、社会救助、婚姻登记、殡葬管理", cue.Chrome},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := labelledAssembly([]string{body, tc.line}, []cue.Role{cue.Body, cue.Heading})
			a.linksUnderText()
			if got := a.roles[1]; got != tc.want {
				t.Errorf("role %v, want %v", got, tc.want)
			}
		})
	}
}
