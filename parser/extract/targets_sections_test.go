package extract

import (
	"strings"
	"testing"

	"bulletin/parser/layout"
	"bulletin/parser/span"
)

// TestTargetsUnderHeadings covers the sections a heading gives a stance: the
// numbers under 任务目标 or 工作目标 are targets, a plan word or none; the plan
// words under a 工作总结 tell what was done; the heading's section ends at the
// next heading of its rank. A frame (以…为) names a basis, no target, and 抽取
// is the plan word of an inspection.
func TestTargetsUnderHeadings(t *testing.T) {
	tests := []struct{ in, want string }{
		{"一、任务目标\n1.组织供应各类辅助器具300万件,其中为贫困残疾人免费发放30万件。\n2.装配7万例普及型下肢假肢。",
			"plan 3000000 件 -; plan 300000 件 -; plan 70000 例 -"},
		{"一、总体目标\n到2025年,劳动年龄段持证残疾人就业率达60%以上。", "plan 60 % 2025-12-31"},
		{"一、工作目标：全年救助流浪人员200人次。", "plan 200 人次 -"},
		{"一、2022年工作总结(一)社会救助。1-9月,我县新增城乡低保265户362人。",
			"achieved 265 户 -; achieved 362 人 -"},
		{"一、2022年工作总结(一)社会救助。严格按不低于30%的比例抽查。\n二、2023年工作计划\n新增城乡低保265户。",
			"plan 265 户 -; achieved 30 % -"}, // the rule the summary's check followed (按…的比例: targets_basisshare.go), and the next section's plan
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

// TestTargetsOfPlanBackground covers a plan's review of the period before
// it: the numbers under 发展基础, 规划背景 or a period's 成就 tell what was reached
// then, a requirement's too (调至…不低于10470元), until a forward word (今后), a
// time after the document's date (到2030年) or the next section of the
// heading's rank (主要目标). 将 before a verb states a plan (将慰问5100余户); 将 before
// its object (将其纳入, 将…标准调至) plans nothing by itself.
func TestTargetsOfPlanBackground(t *testing.T) {
	tests := []struct{ in, want string }{
		// A review of the past period.
		{"第一章 规划背景\n第一节 发展基础\n全市提前1年实现城乡低保统筹。城乡低保标准由每人每月475元提高到628元。",
			"achieved 1 年 -; achieved 475 元 -; achieved 628 元 -"},
		{"(一)发展基础\n统一供养标准,将全市农村特困人员基本生活标准调至年人均不低于10470元。",
			"achieved 10470 元 -"},
		{"一、“十三五”时期主要成就\n新建城乡社区养老服务设施120个。", "achieved 120 个 -"},
		{"一、规划背景\n确保城乡低保标准不低于当地最低工资标准的40%。", "achieved 40 % -"},
		{"(一)发展基础\n新增养老床位2000张。\n(二)主要目标\n新增养老床位3000张。",
			"plan 3000 张 -; achieved 2000 张 -"},
		{"(一)发展基础\n新增养老床位2000张。今后五年,新增养老床位3000张。",
			"plan 3000 张 -; achieved 2000 张 -"},
		// A time still to come: the words of a task heading, or a plan.
		{"(三)夯实发展基础\n到2030年,新建养老床位3000张。", "plan 3000 张 2030-12-31"},
		{"(一)发展基础\n年底前新建养老床位3000张。", "plan 3000 张 2025-12-31"},
		{"(三)优化发展环境\n新建养老床位3000张。", "plan 3000 张 -"},
		// 将 and a verb: a plan.
		{"本次走访慰问活动将慰问5100余户困难群众", "plan 5100 户 -"},
		{"县民政局将发放慰问金300万元。", "plan 3000000 元 -"},
		{"全县将继续走访困难群众300户。", "plan 300 户 -"},
		// No targets: 将 before its object, a phrase in running text.
		{"将其中300户纳入低保。", ""},
		{"将符合条件的5100户纳入低保。", ""},
		{"将城乡低保标准调至每人每月800元。", ""},
		{"将为5100户困难群众发放慰问金。", ""},
		{"将慰问金300万元发放到户。", ""},
		{"宁夏回族自治区将开展第二次地名普查工作个大类、54个子类。", ""},
		{"要夯实发展基础,全市有养老机构120家。", ""},
		{"(一)发展基础\n全市有养老机构120家。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTargetsOfReportItems covers the reports of work done in a 工作总结: an
// item whose title the layout read off its heading (一、主要工作开展情况及工作成效 →
// 主要工作开展情况及工作成效) opens its text with that title, and a title or heading that
// ends with a report word (工作情况, 成效, 总结) makes its plan words (新增, 提高到) tell
// what was done. A sentence that turns to what is to come (将 and a verb, 计划,
// 力争, 到2026年, 年底前) keeps its targets, as does a section of plans (工作打算)
// after the report. The level a change starts from (由500元提高到530元: 500) is no
// target.
func TestTargetsOfReportItems(t *testing.T) {
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

// TestTargetsOfReportTitle: a document whose title calls it a report of work
// done (…工作总结, …工作回顾, …工作综述, …工作情况, …工作情况的报告) tells deeds with its plan words,
// unless a sentence turns to what is to come (将 and a verb, 到2026年); a title
// that also names a plan, a plan's report, a yearly disclosure report of the
// document's own year, or none, changes nothing.
func TestTargetsOfReportTitle(t *testing.T) {
	for _, tc := range []struct{ title, in, want string }{
		{"金寨县燕子河镇2022年民政工作总结", "今年共新增农村低保114人", "achieved 114 人 -"},
		{"某县民政局2024年工作回顾", "新建社区养老服务站点20个", "achieved 20 个 -"},
		{"聚焦民生谋发展——某市2024年民政工作综述", "全年新增城乡低保对象300人", "achieved 300 人 -"},
		{"某市2024年民政工作综述", "下一步，将新增养老床位200张", "plan 200 张 -"},
		{"某县民政局2024年工作总结", "下一步，将新增养老床位200张", "plan 200 张 -"},
		{"2022年工作总结及2023年工作计划", "新增养老床位200张", "plan 200 张 -"},
		{"关于做好工作总结的通知", "新增养老床位200张", "plan 200 张 -"},
		{"某县2025年民政工作要点", "新增养老床位200张", "plan 200 张 -"},

		// A title that submits a report of work done, and one that names a plan or
		// a disclosure report.
		{"关于2024年民政工作情况的报告", "新增养老床位200张", "achieved 200 张 -"},
		{"某县民政局2024年工作情况", "新增养老床位200张", "achieved 200 张 -"},
		{"某县民政局2024年工作总结", "县民政局将发放慰问金300万元", "plan 3000000 元 -"},
		{"某县民政局2024年工作总结", "到2026年,新建养老床位300张", "plan 300 张 2026-12-31"},
		// No report.
		{"关于2025年工作计划的报告", "新增养老床位200张", "plan 200 张 -"},
		// The yearly disclosure report of a year over by the document's date
		// reports (targets_yearreport67_test.go); of the document's own year, not.
		{"2025年政府信息公开工作年度报告", "新增养老床位200张", "plan 200 张 -"},
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

// TestTargetsUnderReportHeadings covers a lead that announces a report of
// decisions or results (现将有关批复情况公告如下：), which makes the list under it
// decisions taken; an unnumbered report heading (2024年工作回顾) heads the
// numbered sections under it as deeds, and so does a title that joins a
// report and a plan, up to the plan's heading (with none, the title tells
// nothing of where its report stops). Plans stay targets: a deadline, a
// future or demand word, a plan heading after the review. The test document
// is dated 2025-06-03.
func TestTargetsUnderReportHeadings(t *testing.T) {
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

// TestHeadingLine: what reads as a heading line, and what turns ahead.
func TestHeadingLine(t *testing.T) {
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

// TestTargetsOfLead: an article's lead that ends in a report a since word
// opened (年初以来，…取得了扎实的工作成效。) leads into sections that report the deeds it
// sums up; a sentence of theirs that turns ahead keeps its targets. A lead
// that turns ahead, a lead of no since word and a bulletin's lead frame
// nothing.
func TestTargetsOfLead(t *testing.T) {
	const report = "年初以来,各级民政部门狠抓落实,取得了扎实的工作成效。"
	for _, tc := range []struct {
		kind     layout.Kind
		lead, in string
		want     string
	}{
		{layout.Article, report, "一是全省低保平均标准提高6.2%,特困人员救助供养标准达到低保标准1.3倍。", "achieved 1.3 倍 -"},
		{layout.Article, "今年以来,全市民政工作稳步推进。", "新建养老床位300张。", "achieved 300 张 -"},
		// No report to go on.
		{layout.Article, report, "下一步,力争新建养老床位300张。", "plan 300 张 -"},
		{layout.Article, "年初以来,各级民政部门狠抓落实。下一步,将继续推进各项工作。", "新建养老床位300张。", "plan 300 张 -"},
		{layout.Article, "各级民政部门狠抓落实,取得了扎实的工作成效。", "新建养老床位300张。", "plan 300 张 -"},
		{layout.Bulletin, report, "新建养老床位300张。", "plan 300 张 -"},
	} {
		t.Run(tc.lead+"/"+tc.in, func(t *testing.T) {
			in := input(t, tc.in)
			in.Env.Doc.Kind = tc.kind
			in.Role = "section"
			if tc.kind == layout.Bulletin {
				in.Role = "item"
			}
			var b span.Builder
			b.AddLine(tc.lead, 1)
			in.Env.Doc.Passages = []layout.Passage{{Role: "lead", Text: b.Text()}}
			if got := targetRows(in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTargetsOfSummarySection: 争取 in a report's section tells the funds
// obtained; in a plan's it plans.
func TestTargetsOfSummarySection(t *testing.T) {
	tests := []struct{ in, want string }{
		{"一、今年重点工作总结\n(一)补齐民生短板。养老服务中心项目通过审批,争取项目经费1000万元。", "achieved 10000000 元 -"},
		{"一、2025年工作计划\n(一)补齐民生短板。争取项目经费1000万元。", "plan 10000000 元 -"},
		{"一、今年重点工作总结\n(一)补齐民生短板。下一步,力争新建养老床位300张。", "plan 300 张 -"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTargetsOfHeadline: a headline's number is read as the body reads it:
// done where the body tells the same number done (已打造1000个), a target where
// it does not or where the headline turns ahead.
func TestTargetsOfHeadline(t *testing.T) {
	for _, tc := range []struct{ head, body, want string }{
		{"青海打造1000个示范性儿童之家", "记者获悉,青海已打造1000个示范性儿童之家。", "achieved 1000 个 -"},
		{"全市建成养老床位500张", "截至目前,全市建成养老床位500张。", "achieved 500 张 -"},
		// The body dates the same number at a time over by the document's
		// date (dated 2025-06-03): the count as it stood then.
		{"某市100个长者食堂实现全覆盖", "到2025年2月底,全市共有长者食堂100个。", "achieved 100 个 -"},
		{"某县建成80个互助幸福院", "2025年3月,某县建成互助幸福院80个。", "achieved 80 个 -"},
		// The body plans it, names another number, or the headline turns ahead.
		{"青海打造1000个示范性儿童之家", "青海将打造1000个示范性儿童之家。", "plan 1000 个 -"},
		{"青海打造1000个示范性儿童之家", "青海已打造250个示范性儿童之家。", "plan 1000 个 -"},
		{"青海力争打造1000个示范性儿童之家", "青海已打造1000个示范性儿童之家。", "plan 1000 个 -"},
		{"某市100个长者食堂实现全覆盖", "到2025年底,全市共有长者食堂100个。", "plan 100 个 -"},
		{"某市100个长者食堂实现全覆盖", "到2025年2月底,全市共有长者食堂90个。", "plan 100 个 -"},
	} {
		t.Run(tc.head, func(t *testing.T) {
			in := input(t, tc.head)
			in.Role = headerRole
			var b span.Builder
			b.AddLine(tc.body, 3)
			in.Env.Doc.Passages = []layout.Passage{{Role: "body", Text: b.Text()}}
			if got := targetRows(in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTargetsOfNewsReport: a news report (an article that names a reporter)
// tells what was done; a plan word of its with no word that turns ahead, in
// its sentence or before it in its passage or lead, reports a deed. A
// report of a meeting's plans turns ahead before its tasks (今年，某市将…), and
// a sentence that requires (要, 不低于) or turns ahead by itself keeps its
// target; an article naming no reporter is read as before. The test document
// is dated 2025-06-03.
func TestTargetsOfNewsReport(t *testing.T) {
	for _, tc := range []struct {
		kind     layout.Kind
		lead, in string
		want     string
	}{
		{layout.Article, "记者从某省民政厅了解到,全省养老服务稳步发展。", "新建养老机构30家,新增养老床位800张。", "achieved 30 家 -; achieved 800 张 -"},
		{layout.Article, "本报讯(记者 李某)某县民政局持续推进适老化改造。", "今年,500户家庭完成适老化改造。", "achieved 500 户 -"},
		// Turned ahead: in the lead, in the passage, in the sentence.
		{layout.Article, "记者从会上获悉,今年某市民政系统将进一步抓好养老服务。", "推动40个乡镇敬老院转型。", "plan 40 个 -"},
		{layout.Article, "记者从某省民政厅了解到,全省养老服务稳步发展。", "下一步,某省将继续推进。新建养老机构30家。", "plan 30 家 -"},
		{layout.Article, "记者从某省民政厅了解到,全省养老服务稳步发展。", "年底前新建养老机构30家。", "plan 30 家 2025-12-31"},
		{layout.Article, "记者从某省民政厅了解到,全省养老服务稳步发展。", "培训护理员不低于500人次。", "plan 500 人次 -"},
		// 将 of its own before a word the segmenter tags no verb; a bound the
		// sentence sets (不超过) with no plan word.
		{layout.Article, "记者从某区民政局获悉,社会工作站建设全面启动。", "今年某区将新建9家镇街社会工作站。", "plan 9 家 2025-12-31"},
		{layout.Article, "记者从某慈善总会获悉,公益创投项目征集工作启动。", "项目实施周期不超过10个月。", "plan 10 个月 -"},
		// A plan set out before the figures (民生实事, 目标任务, 工作要点).
		{layout.Article, "本报讯(记者 李某)某市确定了今年的民生实事项目。", "新建社区食堂50个,改造敬老院20所。", "plan 50 个 -; plan 20 所 -"},
		{layout.Article, "记者从某市民政局获悉,养老服务工作稳步推进。", "目标任务是新增婴幼儿托位3000个。", "plan 3000 个 -"},
		{layout.Article, "记者从某市民政局获悉,《某市养老服务工作要点》已经印发。", "《要点》明确,全年培训养老护理员1000人次。", "plan 1000 人次 -"},
		// No reporter named, or no article.
		{layout.Article, "某省养老服务稳步发展。", "新建养老机构30家。", "plan 30 家 -"},
		{layout.Notice, "记者从某省民政厅了解到,全省养老服务稳步发展。", "新建养老机构30家。", "plan 30 家 -"},
	} {
		t.Run(tc.lead+"/"+tc.in, func(t *testing.T) {
			in := input(t, tc.lead+"\n"+tc.in)
			in.Env.Doc.Kind = tc.kind
			in.Role = "section"
			var lb, b span.Builder
			lb.AddLine(tc.lead, 1)
			b.AddLine(tc.in, 2)
			in.Text = b.Text()
			in.Env.Doc.Passages = []layout.Passage{{Role: "lead", Text: lb.Text()}}
			if got := targetRows(in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
