package extract

import "testing"

// TestTargetsBeforeEvent: a lead time a rule sets before an event framed by
// a modal, a preposition of time and 前 (应在任期届满前3个月召开…) is a
// target; a lead time no modal requires, a span before 前, a count after
// 前 and a frame a clause mark breaks are none.
func TestTargetsBeforeEvent(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"应在…前 months", "需延期换届的，应在任期届满前3个月召开理事会议议定。", "plan 3 个月 -"},
		{"应在…前 working days", "下浮殡葬服务项目执行价格的，应在执行前10个工作日将调整标准报县发改局。", "plan 10 个工作日 -"},
		{"须在…之前 days", "各单位须在活动开始之前7天提交方案。", "plan 7 天 -"},
		{"应当于…以前", "申请人应当于期满以前30天提出延续申请。", "plan 30 天 -"},

		// None.
		{"no modal before the preposition", "代表们在春节前3天到达。", ""},
		{"span before 前", "材料应在3个月前报送。", ""},
		{"a count, no span", "应在换届前3名候选人中选出会长。", ""},
		{"a quoted provision of a cited rule", "根据《某某自治区殡葬管理条例》第十七条：“民政部门应当在开工前30日内通知死者亲属限期迁移。”现公告如下。", ""},
		{"a clause mark breaks the frame", "应在换届前，召开会议3天。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
