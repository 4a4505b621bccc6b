package extract

import (
	"strings"
	"testing"

	"bulletin/schema"
)

// TestDatesReview21: an e-paper prints the page's timestamp under the
// body (2023-11-22 11:10:01 A6版), a line the layout reads as chrome and
// gives no part: the part that ends before it lists its date. A part
// that another follows does not, nor is a list of links' dates read.
func TestDatesReview21(t *testing.T) {
	const body = "全媒体记者 王钟楠 通讯员 林凡香 报道\n" +
		"本报讯 为应对凉寒天气,让困难群众感受到党和政府的关怀,近日,莒县民政局组织开展“暖手暖心”行动。\n" +
		"本次活动共为南关社区辖区8位特困分散人员发放棉手套66副,帮助他们安全温暖过冬。\n" +
		"今后南关社区将继续以居民群众需求为导向,不断增强辖区群众的获得感、幸福感。\n"
	tests := []struct {
		in    string
		lines int // the part read: the text's first lines
		want  string
	}{
		{body + "“为老”志愿服务为老人“暖手暖心”\n2023-11-22 11:10:01 A6版 社区", 4, "2023-11-22"},
		{body + "2023-11-22 11:10 A6版", 4, "2023-11-22"},
		// Negatives: a part another part follows; a list of related
		// links, each with its date; a chrome line with no timestamp.
		{body + "“为老”志愿服务为老人“暖手暖心”\n2023-11-22 11:10:01 A6版 社区", 1, ""},
		{body + "相关链接\n- 海口特色农产品走俏冬交会(2019-12-16)\n- 海口市社科规划课题顺利结项(2019-12-14)", 4, ""},
		{body + "打印 关闭", 4, ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			in := input(t, tc.in)
			s := in.Text.String()
			end := 0
			for n := 0; n < tc.lines; n++ {
				k := strings.IndexByte(s[end:], '\n')
				if k < 0 {
					t.Fatalf("the text has fewer than %d lines", tc.lines)
				}
				end += k + 1
			}
			in.Text = in.Text.Slice(0, end-1)
			var out schema.Entities
			Dates{}.Extract(in, &out)
			var got []string
			for _, d := range out.Dates {
				got = append(got, d.Value)
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("got %q, want %q", g, tc.want)
			}
		})
	}
}
