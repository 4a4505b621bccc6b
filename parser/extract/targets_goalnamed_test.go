package extract

import "testing"

// TestTargetsGoalNamed: a number a goal noun names (23人目标, 23人的目标值,
// 目标为23人) is the level a plan set, a target beside what the sentence
// reports reached; a goal noun that opens a compound (目标责任, 目标考核),
// one after a number with other words between, or a copula with no goal
// noun before it names no target. The test document is dated 2025-06-03.
func TestTargetsGoalNamed(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"led past the goal", "目前我市已经达到了47.6人,遥遥领先省里的23人目标。", "plan 23 人 -; achieved 47.6 人 -"},
		{"beyond the goal value", "我市已超过全省23人的目标值。", "plan 23 人 -"},
		{"the goal with a copula", "省定目标为23人,我市已达到47.6人。", "plan 23 人 -; achieved 47.6 人 -"},
		{"the goal is", "全年目标是新建15个社区食堂。", "plan 15 个 -"},
		{"a bound before the goal", "年底将实现覆盖率达90%的目标。", "plan 90 % 2025-12-31"},

		// A compound, words between, no goal noun before the copula.
		{"目标责任 counts tasks", "已完成3项目标责任考核。", "achieved 3 项 -"},
		{"words between", "已发放15人,完成全年目标。", "achieved 15 人 -"},
		{"a copula alone", "本月救助对象为15人。", ""},
		{"the goal before, no copula", "围绕目标,已建成15个社区食堂。", "achieved 15 个 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
