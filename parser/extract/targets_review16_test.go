package extract

import (
	"strings"
	"testing"

	"bulletin/parser/layout"
	"bulletin/parser/span"
)

// TestTargetsReview16 covers review 16: a lead that announces a report
// of decisions or results (现将有关批复情况公告如下：) makes the list under
// it decisions taken; an unnumbered report heading (2024年工作回顾) heads
// the numbered sections under it as deeds, and so does a title that
// joins a report and a plan, up to the plan's heading (with none, the
// title tells nothing of where its report stops). Plans stay
// targets: a deadline, a future or demand word, a plan heading after the
// review. The test document is dated 2025-06-03.
func TestTargetsReview16(t *testing.T) {
	// A line before "|" stands above the item's text, as the layout
	// leaves an unnumbered heading in the header or the lead.
	tests := []struct{ title, in, want string }{
		// A lead announcing decisions or results.
		{"", "现将有关批复情况公告如下：\n批准甲镇新增道路名称有中沟路、五福路等122个；\n批准乙镇新增道路名称有友谊路1个。",
			"achieved 122 个 -; achieved 1 个 -"},
		{"", "现将检查结果通报如下：\n全市新建养老床位500张。", "achieved 500 张 -"},
		{"", "现将有关情况通报如下：\n一、基本情况\n全市新建养老床位500张。\n二、工作要求\n各地新建养老床位300张。",
			"plan 300 张 -; achieved 500 张 -"},
		// A lead that announces matters to be done, and a deadline.
		{"", "现将有关事项通知如下：\n全市新建养老床位500张。", "plan 500 张 -"},
		{"", "现将检查结果通报如下：\n2025年底前完成整改100家。", "plan 100 家 2025-12-31"},
		{"", "现将检查结果通报如下：\n各地要新建养老床位300张。", "plan 300 张 -"},

		// An unnumbered report heading over numbered sections.
		{"", "2024年工作回顾|一、民政领域党建全面加强\n(一)党建引领作用显著增强。高质量完成实践活动19项,走访慰问困难群众。",
			"achieved 19 项 -"},
		{"", "2024年工作回顾|一、养老服务\n新建长者饭堂20个。\n2025年工作计划\n一、养老服务\n全年完成适老化改造500户。",
			"plan 500 户 -; achieved 20 个 -"},
		{"", "2024年工作回顾|新建长者饭堂20个。\n重点任务\n新建长者饭堂10个。", "plan 10 个 -; achieved 20 个 -"},
		{"", "2024年工作回顾|一、养老服务\n新建长者饭堂20个。\n二、2025年重点工作\n新建长者饭堂10个。",
			"plan 10 个 -; achieved 20 个 -"},
		// Plans under a review heading, or with none.
		{"", "一、养老服务\n全年完成适老化改造500户。", "plan 500 户 -"},
		{"", "2024年工作回顾|一、养老服务\n力争完成适老化改造500户。", "plan 500 户 -"},
		{"", "2024年工作回顾|一、养老服务\n要完成适老化改造500户。", "plan 500 户 -"},
		{"", "2024年工作回顾|一、养老服务\n计划完成适老化改造500户。", "plan 500 户 -"},
		{"", "2024年工作回顾|一、养老服务\n2025年底前完成改造70%。", "plan 70 % 2025-12-31"},

		// A title that joins a report and a plan.
		{"2024年民政工作总结和2025年工作计划", "一、养老服务\n(一)高质量完成实践活动19项。\n二、2025年工作打算\n全年完成适老化改造500户。",
			"plan 500 户 -; achieved 19 项 -"},
		{"2024年民政工作总结和2025年工作计划", "一、养老服务\n(一)高质量完成实践活动19项。", "plan 19 项 -"},
		{"2025年民政工作计划", "一、养老服务\n全年完成适老化改造500户。", "plan 500 户 -"},
		{"关于印发2025年民政工作要点的通知", "一、养老服务\n(一)高质量完成实践活动19项。", "plan 19 项 -"},
	}
	for _, tc := range tests {
		t.Run(tc.title+"|"+tc.in, func(t *testing.T) {
			head, text, cut := strings.Cut(tc.in, "|")
			in := input(t, strings.Replace(tc.in, "|", "\n", 1))
			if cut {
				in.Text = in.Text.Slice(len(head)+1, in.Text.Len())
			} else {
				text = tc.in
			}
			if in.Text.String() != text {
				t.Fatalf("item text %q, want %q", in.Text.String(), text)
			}
			if tc.title != "" {
				in.Env.Doc.Title = &layout.Field{Value: tc.title, Text: span.Plain(tc.title, 0)}
			}
			if got := targetRows(in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestHeadingLine16: what reads as a heading line, and what turns ahead.
func TestHeadingLine16(t *testing.T) {
	tests := []struct {
		line           string
		heading, ahead bool
	}{
		{"2022年工作计划", true, true},
		{"二、2025年工作打算", true, true},
		{"三、工作要求：", true, true},
		{"一、民政领域党建全面加强", true, false},
		{"二、主要做法", true, false},
		{"(一)党建引领作用显著增强。走访民政对象480户。", false, false},
		{"信息来源:中山市民政局", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			body, _, ok := headingLine(tc.line)
			if ok != tc.heading || ok && turnsAhead(body) != tc.ahead {
				t.Errorf("heading %v ahead %v, want %v %v", ok, ok && turnsAhead(body), tc.heading, tc.ahead)
			}
		})
	}
}
