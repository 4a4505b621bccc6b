package extract

import "testing"

// TestTargetsAfterEvent65: a time limit counted from an event framed 自…后
// (应自收到《决定书》后7日内将…上交) right after a word that requires it is a
// target, as 自…之日起N日内 is; a span after an event with no 自/从 frame
// (在…后, …后，N个工作日内), one whose frame no modal requires, and one not
// closed by 内 are none. The test document is dated 2025-06-03.
func TestTargetsAfterEvent65(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"应自…后", "某某联合会应自收到《行政处罚决定书》后7日内将登记证书上交本机关。", "plan 7 日 -"},
		{"应当自…后", "申请人应当自收到补正通知后10个工作日内补齐材料。", "plan 10 个工作日 -"},
		{"须从…后", "各村须从接到通知后3日内报送名单。", "plan 3 日 -"},
		{"需自…之后", "墓主需自公告发布之后15日内办理迁移手续。", "plan 15 日 -"},

		// None.
		{"在…后, a procedure described", "主动公开的信息，在信息形成后20个工作日内予以公开。", ""},
		{"…后，a new clause", "网上预审资料审核通过后，5个工作日内提交线下复核。", ""},
		{"a frame no modal opens", "来自收到通知后3日内的报名者中选取。", ""},
		{"no 内 after the span", "应自收到通知后7日将材料上交。", ""},
		{"a count, no span of time", "应自收到通知后3份材料内补齐。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
