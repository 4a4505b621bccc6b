package cue

import "testing"

// TestColumnLead: a column's name run into a notice's title before a
// colon is cut off; a place, a headline's own words, or a title with no
// issuer keeps it.
func TestColumnLead(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want string // the title after the lead
	}{
		{"世界要闻:某市殡葬服务中心关于临时调整业务安排的公告", "某市殡葬服务中心关于临时调整业务安排的公告"},
		{"工作动态：某县民政局关于开展排查工作的通知", "某县民政局关于开展排查工作的通知"},
		{"大荔:某镇关于清明祭扫的通告", "大荔:某镇关于清明祭扫的通告"},
		{"大荔:某县民政局关于清明祭扫的通告", "大荔:某县民政局关于清明祭扫的通告"},
		{"工作动态：某县民政局开展排查工作", "工作动态：某县民政局开展排查工作"},
		{"工作动态：某县民政局关于开展排查工作", "工作动态：某县民政局关于开展排查工作"},
		{"：某县民政局关于开展排查工作的通知", "：某县民政局关于开展排查工作的通知"},
		{"工作动态：关于开展排查工作的通知", "工作动态：关于开展排查工作的通知"},
		{"云城居养：开展迎新春主题活动", "云城居养：开展迎新春主题活动"},
		{"某市殡葬服务中心关于临时调整业务安排的公告", "某市殡葬服务中心关于临时调整业务安排的公告"},
	} {
		if got := tc.s[ColumnLead(tc.s):]; got != tc.want {
			t.Errorf("after ColumnLead(%q): %q, want %q", tc.s, got, tc.want)
		}
	}
}
