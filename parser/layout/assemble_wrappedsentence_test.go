package layout

import "testing"

// TestSentenceWrapped: a numbered line that leaves a bracket or a quote
// open, a clause in it, over the line its sentence goes on in, or that
// fills a measured wrap, is a paragraph the wrap broke: it has no title of its own
// (GOLD: a numbered paragraph is titled by its run-in words, else none).
// A heading that closes what it opens, holds no clause, or stands apart
// from the line under it, is the title whole.
func TestSentenceWrapped(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string // the title, the numbered line, the line under it
		want  string
	}{
		{"a quote left open", []string{"2、南至“某某路”、北至“某某街”的路段命名为“某某大", "道”、“某某路”;"}, "-"},
		{"a bracket left open", []string{"3、西至某某厂、东至某某大道的路段命名为某某路(Yuan", "bei Lu);"}, "-"},
		{"brackets closed, a clause", []string{"三、加强组织领导、落实工作责任", "各地要把养老服务工作摆上重要位置。"}, "加强组织领导、落实工作责任"},
		{"a bracket left open, no clause", []string{"四、关于某某事项的批复(某函", "〔2015〕37号)各地要认真执行。"}, "关于某某事项的批复(某函"},
		{"a blank line between", []string{"2、南至“某某路”、北至“某某街”的路段命名为“某某大", "", "道”、“某某路”;"}, "南至“某某路”、北至“某某街”的路段命名为“某某大"},
		{"a part of its own under it", []string{"2、南至“某某路”、北至“某某街”的路段命名为“某某大", "3、西至某某厂的路段命名为某某路"}, "南至“某某路”、北至“某某街”的路段命名为“某某大"},
		{"a line the wrap filled", append(append([]string{}, wrapped20...), "二、南至某某路、北至某某街的两条路段分", "别命名为某某大道、某某路。"), "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := firstItemTitle(t, tc.lines); got != tc.want {
				t.Errorf("title %q, want %q", got, tc.want)
			}
		})
	}
}
