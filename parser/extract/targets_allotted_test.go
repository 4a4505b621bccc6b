package extract

import "testing"

// TestTargetsAllotted: a sum an allocation verb hands out (下拨, 拨付,
// 安排资金) and the state a change starts from (从…到…) are no targets;
// a bound on the sum, a level word after 从/由, a span of years before
// the number keep theirs. The test document is dated 2025-06-03.
func TestTargetsAllotted(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"下拨 and a year of the funds", "经研究,决定下拨2025年社区食堂建设经费200万元。", ""},
		{"拨付", "经研究,决定拨付养老机构建设补助资金80万元。", ""},
		{"安排资金", "县财政安排资金150万元用于敬老院建设。", ""},
		{"from a quoted state", "实现从“被起诉追索80万元”到“扭亏为盈”的转变。", ""},
		{"from a state, no quote", "实现从亏损50万元到收支平衡的转变。", ""},
		{"both states quoted", "仅用一年时间便实现从“负债60万元”到“结余20余万元”的转变。", ""},

		// A bound on the sum, a level word after the start, a span of years,
		// a plan with no allocation verb.
		{"a bound on the sum", "县财政每年安排资金不低于150万元用于敬老院建设。", "plan 1500000 元 -"},
		{"由 and a level word", "床位由原来的300张增加到500张。", "plan 500 张 -"},
		{"从 a year 到 a year", "从2025年到2026年新建社区食堂30个。", "plan 30 个 2026-12-31"},
		{"both states, 力争", "力争实现从亏损50万元到结余30万元的转变。", "plan 300000 元 -"},
		{"建设 and no allocation", "2025年底前建设社区食堂30个。", "plan 30 个 2025-12-31"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
