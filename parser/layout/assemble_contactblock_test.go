package layout

import (
	"testing"

	"bulletin/parser/layout/cue"
)

// TestContactBlock: a contact line the decoder left in the text just
// above the closing's contact lines joins the closing; a contact line
// with text after it, or one above no closing contact, keeps its role.
func TestContactBlock(t *testing.T) {
	const body = "现请社会各界提出修改意见或建议。"
	B, C := cue.Body, cue.Closing
	for _, tc := range []struct {
		name  string
		lines []string
		roles []cue.Role
		want  cue.Role // of line 1
	}{
		{"a block wrapped anew", []string{body, "通讯地址:某市某路7号,邮编063000;联系人:张某某;", "联系电话:2851693;电子信箱:abc@126.com。"}, []cue.Role{B, B, C}, C},
		{"two contact lines above the closing", []string{"联系人:张某某;", "通讯地址:某市某路7号;", "联系电话:2851693。"}, []cue.Role{B, B, C}, C},
		{"a part's contact line over its text", []string{body, "联系人:张某某,电话:2851693。", "请于5月底前报送材料。"}, []cue.Role{B, B, C}, B},
		{"text above the closing's contacts", []string{body, "请各单位认真落实。", "联系电话:2851693。"}, []cue.Role{B, B, C}, B},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := labelledAssembly(tc.lines, tc.roles)
			a.contactBlock()
			if got := a.roles[1]; got != tc.want {
				t.Errorf("role %v, want %v", got, tc.want)
			}
			if tc.name == "two contact lines above the closing" && a.roles[0] != C {
				t.Errorf("the run's first line: role %v, want closing", a.roles[0])
			}
		})
	}
}
