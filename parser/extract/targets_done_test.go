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
		{"月增发 after the counts", "1.新增特困人员4户6人,月增发供养金5200元;", "achieved 4 户 -; achieved 6 人 -"},
		{"停发 after the count", "新增低保对象7户,同时月停发救助金3000元。", "achieved 7 户 -"},
		{"a count that finished", "12个社区完成适老化改造,8个社区正在施工。", "achieved 12 个 -"},
		{"a count that finished, 改建", "9个敬老院完成改建。", "achieved 9 个 -"},

		// Required or ahead; a level raised; completion before the number.
		{"增发 ahead", "明年将新增低保对象7户,增发救助金3000元。", "plan 7 户 2026-12-31; plan 3000 元 2026-12-31"},
		{"增发 in a clause before", "增发救助金后,要新增低保对象7户。", "plan 7 户 -"},
		{"完成 before the count", "完成12个社区适老化改造。", "plan 12 个 -"},
		{"a count that is to finish", "确保12个社区年底前完成改造。", "plan 12 个 2025-12-31"},
		{"要 a count to finish", "各区要推动12个社区完成改造。", "plan 12 个 -"},
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
