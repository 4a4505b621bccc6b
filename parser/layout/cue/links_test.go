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

// TestSharePrompt finds a share or print widget's prompt run on after a
// headline, and nothing in a title that closes with a colon of its own.
func TestSharePrompt(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"某市民政局召开养老服务工作会议分享到:", "某市民政局召开养老服务工作会议"},
		{"某市民政局召开养老服务工作会议 分享到：", "某市民政局召开养老服务工作会议 "},
		{"某县开展慈善日活动打印本页:", "某县开展慈善日活动"},
		// No prompt: a title's own colon, a size's button, no colon at all.
		{"关于开展养老机构检查的通知:", "关于开展养老机构检查的通知:"},
		{"工作会议进行中:", "工作会议进行中:"},
		{"某市民政局发布养老服务十大关键词：", "某市民政局发布养老服务十大关键词："},
		{"这些政策请您关注：", "这些政策请您关注："},
		{"某市民政局召开会议分享到", "某市民政局召开会议分享到"},
		{"分享到:", "分享到:"},
	} {
		if got := tc.in[:SharePrompt(tc.in)]; got != tc.want {
			t.Errorf("SharePrompt(%q) keeps %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestEllipsisCuts: CutShort takes three dots only (a text's own …… is
// its own ellipsis); summaryCut, under a links label, takes any.
func TestEllipsisCuts(t *testing.T) {
	for _, c := range []struct {
		s              string
		short, summary bool
	}{
		{"某县开展养老服务合作项目、...", true, true},
		{"某区召开救助工作会议...  ", true, true},
		{"某市启动“暖冬”行动……", false, true},
		{"某镇走访困难群众…", false, true},
		{"某街道举办志愿服务。。。", false, true},
		{"某省民政厅召开会议....", false, true},
		{"某县完成低保年审工作。", false, false},
		{"共计3.5万元", false, false},
		{"", false, false},
	} {
		if got := CutShort(c.s); got != c.short {
			t.Errorf("CutShort(%q) = %v, want %v", c.s, got, c.short)
		}
		if got := summaryCut(c.s); got != c.summary {
			t.Errorf("summaryCut(%q) = %v, want %v", c.s, got, c.summary)
		}
	}
}
