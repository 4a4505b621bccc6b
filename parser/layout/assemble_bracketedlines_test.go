package layout

import (
	"testing"

	"bulletin/parser/layout/cue"
)

// TestBracketedLines: an unnumbered heading set whole in brackets is a
// credit (a byline) or a caption (text); a numbered one, one with words
// outside its brackets, and one of two bracketed parts keep their reading.
func TestBracketedLines(t *testing.T) {
	H, B, Y := cue.Heading, cue.Body, cue.Byline
	for _, tc := range []struct {
		name  string
		lines []string
		want  cue.Role // of the last line
	}{
		{"a writer's credit", []string{"关怀之情永不缺席。", "(张某某)"}, Y},
		{"a unit's credit", []string{"关怀之情永不缺席。", "（某县民政局 李某）"}, Y},
		{"a photo's caption", []string{"召开了专项救助行动动员部署会。", "(工作人员夜晚在车站巡查,劝导流浪人员)"}, B},
		{"a numbered part", []string{"各地要抓好落实。", "(一)加强组织领导"}, H},
		{"a number alone", []string{"各地要抓好落实。", "(二)"}, H},
		{"words after the brackets", []string{"各地要抓好落实。", "(某县)民政工作要点"}, H},
		{"words before the brackets", []string{"各地要抓好落实。", "民政工作要点(某县)"}, H},
		{"two bracketed parts", []string{"各地要抓好落实。", "(某县)(某镇)"}, H},
		{"no brackets", []string{"各地要抓好落实。", "张某某"}, H},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := labelledAssembly(tc.lines, []cue.Role{B, H})
			a.bracketedLines()
			if got := a.roles[1]; got != tc.want {
				t.Errorf("role %v, want %v", got, tc.want)
			}
		})
	}
}

// TestWrappedCredits: a credit in brackets wrapped onto two lines, its
// first read as a heading, is a byline, both lines; a bracket the next
// line does not close, or two that read as no credit, keep their reading.
func TestWrappedCredits(t *testing.T) {
	H, B, Y := cue.Heading, cue.Body, cue.Byline
	for _, tc := range []struct {
		name  string
		lines []string
		want  []cue.Role // of the last two lines
	}{
		{"a unit's credit", []string{"已按程序上报审批。", "(某县", "民政局)"}, []cue.Role{Y, Y}},
		{"not closed", []string{"已按程序上报审批。", "(某县", "民政局"}, []cue.Role{H, B}},
		{"a sentence inside", []string{"已按程序上报审批。", "(经研究,现将有关", "事项通知如下)"}, []cue.Role{H, B}},
		{"closed on its line", []string{"已按程序上报审批。", "(某县)", "民政局)"}, []cue.Role{Y, B}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := labelledAssembly(tc.lines, []cue.Role{B, H, B})
			a.bracketedLines()
			if got := a.roles[1:]; got[0] != tc.want[0] || got[1] != tc.want[1] {
				t.Errorf("roles %v, want %v", got, tc.want)
			}
		})
	}
}
