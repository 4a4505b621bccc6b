package extract

import "testing"

// TestTargetsAllottedFund: 安排 with the fund it hands out between verb
// and sum (安排省级福彩公益金27.05万元资助…) allots as 安排资金 does; a
// bound on the sum, a count that is no money, a plan with no 安排 keep
// their targets. The test document is dated 2025-06-03.
func TestTargetsAllottedFund(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"安排 a named fund", "安排省级福彩公益金27.05万元资助养老服务项目建设。", ""},
		{"安排 a fund 用于", "安排市级福彩公益金15万元用于社区养老服务站建设。", ""},
		{"安排 经费", "县财政安排敬老院运转经费30万元。", ""},

		// A bound, a pledge, a count of people, a plan with no allocation.
		{"将安排, a pledge", "爱心人士每年将安排1.2万元助学款。", "plan 12000 元 -"},
		{"拟安排, a pledge", "某公司拟安排结对助学金2万余元。", "plan 20000 元 -"},
		{"a bound on the sum", "每年安排福彩公益金不低于100万元用于养老服务。", "plan 1000000 元 -"},
		{"安排 people, no money", "2025年底前安排专业社工30名进驻社区。", "plan 30 名 2025-12-31"},
		{"a plan with no 安排", "2025年底前投入资金200万元建设社区食堂。", "plan 2000000 元 2025-12-31"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
