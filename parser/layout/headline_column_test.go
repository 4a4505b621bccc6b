package layout

import (
	"testing"

	"bulletin/parser/layout/cue"
)

// TestColumnNameOverHeadlinedInfo: a site prints the column a page is in
// as large as a headline over the trail; where the information line
// opens with the page's own headline, that headline is the title, and a
// title line that is no column's name keeps its place.
func TestColumnNameOverHeadlinedInfo(t *testing.T) {
	const body = "2月16日,省民政厅召开全省民政工作会议,部署今年重点任务。"
	T, C, H, B := cue.Title, cue.Chrome, cue.Header, cue.Body
	for _, tc := range []struct {
		name  string
		lines []string
		roles []cue.Role
		want  string
	}{
		{"a column's name over the trail", []string{"要闻速递", "您现在所在的位置:首页>>要闻速递", "全省民政工作会议在太原召开 作者:康某 来源:山西民政 发布时间:2023-02-16 16:58", body}, []cue.Role{T, C, H, B}, "全省民政工作会议在太原召开"},
		{"a column's name over the info line", []string{"工作动态", "全省民政工作会议在太原召开 来源:某市民政局 发布时间:2023-02-16", body}, []cue.Role{T, H, B}, "全省民政工作会议在太原召开"},
		{"a column's name the trail closes on", []string{"省外经验", "您现在所在的位置:首页>>省外经验", "吉林省召开全省民政工作会议 作者: 来源:吉林省民政厅", body}, []cue.Role{T, C, H, B}, "吉林省召开全省民政工作会议"},
		{"a headline the trail does not close on", []string{"全省民政工作会议召开", "您现在所在的位置:首页>>省外经验", "全省民政工作会议在太原召开 来源:吉林省民政厅", body}, []cue.Role{T, C, H, B}, "全省民政工作会议召开"},
		// A headline over the information line stays the title; the words
		// before the fields are the page's own (a repeat, a tag).
		{"a headline over the info line", []string{"全省民政工作会议在太原召开", "民政要闻 来源:山西民政 发布时间:2023-02-16 16:58", body}, []cue.Role{T, H, B}, "全省民政工作会议在太原召开"},
		{"a publisher and its site's host on the info line", []string{"某市民政局关于下达救助资金的通知", "某民〔2024〕3号", "某市民政局 mz.example.gov.cn 发布时间:2024-01-30 11:26", body}, []cue.Role{T, H, H, B}, "某市民政局关于下达救助资金的通知"},
		{"a headline over a repeat on the info line", []string{"全省民政工作会议召开", "全省民政工作会议在太原召开 来源:山西民政 发布时间:2023-02-16", body}, []cue.Role{T, H, B}, "全省民政工作会议召开"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := assembleLines(tc.lines, tc.roles, 0)
			if got := valueOf(doc.Title); got != tc.want {
				t.Errorf("title %q, want %q", got, tc.want)
			}
		})
	}
}
