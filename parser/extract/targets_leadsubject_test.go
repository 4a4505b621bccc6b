package extract

import "testing"

// TestTargetsLeadSubject: a year that opens the paragraph (or the clause
// after a speech frame) before its clause's subject, the predicate turning
// ahead (将 and a verb, 计划), dates the plan's later targets in the
// paragraph. The test document is dated 2025-06-03.
func TestTargetsLeadSubject(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a frame, the subject and 将", "会议指出,2026年全市民政系统将着力推进三项工程。一是新建社区食堂30个,实现街道全覆盖。", "plan 30 个 2026-12-31"},
		{"the line opens with the year", "2026年全区民政部门将重点抓好养老服务。全年建成互助养老点50个。", "plan 50 个 2026-12-31"},
		{"今年 and 计划", "今年该县计划推进农村养老服务。新建幸福院12所。", "plan 12 所 2025-12-31"},
		{"将 and adverbs", "会议强调,2027年各地民政部门将进一步深化改革。建成示范社区12个。", "plan 12 个 2027-12-31"},

		// The year names a thing (a meeting, a plan), the predicate tells
		// no plan, 将 in a later clause, a past year,
		// another paragraph.
		{"the year names a meeting", "2026年全市民政工作会议召开。新建社区食堂30个。", "plan 30 个 -"},
		{"no plan in the predicate", "会议指出,2026年全市民政系统要推进改革。新建社区食堂30个。", "plan 30 个 -"},
		{"将 before its object", "2026年全市将其纳入规划。新建社区食堂30个。", "plan 30 个 -"},
		{"将 after a comma", "2026年全市民政工作会议召开,将推进改革。新建社区食堂30个。", "plan 30 个 -"},
		{"a year before the document's", "会议指出,2024年全市民政部门将推进改革。新建社区食堂30个。", "plan 30 个 -"},
		{"another paragraph", "2026年全市民政部门将推进改革。\n新建社区食堂30个。", "plan 30 个 -"},

		// A year before the document's between the lead and the number is
		// the base of a measure, no time of its own; a later year is.
		{"上年度 between", "会议指出,2026年,全市要推进改革。确保达到当地上年度标准的1.2倍。新建社区食堂30个。", "plan 1.2 倍 2026-12-31; plan 30 个 2026-12-31"},
		{"上年度 between, no comma", "2026年全市民政部门将推进改革。确保达到上年度标准的1.2倍。新建社区食堂30个。", "plan 1.2 倍 2026-12-31; plan 30 个 2026-12-31"},
		{"a later year between", "会议指出,2026年,全市要推进改革。2027年的规划已经编制。新建社区食堂30个。", "plan 30 个 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
