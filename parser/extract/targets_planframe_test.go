package extract

import "testing"

// TestTargetsPlanFrame: a paragraph a plan's frame opens (方案明确，…;
// 《…规划》提出，…) tells the plan's tasks, whatever their verbs, and its
// counts are targets. A frame that names no plan document, a count in the
// paragraph after, a count the sentence reports as done, an age and a
// condition are none (a count done stays an achievement). The test document is dated 2025-06-03.
func TestTargetsPlanFrame(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"增加 after 方案明确", "方案明确，盘活闲置校舍，增加25个左右社区助餐点。", "plan 25 个 -"},
		{"撤并 after 规划提出", "《某县养老服务设施布局规划》提出，撤并12个农村幸福院。", "plan 12 个 -"},
		{"a later sentence of the paragraph", "方案提出，各地统筹推进。增加15个左右助浴点。", "plan 15 个 -"},

		// No plan's frame, or not its paragraph, or no task.
		{"a bulletin's frame", "通报指出，增加25个社区助餐点。", ""},
		{"the next paragraph", "方案明确，统筹推进。\n全县增加15个左右助浴点。", ""},
		{"done", "方案明确，全县已撤并12个农村幸福院。", "achieved 12 个 -"},
		{"an age", "方案明确，为80岁以上老人提供服务。", ""},
		{"a condition", "方案明确，家庭人均收入低于600元的可申请。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
