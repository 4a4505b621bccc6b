package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// TestHeadConventions66 covers four ways a page heads its report: a
// headline set as a stack of short lines, facts of a sidebar over it, a
// slogan set apart above the headline over a dated lead, and a couplet
// that opens the copy. Blank lines ("") part the lines as the page did;
// roles give the decoder's labels of the lines that are not blank.
func TestHeadConventions66(t *testing.T) {
	T, H, B, C := cue.Title, cue.Header, cue.Body, cue.Chrome
	for _, tc := range []struct {
		name  string
		lines []string
		roles []cue.Role
		want  string
	}{
		{"a stack of short lines", []string{"2025年某省", "“中华慈善日”", "主题宣传活动", "新闻发布会", "实录", "（2025年8月27日）", "女士们、先生们，大家上午好！欢迎大家出席新闻发布会。"},
			[]cue.Role{T, C, H, H, T, H, B}, "2025年某省“中华慈善日”主题宣传活动新闻发布会实录"},
		{"a list's items between: no stack", []string{"政策", "•规章", "•部门文件", "某团体名称预登记办事指南", "来源:市民政局 发布时间:2016-09-28", "一、办理依据。"},
			[]cue.Role{T, H, H, T, H, B}, "某团体名称预登记办事指南"},
		{"a bar of links between: no stack", []string{"选择城市", "殡葬信息网|殡葬百科|殡葬动态|", "某市发布清明期间文明祭祀倡议书", "发布时间:2022-03-23", "市民朋友们:清明节即将到来。"},
			[]cue.Role{T, H, T, H, B}, "某市发布清明期间文明祭祀倡议书"},
		{"a sidebar's facts over the headline", []string{"邮箱:1071532839@qq.com", "", "网址:www.example.com", "", "清明期间祭扫服务管理的通告", "", "发布日期:2022-03-22", "", "为加强清明期间祭扫服务管理，现通告如下。"},
			[]cue.Role{T, T, T, H, B}, "清明期间祭扫服务管理的通告"},
		{"a headline with a colon and words is no fact", []string{"民政部：今年将全面推进养老服务", "发布时间:2024-03-22", "记者从民政部获悉，今年将全面推进养老服务。"},
			[]cue.Role{T, H, B}, "民政部：今年将全面推进养老服务"},
		{"a slogan set apart over the headline", []string{"聚合某地新闻 传播某地声音", "某网与您共同讲好某地故事", "", "某县开展敬老院安全生产检查工作", "", "1月21日，副县长某某到敬老院检查安全生产工作。", "检查组重点检查了食品安全。"},
			[]cue.Role{T, T, H, B, B}, "某县开展敬老院安全生产检查工作"},
		{"a deck under the headline, no break: the headline stays", []string{"某省召开民政工作会议部署惠民新举措", "惠民新举措请查收!全省民政工作会议在某市召开", "2月3日上午，某省民政厅召开全省民政工作会议。"},
			[]cue.Role{T, H, B}, "某省召开民政工作会议部署惠民新举措"},
		{"a couplet opening the copy", []string{"家门口老字号变身长者食堂,托起晚年幸福「食」光", "", "10月16日，记者走进老字号长者餐厅。", "", "老年助餐服务是民生实事。"},
			[]cue.Role{B, B, B}, "家门口老字号变身长者食堂,托起晚年幸福「食」光"},
		{"a sentence opening the copy is no headline", []string{"为做好养老服务工作,现将有关事项通知如下", "", "一是做好摸底工作。", "", "二是做好服务工作。"},
			[]cue.Role{B, B, B}, "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := cue.NewDoc(unitsWith(clean.Lines(strings.Join(tc.lines, "\n")), 1))
			if len(d.Lines) != len(tc.roles) {
				t.Fatalf("%d lines, %d roles", len(d.Lines), len(tc.roles))
			}
			roles := append([]cue.Role(nil), tc.roles...)
			doc := assemble(d, labelling{roles: roles, zones: make([]int, len(roles)), profile: len(profiles) - 1})
			if got := valueOf(doc.Title); got != tc.want {
				t.Errorf("title %q, want %q (%v)", got, tc.want, doc.Title)
			}
		})
	}
}

// TestFactHeadings: a line the decoder took for a heading that sets out a
// fact with figures (公示时间:…) opens no part; a numbered heading, or a
// label with no figures after it, still does.
func TestFactHeadings(t *testing.T) {
	B, H := cue.Body, cue.Heading
	for _, tc := range []struct {
		name  string
		lines []string
		want  int // items
	}{
		{"a term of publicity", []string{"拟评某县福利院为二星级养老机构，现向社会公示。", "公示时间:2025年12月12日至2025年12月22日(共7个工作日)", "如有异议，请向市民政局反映。"}, 0},
		{"a telephone", []string{"拟评某县福利院为二星级养老机构，现向社会公示。", "联系电话:0754-88900831", "如有异议，请向市民政局反映。"}, 0},
		{"a numbered heading with figures", []string{"拟评某县福利院为二星级养老机构，现向社会公示。", "一、公示时间:2025年12月12日", "如有异议，请向市民政局反映。"}, 1},
		{"a heading of words", []string{"拟评某县福利院为二星级养老机构，现向社会公示。", "温暖过冬幸福过节", "全省民政系统组织动员儿童督导员走访。"}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := cue.NewDoc(unitsWith(clean.Lines(strings.Join(tc.lines, "\n")), 1))
			roles := []cue.Role{B, H, B}
			doc := assemble(d, labelling{roles: roles, zones: make([]int, len(roles)), profile: len(profiles) - 1})
			if len(doc.Items) != tc.want {
				var titles []string
				for _, it := range doc.Items {
					titles = append(titles, valueOf(it.Title))
				}
				t.Errorf("%d items %q, want %d", len(doc.Items), titles, tc.want)
			}
		})
	}
}
