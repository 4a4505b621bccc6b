package extract

import "testing"

// TestTargetsLeadFrame: a year that opens the clause after a speech frame
// (会议强调，2026年，…) leads the paragraph as a year that opens the line
// does, and a raise word right before a count of things (提升200家) plans
// its clause. The test document is dated 2025-06-03.
func TestTargetsLeadFrame(t *testing.T) {
	tests := []struct{ name, in, want string }{
		// The year after a frame of saying dates the paragraph's later plans.
		{"a frame of 指出", "会议指出,2026年,全市民政系统要聚焦主业。一是新建社区食堂30个,实现街道全覆盖。", "plan 30 个 2026-12-31"},
		{"a frame of 要求", "会议要求,今年,各县要补齐短板。全年建成互助养老点50个。", "plan 50 个 2025-12-31"},
		{"a frame of 表示", "他表示,2026年,将继续推进改革。计划新建养老床位200张。", "plan 200 张 2026-12-31"},
		{"a frame with its subject", "市民政局局长在会上强调,2027年,全市要全面发力。建成示范社区12个。", "plan 12 个 2027-12-31"},

		// No frame of saying, a year not opening the clause, a past year,
		// another paragraph.
		{"no verb of saying", "会议召开后,2026年,全市要推进改革。新建社区食堂30个。", "plan 30 个 -"},
		{"a year inside the clause", "会议强调,要在2026年推进改革。新建社区食堂30个。", "plan 30 个 -"},
		{"a year before the document's", "会议指出,2024年,全市民政工作成效明显。计划新建社区食堂30个。", "plan 30 个 -"},
		{"another paragraph", "会议强调,2026年,全市要推进改革。\n新建社区食堂30个。", "plan 30 个 -"},

		// A raise word right before a count plans its clause.
		{"提升 and a count", "要提升200家养老机构服务质量。", "plan 200 家 -"},
		{"提高 and a count with 余", "力求提高60余个社区的服务水平。", "plan 60 个 -"},
		{"under a framed year", "会议强调,2026年,全省要深化改革。一是提升100家县级养老机构服务水平。", "plan 100 家 2026-12-31"},

		// Something between, an amount, a raise after the count.
		{"了 between", "提升了100家养老机构服务水平。", "achieved 100 家 -"},
		{"an amount", "提高补助标准100元。", ""},
		{"the count before the raise", "服务水平明显提升,100家养老机构达标。", ""},
		{"a word between", "提升农村养老服务,100家敬老院参与。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
