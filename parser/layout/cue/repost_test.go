package cue

import "testing"

func TestRepostLink(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"原文链接:http://mz.example.gov.cn/xwzx/120315431.html", true},
		{"原文地址：https://www.example.cn/a.html", true},
		{"【原文链接：www.example.gov.cn/b.html】", true},
		// No address, or a sentence that names the original.
		{"原文链接:点击查看", false},
		{"原文链接", false},
		{"如需转载请注明原文链接。", false},
	} {
		if got := RepostLink(tc.s); got != tc.want {
			t.Errorf("RepostLink(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestHostName(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"cz.example.gov.cn", true},
		{"example.com", true},
		{"mz-1.example.cn", true},
		{"1.5", false},
		{"No.3", false},
		{"example.", false},
		{"民政.cn", false},
		{"a.b.c1", false},
		{"example", false},
		{"cz..gov.cn", false},
		{"i.e", false},
	} {
		if got := HostName(tc.w); got != tc.want {
			t.Errorf("HostName(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}
