package cue

import "testing"

// TestShareLead reads the share link a saved post runs into its
// headline, and leaves headlines that open with no address.
func TestShareLead(t *testing.T) {
	for _, tc := range []struct{ in, rest string }{
		{"https://mp.weixin.qq.com/s/1tt5yi2IfxM0jTwQFwp--w关注:山西永和县召开更名征求意见会", "山西永和县召开更名征求意见会"},
		{"http://www.example.gov.cn/art/2024/3/18/art_1.html某县民政局召开会议", "某县民政局召开会议"},
		{"https://mp.weixin.qq.com/s/abc 关注：某县召开会议", "某县召开会议"},
		{"某县民政局召开会议", "某县民政局召开会议"},
		{"http可视化平台上线", "http可视化平台上线"},
		{"https://example.cn/a某县通知：关于开展检查", "某县通知：关于开展检查"},
	} {
		if got := tc.in[ShareLead(tc.in):]; got != tc.rest {
			t.Errorf("after ShareLead(%q): %q, want %q", tc.in, got, tc.rest)
		}
	}
}
