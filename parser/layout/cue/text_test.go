package cue

import "testing"

// TestSentencePunct finds clause marks outside brackets and quotes, and
// inside a quotation the line leaves open.
func TestSentencePunct(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"春节前夕，市民政局走访慰问困难群众", true},
		{"残疾摄影师陈志刚表示:“这幅照片见证了变迁,既是与大家共享", true},
		{"关于开展“两节”期间，走访慰问的通知", true},
		// Marks inside closed brackets or quotes, or none.
		{"“听风者”通过口音帮走失老人成功寻亲", false},
		{"“助困、助孤、助老”三助行动启动", false},
		{"(一)慈善组织和法律、行政法规规定的组织", false},
		{"市民政局召开会议", false},
		{"“学习贯彻", false},
	}
	for _, tc := range tests {
		if got := SentencePunct(tc.in); got != tc.want {
			t.Errorf("SentencePunct(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestDateLabel(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
		ok   bool
	}{
		{"1949年10月：某市成立居民委员会。", "1949-10", true},
		{"1954年:内务部明确分工。", "1954", true},
		{"3月5日：市民政局召开会议。", "03-05", true},
		{"2019年3月，某县成立养老服务中心。", "", false},
		{"1954年：", "", false},
		{"195年：内务部", "", false},
	} {
		got, ok := dateLabel(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("dateLabel(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
