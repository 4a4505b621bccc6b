package layout

import (
	"testing"

	"bulletin/parser/layout/cue"
)

// TestCreditTails: a heading that is only a credit's verb, under the
// caption it closes, takes the caption's reading, or is text under a
// heading; a heading with words before the verb, or a word of no credit,
// keeps its reading.
func TestCreditTails(t *testing.T) {
	H, B, C := cue.Heading, cue.Body, cue.Chrome
	for _, tc := range []struct {
		name  string
		lines []string
		roles []cue.Role
		want  cue.Role // of the last line
	}{
		{"a caption's credit", []string{"图为物资发车仪式现场。 某某中心", "供图"}, []cue.Role{C, H}, C},
		{"under text", []string{"图为物资发车仪式现场。 某某中心", "摄"}, []cue.Role{B, H}, B},
		{"under a heading", []string{"发车仪式", "摄影"}, []cue.Role{H, H}, B},
		{"words before the verb", []string{"图为物资发车仪式现场。", "某某中心供图"}, []cue.Role{C, H}, H},
		{"no credit's verb", []string{"各地要抓好落实。", "工作要求"}, []cue.Role{B, H}, H},
		{"a heading naming a photo", []string{"各地要抓好落实。", "图片新闻"}, []cue.Role{B, H}, H},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := labelledAssembly(tc.lines, tc.roles)
			a.creditTails()
			if got := a.roles[len(tc.lines)-1]; got != tc.want {
				t.Errorf("role %v, want %v", got, tc.want)
			}
		})
	}
}
