package extract

import "testing"

// TestTargetsOverQuota: 超额 (in excess of a quota) reports a result against
// a plan, an achievement (stance.tsv); a sentence that turns ahead with a
// future word (力争, 确保) keeps its plan, and a plan with no 超额 stays one.
func TestTargetsOverQuota(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"超额 and a share", "全区社会福利生产超额0.3%完成全年计划。", "achieved 0.3 % -"},
		{"超额 and a sum", "全区发售社会福利彩票，超额280万元完成省民政厅下达的任务。", "achieved 2800000 元 -"},

		// A plan still.
		{"力争超额", "明年力争超额完成销售任务5000万元。", "plan 50000000 元 2026-12-31"},
		{"确保超额", "确保超额完成全年募集资金500万元的任务。", "plan 5000000 元 -"},
		{"no 超额", "全年完成募集资金500万元的任务。", "plan 5000000 元 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
