package layout

import (
	"testing"

	"bulletin/parser/layout/cue"
)

// TestHeadAtFoot: the last heading of a text, only the page's
// information lines under it, is the page's headline: the title where
// none was read, else furniture. A heading with no information under it,
// one with text under it, a numbered one, one worded as a sentence, one
// with no text above it and a bulletin's keep their reading.
func TestHeadAtFoot(t *testing.T) {
	H, B, Y, C, R := cue.Heading, cue.Body, cue.Byline, cue.Chrome, cue.Header
	for _, tc := range []struct {
		name     string
		lines    []string
		roles    []cue.Role
		titled   bool // a title was read
		bulletin bool
		want     cue.Role // of the heading, line 1
		title    string   // the title after
	}{
		{"the page's head under its text", []string{"活动为留守儿童送去关爱。", "某市举办留守儿童关爱活动", "来源:某某报", "2022年08月14日", "作者:某某"},
			[]cue.Role{B, H, Y, Y, Y}, false, false, cue.Title, "某市举办留守儿童关爱活动"},
		{"under a title read", []string{"活动为留守儿童送去关爱。", "某市举办留守儿童关爱活动", "来源:某某报"},
			[]cue.Role{B, H, R}, true, false, C, "某市关爱活动"},
		{"chrome between", []string{"活动为留守儿童送去关爱。", "某市举办留守儿童关爱活动", "版次:A03", "作者:某某"},
			[]cue.Role{B, H, C, Y}, false, false, cue.Title, "某市举办留守儿童关爱活动"},
		{"no information under it", []string{"活动为留守儿童送去关爱。", "某市举办留守儿童关爱活动", "相关新闻"},
			[]cue.Role{B, H, C}, false, false, H, ""},
		{"text under it", []string{"活动为留守儿童送去关爱。", "下一步工作", "将继续开展关爱活动。", "来源:某某报"},
			[]cue.Role{B, H, B, Y}, false, false, H, ""},
		{"a numbered heading", []string{"活动为留守儿童送去关爱。", "三、下一步工作", "来源:某某报"},
			[]cue.Role{B, H, Y}, false, false, H, ""},
		{"a sentence", []string{"活动为留守儿童送去关爱。", "欢迎关注,敬请转发", "来源:某某报"},
			[]cue.Role{B, H, Y}, false, false, H, ""},
		{"no text above", []string{"某某网", "某市举办留守儿童关爱活动", "来源:某某报"},
			[]cue.Role{C, H, Y}, false, false, H, ""},
		{"a sentence's end", []string{"活动为留守儿童送去关爱。", "活动圆满结束。", "来源:某某报"},
			[]cue.Role{B, H, Y}, false, false, H, ""},
		{"a heading above", []string{"某市举办留守儿童关爱活动", "活动现场", "来源:某某报"},
			[]cue.Role{H, H, Y}, false, false, H, ""},
		{"a bulletin's", []string{"活动为留守儿童送去关爱。", "某市举办留守儿童关爱活动", "来源:某某报"},
			[]cue.Role{B, H, Y}, false, true, H, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := labelledAssembly(tc.lines, tc.roles)
			if tc.titled {
				a.doc.Title = &Field{Value: "某市关爱活动"}
			}
			if tc.bulletin {
				a.doc.Kind = Bulletin
			}
			a.headAtFoot()
			if got := a.roles[1]; got != tc.want {
				t.Errorf("role %v, want %v", got, tc.want)
			}
			title := ""
			if a.doc.Title != nil {
				title = a.doc.Title.Value
			}
			if title != tc.title {
				t.Errorf("title %q, want %q", title, tc.title)
			}
		})
	}
}
