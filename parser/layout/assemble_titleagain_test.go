package layout

import (
	"testing"

	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// TestTitleAgain: an unnumbered heading that prints the title again, its
// spaces aside, is furniture; the line the title was read from, a
// numbered heading of the same words, a heading that only holds the
// title's words, and any heading where no title was read keep their
// reading.
func TestTitleAgain(t *testing.T) {
	H, B := cue.Heading, cue.Body
	lines := []string{"据介绍,活动得到全体员工响应。", "某区民政局再出发 再创新业绩", "据悉,民政干部职工一致表示要开拓进取。"}
	for _, tc := range []struct {
		name  string
		line  string // the heading, line 1
		title string // the title read, "" for none
		from  int    // the line it was read from (1-based), 0 for another's
		want  cue.Role
	}{
		{"the title again", "某区民政局再出发 再创新业绩", "某区民政局再出发再创新业绩", 0, cue.Chrome},
		{"the title's own line", "某区民政局再出发 再创新业绩", "某区民政局再出发再创新业绩", 2, H},
		{"a numbered heading", "一、某区民政局再出发再创新业绩", "一、某区民政局再出发再创新业绩", 0, H},
		{"part of the title", "再创新业绩", "某区民政局再出发再创新业绩", 0, H},
		{"no title read", "某区民政局再出发 再创新业绩", "", 0, H},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ls := append([]string(nil), lines...)
			ls[1] = tc.line
			a := labelledAssembly(ls, []cue.Role{B, H, B})
			if tc.title != "" {
				var b span.Builder
				line := 9
				if tc.from > 0 {
					line = tc.from
				}
				b.AddLine(tc.title, line)
				a.webTitle = &Field{Value: tc.title, Text: b.Text()}
			}
			a.titleAgain()
			if got := a.roles[1]; got != tc.want {
				t.Errorf("role %v, want %v", got, tc.want)
			}
		})
	}
}
