package extract

import "testing"

// TestTargetsOblige: 需 before 在 (需在…内), one token to the segmenter,
// is a modal that requires what its sentence tells, as 需 of its own does,
// so a limit the sentence sets (控制在1小时内) is a target; with no bound
// the sentence keeps none. A limit 控制在 sets right before its number and
// closes with 内 is a target with no modal too (targets_heldwithin.go: the
// jiangmen booking guide's gold counts all three of its 祭扫时长控制在1小时内,
// two with no modal), so 无需在 before it leaves the cap one. The test
// document is dated 2025-06-03.
func TestTargetsOblige(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"需在 then 控制在", "需在规定时段内到场,停留时长控制在1小时内。", "plan 1 小时 -"},
		{"需在 then a count", "需在预约时段内入园,每户入园人员控制在4人以内。", "plan 4 人 -"},
		{"需在 after a clause", "凭预约码入园,需在指定区域祭扫,祭扫时长控制在40分钟以内。", "plan 40 分钟 -"},

		// No modal, a modal denied: the cap still a target; a count with
		// no bound.
		{"no modal", "最早可提前5天预约,停留时长控制在2小时内。", "plan 2 小时 -"},
		{"无需在", "无需在网上预约,停留时长控制在1小时内。", "plan 1 小时 -"},
		{"需在, no bound", "需在规定时段内到场,现场设有3个服务点。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
