package layout

import (
	"testing"

	"bulletin/parser/layout/cue"
)

// TestRepostFoot: under the address of the page a site copied the text
// from, the reposting site's own lines (its name, its notice to rights
// holders) are no heading or text of the document's; the address over the
// text leaves the text alone.
func TestRepostFoot(t *testing.T) {
	const link = "原文链接:http://mz.example.gov.cn/xwzx/120315431.html"
	B, H, C := cue.Body, cue.Heading, cue.Chrome
	for _, tc := range []struct {
		name  string
		lines []string
		roles []cue.Role
		want  []cue.Role
	}{
		{"the site's lines under the link", []string{"检查中,某某对殡葬服务机构疫情防控等情况进行了检查。", link, "某某政务信息平台", "本站部分信息由相应民事主体自行提供。"}, []cue.Role{B, C, H, B}, []cue.Role{B, C, C, C}},
		// The link over the text: the text is the document's.
		{"the link over the text", []string{link, "某某政务信息平台", "检查中,某某对殡葬服务机构疫情防控等情况进行了检查。"}, []cue.Role{C, H, B}, []cue.Role{C, H, B}},
		// The label left bare, the address on the line under it.
		{"the address under its label", []string{"检查中,某某对殡葬服务机构疫情防控等情况进行了检查。", "转自:", "http://finance.example.cn/content/2014-10/22/content_1.htm", "某某网信息中心某某网路采集"}, []cue.Role{B, B, C, H}, []cue.Role{B, B, C, C}},
		{"an address under a sentence", []string{"检查中,某某对殡葬服务机构疫情防控等情况进行了检查。", "详情见:", "http://www.example.gov.cn", "某某政务信息平台"}, []cue.Role{B, B, C, H}, []cue.Role{B, B, C, H}},
		{"another link's label", []string{"检查中,某某对殡葬服务机构疫情防控等情况进行了检查。", "相关链接:http://www.example.gov.cn", "某某政务信息平台", "本站部分信息由相应民事主体自行提供。"}, []cue.Role{B, C, H, B}, []cue.Role{B, C, H, B}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := labelledAssembly(tc.lines, tc.roles)
			a.repostFoot()
			for i, r := range a.roles {
				if r != tc.want[i] {
					t.Errorf("line %d: %v, want %v", i+1, r, tc.want[i])
				}
			}
		})
	}
}
