package extract

import "testing"

// TestTargetsEachScope: a count of the subject that 分别 spreads a plan's
// predicate over counts who acts, no level to reach; the count after the
// verb stays a target, as do a count after a plan word, a count with a
// bound printed before it and a count with more than its noun before 分别.
// The test document is dated 2025-06-03.
func TestTargetsEachScope(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"cities, each builds", "全省8个地级市分别建成2家示范养老机构。", "plan 2 家 -"},
		{"districts, each trains", "今年全市6个区分别培训养老护理员100名。", "plan 100 名 2025-12-31"},
		{"townships, each opens", "年底前12个乡镇分别建设1个助餐点。", "plan 1 个 2025-12-31"},

		// The count is the plan word's object, or 分别 is not its noun's.
		{"a count after the plan word", "新建3个社区食堂分别服务周边老人。", "plan 3 个 -"},
		{"a bound before the count", "力争不少于4个街道分别打造示范点。", "plan 4 个 -"},
		{"effort before the subject", "力争9个县区分别建成1所敬老院。", "plan 1 所 -"},
		{"more than a noun before 分别", "推动5个乡镇敬老院转型，分别设立服务站。", "plan 5 个 -"},
		{"no 分别", "全市建成10个养老服务中心。", "plan 10 个 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
