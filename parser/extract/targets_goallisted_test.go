package extract

import "testing"

// TestTargetsGoalListed: a goal noun with its copula and a colon
// (考核指标为：, 目标为：) opens a list of the levels each named part is to
// reach, every number of the full sentence after it a target; a goal noun
// with no copula or no colon, or a list in another sentence, lists none.
// The test document is dated 2025-06-03.
func TestTargetsGoalListed(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"an assessment's quotas", "各科室年度考核指标为:办公室为20分;优安科为15分;保底条数:办公室为15条;优安科12条。", "plan 20 分 -; plan 15 分 -; plan 15 条 -; plan 12 条 -"},
		{"a full-width colon", "全年目标为：城区为30个，农村为20个。", "plan 30 个 -; plan 20 个 -"},
		{"指标是", "分配指标是：甲街道8名，乙街道6名。", "plan 8 名 -; plan 6 名 -"},

		// No copula, no colon, another sentence.
		{"no copula", "围绕目标：已建成15个社区食堂。", "achieved 15 个 -"},
		{"no colon", "考核指标为各科室，本月救助对象为15人。", ""},
		{"another sentence", "考核指标为:办公室为20分。本月救助对象为15人。", "plan 20 分 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
