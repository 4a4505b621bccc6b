package extract

import (
	"testing"

	"bulletin/parser/layout"
	"bulletin/parser/span"
)

// TestTargetsReview13 covers a target known by the plan's wording rather
// than its verb, and past results known by the text's: 将 and a verb
// governs the clauses after its own to the sentence's end, over the
// members a semicolon parts, whatever their verbs (提供, 创建, 落实, 实施),
// until a colon sets out what the words before it name; a five-year plan
// period that ended before the document's year (“十三五”期间, in a text of
// 2025) opens a report of what was done, as a since word does; a paragraph
// that tells deeds (获评, 完成…了) and turns to no future reports its plan
// words (打造) as done; and a year before the document's (上年度) names the
// base of a measure, never a plan's term. The test document is dated
// 2025-06-03.
func TestTargetsReview13(t *testing.T) {
	tests := []struct{ in, want string }{
		// 将 governs the tasks of its sentence.
		{"市民政局将持续加强低保工作;全面推行爱心卡,提供助餐服务1500万人次以上;推动老年友好型社会建设,创建示范性社区3个。",
			"plan 15000000 人次 -; plan 3 个 -"},
		{"今年市民政局将创建示范性老年友好型社区3个,落实帮扶项目10个,实施6项基本服务免费。",
			"plan 3 个 2025-12-31; plan 10 个 2025-12-31; plan 6 项 2025-12-31"},
		{"市民政局将加快儿童福利阵地建设;培育壮大社会组织,创建孵化基地10家,4A级以上社会组织330家。",
			"plan 10 家 -; plan 330 家 -"},
		// No plan wording, a colon, an age, 将 of disposal, the next
		// sentence, an achievement in a member.
		{"市民政局提供助餐服务1500万人次,创建示范性社区3个。", ""},
		{"县民政局将慰问困难群众5100户,慰问标准为:每户发放现金300元。", "plan 5100 户 -"},
		{"县民政局将走访困难群众,为80岁以上老人送去慰问品。", ""},
		{"将其中300户纳入低保,发放资金200万元。", ""},
		{"县民政局将走访困难群众。全县有养老机构120家。", ""},
		{"县民政局将开展地名普查;已完成登记300处。", "achieved 300 处 -"},

		// A plan period over by the document's year reports; one not over plans.
		{"“十三五”期间,全市建成各类养老服务设施2406个。", "achieved 2406 个 -"},
		{"“十三五”期间,全市新增养老床位2000张,建成社区食堂50个。", "achieved 2000 张 -; achieved 50 个 -"},
		{"“十四五”期间,全市建成各类养老服务设施3000个。", "plan 3000 个 -"},
		{"“十五五”期间,全市新建养老床位5000张。", "plan 5000 张 -"},

		// A paragraph of deeds.
		{"扎实抓好党纪学习教育,打造高标准党建品牌61个。获评先进党支部8个,完成攻坚项目33项。",
			"achieved 61 个 -; achieved 8 个 -; achieved 33 项 -"},
		{"打造高标准党建品牌61个。力争获评先进党支部8个。", "plan 61 个 -; plan 8 个 -"},
		{"打造高标准党建品牌61个。\n获评先进党支部8个。", "plan 61 个 -; achieved 8 个 -"},
		{"打造高标准党建品牌61个。将继续新建养老床位300张。获评先进党支部8个。", "plan 61 个 -; plan 300 张 -; achieved 8 个 -"},
		{"市民政局召开了全市民政工作会议。会议要求,全年新建养老床位1000张。", "plan 1000 张 -"},
		{"已下达资金500万元。各地在6月30日前新建社区食堂100个。", "plan 100 个 2025-06-30; achieved 5000000 元 -"},
		{"深入了解困难群众需求。新建养老床位100张。", "plan 100 张 -"},
		{"主要工作取得了成效。新建养老床位100张。", "achieved 100 张 -"},

		// A year before the document's is no term.
		{"今年,城乡低保标准按照不低于上年度城乡居民人均消费支出的30%调整。", "plan 30 % 2025-12-31"},
		{"城乡低保标准按照不低于上年度城乡居民人均消费支出的30%调整。", "plan 30 % -"},
		{"特困供养标准不低于去年城乡低保标准的1.3倍。", "plan 1.3 倍 -"},
		{"今年,全市拟巡访老年人数不少于5万人。", "plan 50000 人 2025-12-31"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTargetsOfLead13: an article's lead that ends in a report a since
// word opened (年初以来，…取得了扎实的工作成效。) leads into sections that
// report the deeds it sums up; a sentence of theirs that turns ahead keeps
// its targets. A lead that turns ahead, a lead of no since word and a
// bulletin's lead frame nothing.
func TestTargetsOfLead13(t *testing.T) {
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
