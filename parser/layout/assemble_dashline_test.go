package layout

import (
	"testing"

	"bulletin/parser/layout/cue"
)

// TestDashLines: a heading that opens with a dash under a line of text is
// the text's; one under the title or a heading, one opened by an ASCII
// --> and one with no dash keep their reading.
func TestDashLines(t *testing.T) {
	H, B, T := cue.Heading, cue.Body, cue.Title
	for _, tc := range []struct {
		name  string
		lines []string
		roles []cue.Role
		want  cue.Role // of the last line
	}{
		{"in the text", []string{"确保每区至少有一个养老机构。", "——某市今年将新增养老床位2000张"}, []cue.Role{B, H}, B},
		{"one dash", []string{"确保每区至少有一个养老机构。", "—某市今年将新增养老床位2000张"}, []cue.Role{B, H}, B},
		{"under the title", []string{"某市召开养老工作会议", "——某市今年将新增养老床位2000张"}, []cue.Role{T, H}, H},
		{"under a heading", []string{"一、工作目标", "——养老床位新增2000张"}, []cue.Role{H, H}, H},
		{"a page's code", []string{"确保每区至少有一个养老机构。", "--> 2020-11-07 某某日报"}, []cue.Role{B, H}, H},
		{"no dash", []string{"确保每区至少有一个养老机构。", "养老服务提质增效"}, []cue.Role{B, H}, H},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := labelledAssembly(tc.lines, tc.roles)
			a.dashLines()
			if got := a.roles[len(tc.lines)-1]; got != tc.want {
				t.Errorf("role %v, want %v", got, tc.want)
			}
		})
	}
}
