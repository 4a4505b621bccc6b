package cue

import "testing"

// TestTrailEnd: the last link of a trail is the column the page is in; a
// line with no arrow, or one link alone, closes on none.
func TestTrailEnd(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"您现在所在的位置:首页>>省外经验", "省外经验"},
		{"首页 > 新闻中心 > 工作动态 ", "工作动态"},
		{"首页»政务公开»通知公告", "通知公告"},
		{"当前位置:首页", ""},
		{"首页 新闻中心 工作动态", ""},
		{"> 工作动态", ""},
	} {
		if got := TrailEnd(tc.in); got != tc.want {
			t.Errorf("TrailEnd(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
