package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsReview9 covers the sections a heading gives a stance: the
// numbers under 任务目标 or 工作目标 are targets, a plan word or none; the
// plan words under a 工作总结 tell what was done; the heading's section
// ends at the next heading of its rank. A frame (以…为) names a basis, no
// target, and 抽取 is the plan word of an inspection.
func TestTargetsReview9(t *testing.T) {
	tests := []struct{ in, want string }{
		{"一、任务目标\n1.组织供应各类辅助器具300万件,其中为贫困残疾人免费发放30万件。\n2.装配7万例普及型下肢假肢。",
			"plan 3000000 件 -; plan 300000 件 -; plan 70000 例 -"},
		{"一、总体目标\n到2025年,劳动年龄段持证残疾人就业率达60%以上。", "plan 60 % 2025-12-31"},
		{"一、工作目标：全年救助流浪人员200人次。", "plan 200 人次 -"},
		{"一、2022年工作总结(一)社会救助。1-9月,我县新增城乡低保265户362人。",
			"achieved 265 户 -; achieved 362 人 -"},
		{"一、2022年工作总结(一)社会救助。严格按不低于30%的比例抽查。\n二、2023年工作计划\n新增城乡低保265户。",
			"plan 30 % -; plan 265 户 -"}, // a requirement, and the next section's plan
		{"一、工作总结\n全年新建社区养老服务站点20个。\n二、工作计划\n新建社区养老服务站点30个。",
			"plan 30 个 -; achieved 20 个 -"},
		{"一、工作总结\n新增城乡低保265户。下一步，将新增养老床位200张。", "plan 200 张 -; achieved 265 户 -"},
		{"随机抽取5%左右的社会组织,检查其内部治理。", "plan 5 % -"},
		// No targets.
		{"一、总体目标\n以全市7600多名持证残疾人为主要对象,促进残疾人就业。", ""},
		{"一、任务目标\n二、基本情况\n全市有养老机构120家。", ""},
		{"一、任务目标\n1.因患重特大疾病,导致医疗费用支出达到5万元以上;", ""},
		{"全市有养老机构120家。", ""},
		{"要认真总结经验,全市有养老机构120家。", ""}, // 总结 in a clause heads nothing
		{"一、今年以来,全市有养老机构120家。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTargetsOfReportTitle: a document whose title calls it a report of
// work done (…工作总结) tells deeds with its plan words, unless a sentence
// turns to what is to come; a title that also names a plan, or none, changes
// nothing.
func TestTargetsOfReportTitle(t *testing.T) {
	for _, tc := range []struct{ title, in, want string }{
		{"金寨县燕子河镇2022年民政工作总结", "今年共新增农村低保114人", "achieved 114 人 -"},
		{"某县民政局2024年工作回顾", "新建社区养老服务站点20个", "achieved 20 个 -"},
		{"某县民政局2024年工作总结", "下一步，将新增养老床位200张", "plan 200 张 -"},
		{"2022年工作总结及2023年工作计划", "新增养老床位200张", "plan 200 张 -"},
		{"关于做好工作总结的通知", "新增养老床位200张", "plan 200 张 -"},
		{"某县2025年民政工作要点", "新增养老床位200张", "plan 200 张 -"},
	} {
		t.Run(tc.title+"/"+tc.in, func(t *testing.T) {
			in := input(t, tc.in)
			in.Env.Doc.Title = &layout.Field{Value: tc.title}
			if got := targetRows(in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
