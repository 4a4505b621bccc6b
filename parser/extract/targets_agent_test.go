package extract

import "testing"

// TestTargetsAgent: a count right after 由 counts who carries out what the
// verb tells, no level to reach; a requirement, a bound printed with the
// count, a change 由 starts from and a count after the verb keep their
// reading. The test document is dated 2025-06-03.
func TestTargetsAgent(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"the agent of 完成", "上门服务通常由2名护理员入户完成。", ""},
		{"the agent of 负责", "每个站点由3名社工负责完成日常巡查。", ""},
		{"the agent, a plan word later", "该项目一般由4位志愿者现场完成。", ""},

		// A requirement, a bound, a change, a count after the verb.
		{"a requirement", "每次探访须由2名工作人员共同完成。", "plan 2 名 -"},
		{"a change 由 starts from", "站点数量由3个增加到5个。", "plan 5 个 -"},
		{"a count after the verb", "由社区负责完成20户入户走访。", "plan 20 户 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
