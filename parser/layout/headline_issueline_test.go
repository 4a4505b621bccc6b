package layout

import (
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// TestIssueLineName: a bulletin whose name holds no masthead word is
// named by the words its issue line prints before the date or number;
// a 总第N期 that is the only number is the issue (GOLD.md).
func TestIssueLineName(t *testing.T) {
	const body = "4月14日,民政部召开动员部署会。会议指出,要深入学习贯彻。"
	C, H, S, B := cue.Chrome, cue.Header, cue.Section, cue.Body
	for _, tc := range []struct {
		name         string
		lines        []string
		roles        []cue.Role
		title, issue string
	}{
		{"name before a bracketed date and total", []string{"当前位置:首页 > 联合会动态 > 正文", "慈善之声(2023年4月 总第53期)", "2023-05-08", "热点聚焦", body}, []cue.Role{C, H, H, S, B}, "慈善之声", "53"},
		{"name before the year's issue", []string{"慈善之声 2023年第37期", "2023-05-08", body}, []cue.Role{H, H, B}, "慈善之声", "37"},
		{"name before the issue alone", []string{"老龄之窗第12期", body}, []cue.Role{H, B}, "老龄之窗", "12"},
		// No name before the number: the line opens with it, or an
		// editing office stands there.
		{"the number alone", []string{"2023年第5期", body}, []cue.Role{H, B}, "-", "5"},
		{"an editing office before it", []string{"某市民政局办公室 2023年第5期", body}, []cue.Role{H, B}, "-", "5"},
		{"a sentence", []string{"本刊今年第5期,共刊发信息12条", body}, []cue.Role{H, B}, "-", "5"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := assembleLines(tc.lines, tc.roles, 0)
			if got := valueOf(doc.Title); got != tc.title {
				t.Errorf("title %q, want %q", got, tc.title)
			}
			if got := valueOf(doc.Issue); got != tc.issue {
				t.Errorf("issue %q, want %q", got, tc.issue)
			}
		})
	}
}

// TestNoticeUnderForumHeadline: a page's headline over its information
// line outranks a site's bar above it, but a notice it carries further
// down is titled by the notice's own title line (GOLD.md).
func TestNoticeUnderForumHeadline(t *testing.T) {
	const body = "为持续巩固疫情防控成果,现就有关事项通告如下:"
	T, C, H, B := cue.Title, cue.Chrome, cue.Header, cue.Body
	for _, tc := range []struct {
		name  string
		lines []string
		roles []cue.Role
		want  string
	}{
		{"a notice's title under the thread's", []string{"找回密码", "某县:关于清明节期间文明祭祀的通告", "[复制链接]", "发表于 2020-3-25 10:04:48 | 显示全部楼层", "关于清明节期间文明祭祀的通告", "(第45号)", body}, []cue.Role{T, H, C, H, T, H, B}, "关于清明节期间文明祭祀的通告"},
		{"a headline reporting the notice below", []string{"某市发布暂停清明节现场祭扫的通告", "2022-03-22 14:57:34 来源:某市发布", "关于暂停清明节现场祭扫的通告", "(第23号)", body}, []cue.Role{T, H, T, H, B}, "关于暂停清明节现场祭扫的通告"},
		// The headline names the notice whole, its issuer before 关于; or
		// no title line under the information line: the headline.
		{"the issuer's title over its copy", []string{"某市民政局关于暂停清明节现场祭扫的通告", "2022-03-22 14:57:34 来源:某市民政局", "关于暂停清明节现场祭扫的通告", "(第23号)", body}, []cue.Role{T, H, T, H, B}, "某市民政局关于暂停清明节现场祭扫的通告"},
		{"the thread's headline alone", []string{"找回密码", "某县:关于清明节期间文明祭祀的通告", "[复制链接]", "发表于 2020-3-25 10:04:48 | 显示全部楼层", body}, []cue.Role{T, H, C, H, B}, "某县:关于清明节期间文明祭祀的通告"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := assembleLines(tc.lines, tc.roles, 2)
			if got := valueOf(doc.Title); got != tc.want {
				t.Errorf("title %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTrailPage: where the copy kept no headline line, the last step of
// the page's trail names the article, if it reads as a headline and runs
// longer than the columns before it.
func TestTrailPage(t *testing.T) {
	const body = "今年1月,某市为民办实事十项内容公布。"
	C, B := cue.Chrome, cue.Body
	for _, tc := range []struct {
		name, trail, want string
	}{
		{"a headline closing the trail", "首页 > 老龄事业 > 某地老龄人有了更多好去处", "某地老龄人有了更多好去处"},
		// A column, or the trail's closing word: no headline.
		{"a column closing the trail", "首页 > 政务公开 > 工作动态", "-"},
		{"the trail's closing word", "首页 > 老龄事业 > 正文", "-"},
		{"a column no shorter", "首页 > 老龄事业工作动态信息 > 某地老龄人活动场所", "-"},
		// The page's information line run on after the trail: no headline.
		{"a stamp closing the trail", "您当前的位置：某某网 >> 新闻中心 来源：某某客户端 | 2018-11-13 16:29:08 |", "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			roles := []cue.Role{C, B}
			d := cue.NewDoc(unitsWith(clean.Lines(tc.trail+"\n"+body), 1))
			doc := assemble(d, labelling{roles: roles, zones: make([]int, len(roles)), profile: len(profiles) - 1})
			if got := valueOf(doc.Title); got != tc.want {
				t.Errorf("title %q, want %q", got, tc.want)
			}
		})
	}
}
