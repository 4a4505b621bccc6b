package layout

import (
	"testing"

	"bulletin/parser/layout/cue"
)

// TestBrokenSentences: a heading over a line that a clause mark opens is
// a sentence broken there, and reads as text; a numbered part whose first
// line the wrap filled keeps its heading, the mark under it opening the
// rest of its paragraph.
func TestBrokenSentences(t *testing.T) {
	// Text wrapped at twenty columns, each line running on into the next.
	wrapped := []string{
		"为做好今年清明节期间的祭扫工作，现将有关",
		"事项通告如下，请广大市民群众相互转告，自",
		"觉遵守各项规定，共同营造安全文明的氛围，",
		"确保祭扫活动平稳有序，减少人员大量聚集。",
	}
	H, B := cue.Heading, cue.Body
	for _, tc := range []struct {
		name string
		part []string
		want cue.Role // of the part's first line
	}{
		{"a numbered part the wrap filled", []string{"二、实行预约错峰祭扫。各公墓实行预约错峰", "、限流祭扫，请群众提前通过电话预约。"}, H},
		{"a short numbered line over a mark", []string{"二、实行预约", "、限流祭扫，请群众提前通过电话预约。"}, B},
		{"a full fragment over a mark", []string{"全面排查整治民政服务机构用电用气消防通道", "、施工动火等方面的安全隐患，请整改。"}, B},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := append(append([]string{}, wrapped...), tc.part...)
			roles := []cue.Role{B, B, B, B, H, B}
			a := labelledAssembly(lines, roles)
			if a.d.Wrap == 0 {
				t.Fatal("no wrap measured: the case tests nothing")
			}
			a.brokenSentences()
			if got := a.roles[4]; got != tc.want {
				t.Errorf("role %v, want %v", got, tc.want)
			}
		})
	}
}
