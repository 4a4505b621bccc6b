package extract

import "testing"

// TestTargetsDone: numbers a completion phrase closes (…等任务全部完成)
// and the counts of a change dated from its start of effect (新增…户…，从
// 6月起执行) are results, no targets; a sentence that requires or turns
// ahead, and a level raised from a date, keep theirs. The test document
// is dated 2025-06-03.
func TestTargetsDone(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"全部完成 after a list", "“新建15个社区食堂、改造8个敬老院”等实事项目全部完成。", "achieved 15 个 -; achieved 8 个 -"},
		{"圆满完成", "新增养老床位300张的年度任务圆满完成。", "achieved 300 张 -"},
		{"a change from a month", "2025年6月份新增城市低保3户5人,从2025年6月起执行。", "achieved 3 户 -; achieved 5 人 -"},
		{"a change, 起执行 after ;", "本月新增农村低保2户4人;从2025年6月起执行。", "achieved 2 户 -; achieved 4 人 -"},

		// Required or ahead; a level raised; completion before the number.
		{"确保 and a deadline", "确保年底前新建15个社区食堂全部完成。", "plan 15 个 2025-12-31"},
		{"要如期完成", "要新建社区食堂15个,如期完成。", "plan 15 个 -"},
		{"力争提前完成", "力争新建社区食堂15个并提前完成。", "plan 15 个 -"},
		{"a level raised from a month", "城市低保标准提高到每人每月800元,从2025年7月起执行。", "plan 800 元 -"},
		{"completion before the number", "圆满完成上年任务后,今年计划新建社区食堂15个。", "plan 15 个 2025-12-31"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
