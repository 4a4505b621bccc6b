package layout

import (
	"testing"

	"bulletin/parser/layout/cue"
)

// TestSentenceWrapped: a numbered line that leaves a bracket or a quote
// open, a clause in it, over the line its sentence goes on in, or that
// fills a measured wrap, is a paragraph the wrap broke: it has no title of its own
// (GOLD: a numbered paragraph is titled by its run-in words, else none).
// A heading that closes what it opens, holds no clause, or stands apart
// from the line under it, is the title whole.
func TestSentenceWrapped(t *testing.T) {
	T, H, B := cue.Title, cue.Heading, cue.Body
	// Text wrapped at twenty columns, each line running on into the next.
	wrapped := []string{
		"为做好今年清明节期间的祭扫工作，现将有关",
		"事项通告如下，请广大市民群众相互转告，自",
		"觉遵守各项规定，共同营造安全文明的氛围，",
		"确保祭扫活动平稳有序，减少人员大量聚集。",
	}
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
		{"a line the wrap filled", append(append([]string{}, wrapped...), "二、南至某某路、北至某某街的两条路段分", "别命名为某某大道、某某路。"), "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := append([]string{"某市民政局关于某某事项的通知"}, tc.lines...)
			var roles []cue.Role
			for _, l := range lines {
				switch {
				case l == "":
				case len(roles) == 0:
					roles = append(roles, T)
				case enumerated(l):
					roles = append(roles, H)
				default:
					roles = append(roles, B)
				}
			}
			doc := assembleLines(lines, roles, len(profiles)-1)
			if len(doc.Items) == 0 {
				t.Fatal("no item")
			}
			if got := valueOf(doc.Items[0].Title); got != tc.want {
				t.Errorf("title %q, want %q", got, tc.want)
			}
		})
	}
}
