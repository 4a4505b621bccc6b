package extract

import "testing"

// TestTargetsIntentNoun: 计划 with a common noun right after it (行动计划
// 目标, 计划任务) is a noun heading a compound, no intent a body states, so
// a share of a plan reached in a tally (截至本月初，…完成…目标比例达到89.3%)
// stays achieved. Not so: 计划 before its verb, beside progress, keeps its
// plan. The test document is dated 2025-06-03.
func TestTargetsIntentNoun(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"计划目标 in a tally", "截至本月初，全省共备案社区社会组织1374个，完成三年行动计划目标比例达到89.3%。", "achieved 1374 个 -; achieved 89.3 % -"},
		{"计划任务 done", "目前已建成互助点8个，完成年度计划任务比例达到80%。", "achieved 8 个 -; achieved 80 % -"},

		// 计划 a verb still.
		{"计划 before its verb", "该县今年计划新建村级互助点14个,目前已建成8个。", "plan 14 个 2025-12-31; achieved 8 个 -"},
		{"计划 before 改造", "全区计划改造老旧小区30个,已开工12个。", "plan 30 个 -; achieved 12 个 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
