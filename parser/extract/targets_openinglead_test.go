package extract

import "testing"

// TestTargetsOpeningLead: a year's end with no 到 that opens a sentence or
// a quotation, set off by a comma, is the deadline of every member of the
// list its semicolons part where the member requires its level (不少于).
// Not so: a member that requires nothing (the year's end tells when), a
// member with its own time, a number after the quotation closes or after
// the full stop. The test document is dated 2025-06-03.
func TestTargetsOpeningLead(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a quotation's lead", "负责人表示，“今年年底，每个城市社区不少于12个社会组织；每个农村社区不少于5个社会组织。”", "plan 12 个 2025-12-31; plan 5 个 2025-12-31"},
		{"a sentence's lead", "今年年底，每个街道建成不少于1个综合养老服务中心；每个社区不少于2个助餐点。", "plan 1 个 2025-12-31; plan 2 个 2025-12-31"},
		{"three members", "2026年底，护理型床位占比不低于60%；每个县不少于1所；每个乡镇不少于3个站点。", "plan 60 % 2026-12-31; plan 1 所 2026-12-31; plan 3 个 2026-12-31"},

		// Not the lead's deadline.
		{"a member that requires nothing", "2025年末,社区服务体系更加完善;覆盖率达100%。", "plan 100 % -"},
		{"a member with its own time", "今年年底，每个社区不少于12个社会组织；2027年底前每个乡镇不少于5个。", "plan 12 个 2025-12-31; plan 5 个 2027-12-31"},
		{"after the quotation", "他说：“今年年底，每个社区不少于12个社会组织。”每个乡镇不少于5个；每个县不少于1个。", "plan 12 个 2025-12-31; plan 5 个 -; plan 1 个 -"},
		{"a new sentence", "今年年底，各项工作全面完成。每个社区不少于12个社会组织；每个乡镇不少于5个。", "plan 12 个 -; plan 5 个 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
