package extract

import "testing"

// TestTargetsPlanTitle: a text under a plan's title for the document's
// year or later (2025年…工作要点, 工作计划, 实施方案) sets out targets: its
// 累计 totals a level to reach, and its figures with no plan word are the
// plan's too. A report's title, a past year's plan, a title joined to a
// report and a text with no title keep 累计 a report of what was done. The
// test document is dated 2025-06-03.
func TestTargetsPlanTitle(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"工作要点, 累计 before a plan verb", "2025年全区民政工作要点\n新建40个村级互助点,助餐服务累计覆盖12万老年人。", "plan 40 个 -; plan 120000  -"},
		{"工作计划, no plan word", "2025年养老服务工作计划\n助浴服务累计推广至120个社区。", "plan 120 个 -"},
		{"实施方案 of a later year", "2026年社区治理实施方案\n累计培育社区社会组织500家。", "plan 500 家 -"},

		// A report, a past plan, a joined title, no title.
		{"a report's title", "2025年上半年民政工作总结\n新建40个村级互助点,助餐服务累计覆盖12万老年人。", "achieved 40 个 -; achieved 120000  -"},
		{"a past year's plan", "2024年全区民政工作要点\n助浴服务累计推广至120个社区。", "achieved 120 个 -"},
		{"a report joined to its plan", "2024年工作总结和2025年工作要点\n新建40个村级互助点,助餐服务累计覆盖12万老年人。", "achieved 40 个 -; achieved 120000  -"},
		{"no title line", "新建40个村级互助点,助餐服务累计覆盖12万老年人。", "achieved 40 个 -; achieved 120000  -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
