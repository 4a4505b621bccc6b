package cue

import "testing"

// TestPaperDay: an e-paper's strip gives its issue's day; a site's banner
// with the day it is read, a date with tool words but no steps between
// issues, or no weekday, gives none.
func TestPaperDay(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2022年06月14日 星期二上一期下一期", "2022-06-14"},
		{"2021年04月01日 星期四       旧版入口 |  返回报网首页 |   版面导航", "2021-04-01"},
		{"2020年3月2日 星期一 上一版 下一版", "2020-03-02"},
		{"2014年12月08日 星期一 黄石天气:多云", ""},
		{"2018年08月31日 星期五 繁体网站 支持IPV6", ""},
		{"2024年09月28日 星期六", ""},
		{"2022年06月14日 上一期 下一期", ""},
	} {
		got, ok := PaperDay(tc.in)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("PaperDay(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
