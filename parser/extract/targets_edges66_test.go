package extract

import "testing"

// TestTargetsEdges66: a limit word right before its number and a 内 after
// it (祭扫时长控制在1小时内, 每户入园人员控制在4人以内) caps what is to be done,
// a target with or without a word of demand in the sentence. Not so: a cap
// told done (已控制在…以内), a condition, a cap that 的 closes (控制在1小时
// 内的活动), a 控制在 with other words between it and the number, and a
// number with 内 but no limit word. The test document is dated 2025-06-03.
func TestTargetsEdges66(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"控制在…内, no modal", "最早可提前7天预约,祭扫时长控制在1小时内。", "plan 1 小时 -"},
		{"控制在…以内, no modal", "每户入园人员控制在4人以内。", "plan 4 人 -"},
		{"控制在…以内 in minutes", "入园后祭扫时间控制在60分钟以内。", "plan 60 分钟 -"},

		// Not targets: told done, the cap is an achievement (起 counts the
		// incidents, units.tsv).
		{"told done", "去年全市火灾事故已控制在3起以内。", "achieved 3 起 -"},
		{"a cap closing a noun", "开展祭扫时长控制在1小时内的活动。", ""},
		{"other words between", "祭扫时长控制在规定时段内,现场设有3个服务点。", ""},
		{"内 with no limit word", "最早可提前7天预约,1小时内到场。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
