package cue

import (
	"slices"
	"testing"
)

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

// TestColumnLeadOverWrappedTitle: a column's name run into the first line
// of a title the page wrapped leads the title's run, and the title reads
// from after its colon over both lines; a lead over words that end no
// title, and a place before the colon, do not.
func TestColumnLeadOverWrappedTitle(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		want  []bool
	}{
		{"a column's name over a wrapped notice title", []string{"世界要闻:某市殡葬服务中心关于临时调整殡仪业务有关", "安排的公告", "2022-12-25 07:30:06 来源: 某某网"}, []bool{true, true, false}},
		{"a full-width colon", []string{"工作动态：某县民政局关于开展养老机构安全", "排查工作的通知", "2022-12-25 07:30:06 来源: 某某网"}, []bool{true, true, false}},
		// Not a title's run: no kind closes it, or the lead names no column.
		{"a column's name over a report's headline", []string{"工作动态：某县民政局开展养老机构安全", "排查工作", "2022-12-25 07:30:06 来源: 某某网"}, []bool{false, false, false}},
		{"a label that names no column", []string{"发布机构:某市殡葬服务中心关于临时调整殡仪业务有关", "安排的公告", "2022-12-25 07:30:06 来源: 某某网"}, []bool{false, true, false}},
		{"a second colon in the words after it", []string{"世界要闻:某市殡葬服务中心:关于临时调整殡仪业务有关", "安排的公告", "2022-12-25 07:30:06 来源: 某某网"}, []bool{false, true, false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := docOf(tc.lines...)
			var got []bool
			for i := range tc.lines {
				got = append(got, d.TitleRun(i))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("title run %v, want %v", got, tc.want)
			}
		})
	}
}
