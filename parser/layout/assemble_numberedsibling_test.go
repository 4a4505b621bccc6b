package layout

import (
	"testing"

	"bulletin/parser/layout/cue"
)

// TestNumberedSiblings: a line of text that opens with the next number of
// the headings' count, under a line that ended its sentence, is the next
// part's heading; one under an unfinished line, one that skips a number,
// and a count of another kind stay text.
func TestNumberedSiblings(t *testing.T) {
	H, B := cue.Heading, cue.Body
	for _, tc := range []struct {
		name  string
		lines []string
		want  cue.Role // of the last line
	}{
		{"the next part", []string{"一、市级福彩公益金项目", "共安排资金120万元，用于养老服务。", "二、省级福彩公益金项目24万元。"}, H},
		{"under an unfinished line", []string{"一、市级福彩公益金项目", "共安排资金120万元，用于养老服务和", "二、省级福彩公益金项目24万元。"}, B},
		{"a number skipped", []string{"一、市级福彩公益金项目", "共安排资金120万元，用于养老服务。", "三、省级福彩公益金项目24万元。"}, B},
		{"a count no heading began", []string{"工作要求", "各地要抓好落实。", "1、加强组织领导。"}, B},
		{"a count of another kind", []string{"一、市级福彩公益金项目", "共安排资金120万元，用于养老服务。", "2、省级福彩公益金项目24万元。"}, B},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := labelledAssembly(tc.lines, []cue.Role{H, B, B})
			a.numberedSiblings()
			if got := a.roles[2]; got != tc.want {
				t.Errorf("role %v, want %v", got, tc.want)
			}
		})
	}
}
