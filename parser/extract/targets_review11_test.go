package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsReview11 covers the reports of work done in a 工作总结: an
// item whose title the layout read off its heading (一、主要工作开展情况及
// 工作成效 → 主要工作开展情况及工作成效) opens its text with that title, and
// a title or heading that ends with a report word (工作情况, 成效, 总结)
// makes its plan words (新增, 提高到) tell what was done. A sentence that
// turns to what is to come (将 and a verb, 计划, 力争, 到2026年, 年底前)
// keeps its targets, as does a section of plans (工作打算) after the report.
// The level a change starts from (由500元提高到530元: 500) is no target.
func TestTargetsReview11(t *testing.T) {
	tests := []struct{ in, want string }{
		// Reports: the item's title, then its subsections.
		{"主要工作开展情况及工作成效\n(一)精准为民解困\n分散养育标准由1340元/人/月提高到1350元/人/月。2024年低保新增1010户、停发1215户。",
			"achieved 1340 元 -; achieved 1350 元 -; achieved 1010 户 -; achieved 1215 户 -"},
		{"20xx年全市民政工作情况\n(一)社会救助体系进一步完善。城市低保标准由每人每月500元提高到530元;资金全面及时足额到位。",
			"achieved 500 元 -; achieved 530 元 -"},
		{"一、2024年工作情况\n特困供养新增80户86人。", "achieved 80 户 -; achieved 86 人 -"},
		{"主要成绩\n新建社区养老服务站点20个。", "achieved 20 个 -"},
		// Plans in a report, and a plans section after it.
		{"主要工作开展情况及工作成效\n(一)养老服务\n县民政局将发放慰问金300万元。", "plan 3000000 元 -"},
		{"主要工作开展情况及工作成效\n(一)养老服务\n力争新建养老床位300张。", "plan 300 张 -"},
		{"主要工作开展情况及工作成效\n(一)养老服务\n到2026年,新建养老床位300张。", "plan 300 张 2026-12-31"},
		{"主要工作开展情况及工作成效\n(一)养老服务\n年底前新建养老床位300张。", "plan 300 张 2025-12-31"},
		{"一、2024年工作情况\n新增低保100户。\n二、2025年工作打算\n新增低保200户。", "plan 200 户 -; achieved 100 户 -"},
		{"下一步工作打算\n(一)社会救助\n新增低保200户。", "plan 200 户 -"},
		{"2025年工作要点\n新增低保200户。", "plan 200 户 -"},
		// 由X提高到Y: the level a change starts from is no target.
		{"城市低保标准由每人每月500元提高到530元。", "plan 530 元 -"},
		{"力争将农村低保标准由每人每年6188元提高到6431元。", "plan 6431 元 -"},
		{"由县财政补助,新建养老床位300张。", "plan 300 张 -"},
		{"由县财政补助新建养老床位300张。", "plan 300 张 -"},
		// No report: a first line that is a sentence, or a heading of no
		// report word; a span of years is no time to reach.
		{"各项工作取得明显成效,新增低保100户。", "plan 100 户 -"},
		{"加强社会救助\n新增低保100户。", "plan 100 户 -"},
		{"一、2024年工作情况\n2020年到2024年新增低保100户。", "achieved 100 户 -"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTargetsOfReportTitle11: a title that submits a report (…工作情况的
// 报告) reports work done; a sentence of it that turns to what is to come
// (将 and a verb, 到2026年) sets targets still.
func TestTargetsOfReportTitle11(t *testing.T) {
	for _, tc := range []struct{ title, in, want string }{
		{"关于2024年民政工作情况的报告", "新增养老床位200张", "achieved 200 张 -"},
		{"某县民政局2024年工作情况", "新增养老床位200张", "achieved 200 张 -"},
		{"某县民政局2024年工作总结", "县民政局将发放慰问金300万元", "plan 3000000 元 -"},
		{"某县民政局2024年工作总结", "到2026年,新建养老床位300张", "plan 300 张 2026-12-31"},
		// No report.
		{"关于2025年工作计划的报告", "新增养老床位200张", "plan 200 张 -"},
		{"2024年政府信息公开工作年度报告", "新增养老床位200张", "plan 200 张 -"},
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
