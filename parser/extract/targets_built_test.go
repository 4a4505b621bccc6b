package extract

import "testing"

// TestTargetsBuilt: a count of facilities a report closes with their being
// built and put to use (全部建成投入使用) is a result, no target, whatever
// year the sentence names before it; a sentence that requires or turns
// ahead, or builds before the count, keeps its target. The test document
// is dated 2025-06-03.
func TestTargetsBuilt(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"建成投入使用 after the count", "我州公墓建设始于2012年,全州103个乡镇农村公益性公墓全部建成投入使用。", "achieved 103 个 -"},
		{"全部建成", "全县12个农村互助幸福院全部建成。", "achieved 12 个 -"},
		{"均已建成", "年初确定的8个社区食堂均已建成。", "achieved 8 个 -"},

		// Required or ahead, or built before the count.
		{"确保年底前", "确保年底前12个农村互助幸福院全部建成。", "plan 12 个 2025-12-31"},
		{"力争", "力争12个农村互助幸福院全部建成投入使用。", "plan 12 个 -"},
		{"到年底", "到2026年底,全县12个农村互助幸福院全部建成投入使用。", "plan 12 个 2026-12-31"},
		{"built before the count", "要建成投入使用社区食堂15个。", "plan 15 个 -"},
		{"built, the condition of an award", "被列入市办实事的20处社区助老食堂建成投入使用,经验收合格后,每处给予奖补。", "plan 20 处 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
