package extract

import "testing"

// TestTargetsOfPlanWording covers a target known by the plan's wording
// rather than its verb, and past results known by the text's: 将 and a verb
// governs the clauses after its own to the sentence's end, over the members
// a semicolon parts, whatever their verbs (提供, 创建, 落实, 实施), until a colon
// sets out what the words before it name; a five-year plan period that ended
// before the document's year (“十三五”期间, in a text of 2025) opens a report of
// what was done, as a since word does; a paragraph that tells deeds (获评,
// 完成…了) and turns to no future reports its plan words (打造) as done; and a
// year before the document's (上年度) names the base of a measure, never a
// plan's term. The test document is dated 2025-06-03.
func TestTargetsOfPlanWording(t *testing.T) {
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
		// A lead clause of a future word and a year (力争到2025年) governs the
		// clauses after it to the full stop, its semicolons too; a lead of no
		// future word, an achievement, and the next sentence are not governed.
		{"力争到2025年,80%以上的县广泛开展社区康复服务;在开展试点的县,60%以上的居家患者接受社区康复服务。",
			"plan 80 % 2025-12-31; plan 60 % 2025-12-31"},
		{"确保到2026年底,90%以上的村建有互助养老点。", "plan 90 % 2026-12-31"},
		{"到2025年,80%以上的县开展社区康复服务。", ""},
		{"力争到2025年全面开展服务,80%以上的县参与。", ""},
		{"力争到2025年,全面开展社区康复服务。全县有养老机构120家。", ""},
		// 增至 after the future's 将 sets the level to reach, alone it reports a
		// rise; a thousands comma parts no clause.
		{"可受惠人数将由现时的8,000人分阶段增至2025至26年度的12,000人。", "plan 12000 人 -"},
		{"参与计划的安老院总数增至11间。", ""},

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
		// A year that opens an earlier clause sets the term; one inside a noun
		// phrase there dates the noun, not the plan.
		{"2025年,全市将建成示范性社区20个。", "plan 20 个 2025-12-31"},
		{"此次专项招聘面向本市今年应届高校毕业生,将提供1000个社区工作者岗位。", "plan 1000 个 -"},
		{"面向2025年应届毕业生,将提供300个岗位。", "plan 300 个 -"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTargetsForecasts covers a forecast (预计, 估计: cue_words.tsv, forecast):
// what will likely come is no level a plan sets out to reach, unless a word
// only a plan uses requires it (确保, 不低于). The test document is dated
// 2025-06-03.
func TestTargetsForecasts(t *testing.T) {
	tests := []struct{ in, want string }{
		{"预计当天来某中心办理登记的新人将达到150对。", ""},
		{"据工作人员估计,春节期间将接待群众3000人次。", ""},
		// An attribution 据…测算, closes the clause before all the sentence
		// it frames, its later clauses too.
		{"据某省统计局测算,2030年,某省老年人口将达到80.5万人,占总人口的13.2%。", ""},
		// Up to a clause that requires: its figure is a target.
		{"据测算,到2025年某市老年人口将达到80万人,为此,全市要新增养老床位2000张。", "plan 2000 张 2025-12-31"},
		{"据某县民政局推算,2030年,全县高龄老人将达到1.2万人,占老年人口的15%。", ""},
		// Negatives: a plan with no forecast word, a forecast a plan word
		// requires, and a forecast after the number.
		{"当天办理登记的新人将达到150对。", "plan 150 对 -"},
		{"预计年底前确保完成改造200户。", "plan 200 户 2025-12-31"},
		{"某县将新建养老床位300张,预计明年投入使用。", "plan 300 张 -"},
		{"预计总投资800万元，计划建设日间照料中心5个。", "plan 5 个 -"},
		{"该项目预计今年年底完工，建成后将新增床位120张。", "plan 120 张 -"},
		{"经测算,2030年,某省将新增养老床位8000张,占总床位的20%。", "plan 8000 张 2030-12-31; plan 20 % 2030-12-31"},
		{"据介绍,2030年,某省将新增养老床位8000张。", "plan 8000 张 2030-12-31"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTargetsRaisedLevels covers a raise word that sets a level with 至
// (提高…标准至1255元/月), shared by the clauses of its list; 争创 plans; a 公示's 拟
// names whom a proposed decision lists, no target. The test document is
// dated 2025-06-03.
func TestTargetsRaisedLevels(t *testing.T) {
	tests := []struct{ in, want string }{
		// A raise to a level with 至, its verb shared down the list.
		{"落实社会救助标准自然增长机制,提高最低生活保障标准至1255元/月,特困供养基本生活标准至2134元/月。",
			"plan 1255 元 -; plan 2134 元 -"},
		{"调整城乡低保标准至800元/月。", "plan 800 元 -"},
		{"争创省级4项数字改革试点。", "plan 4 项 -"},
		// No raise word, a range, a level raised already, another sentence.
		{"特困供养基本生活标准至2134元/月。", ""},
		{"提高补贴标准,每人1000元至2000元。", ""},
		{"已提高最低生活保障标准至1255元/月。", "achieved 1255 元 -"},
		{"提高最低生活保障标准。特困供养基本生活标准至2134元/月。", ""},
		{"全市低保标准由1000元至1200元不等。", ""},
		// A 公示's proposals.
		{"经审核,拟新增74家服务机构为第二批参与服务企业。现予以公示。", ""},
		{"拟推荐5个地区为成效明显地方。公示期为2025年6月3日至6月5日。", ""},
		{"拟新增养老床位500张。", "plan 500 张 -"},
		{"现予以公示。力争新增养老床位500张。", "plan 500 张 -"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTargetsOfRequirements covers a bound a sentence sets by a requirement
// (需, 须, 要, 严格控制, 必须 … then 不超过, 最多, 控制在): a level to keep, a target, as
// 比例不低于5% is. A bound told in a report of what was done, a bound with no
// requirement in its sentence, a bound that describes whom a rule is for
// (不超过5人的家庭, 60周岁以上), and a number with no bound stay no target.
func TestTargetsOfRequirements(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"需 and 严格控制, then 不超过",
			"对于有落葬需求的市民,需严格控制参加人数,每户不超过5人,还需提供48小时内核酸检测阴性证明。", "plan 5 人 -"},
		{"须 then 不超过", "祭扫活动须错峰进行,每批次不超过50人。", "plan 50 人 -"},
		{"要 then 控制在…以内", "各地要把集中供养人员比例控制在30%以内。", "plan 30 % -"},
		{"严格控制 then 最多", "严格控制会议规模,每场最多20人。", "plan 20 人 -"},
		{"必须 in another clause of the sentence", "必须做好防护,每车不超过4人。", "plan 4 人 -"},
		{"不低于 sets a target whatever the sentence", "全市养老机构护理型床位比例不低于55%。", "plan 55 % -"},
		{"a rule's 不得超过", "独立墓位占地面积不得超过0.5平方米。", "plan 0.5 平方米 -"},
		{"a rule's 应当 then 不超过", "祭扫人员应当分批进入,每批不超过30人。", "plan 30 人 -"},
		{"需 right before a time limit", "墓主亲属需在10日内自行整改完毕。", "plan 10 日 -"},
		{"须 before a limit in working days", "申请人须在5个工作日以内补齐材料。", "plan 5 个工作日 -"},
		{"a time limit in traditional characters", "業主需在20天內遷移完畢。", "plan 20 天 -"},
		{"a guide's field of a time limit", "（2）承诺时限：5个工作日。", "plan 5 个工作日 -"},
		{"a guide's statutory limit, ASCII colon", "法定时限:15个工作日", "plan 15 个工作日 -"},
		{"a field of another label", "（3）办理地点：3楼服务窗口。", ""},
		{"a limit field that lost its colon", "咨询电话0123-4567890受理时限30个工作日内", "plan 30 个工作日 -"},
		{"a limit field that lost its colon opens its line", "办理时限60个工作日内", "plan 60 个工作日 -"},
		{"an average time stated, no limit", "平均办理时限3个工作日。", ""},
		{"a limit set as a range, its upper end", "进入殡仪馆的人员须控制在3至5人之内。", "plan 5 人 -"},
		{"a range stated, no plan", "参加活动的志愿者有3至5人。", ""},
		{"a range a requirement sets, its upper end", "确需现场祭扫的，倡导1-2名家庭成员作代表。", "plan 2 名 -"},
		{"a range under a modal, its upper end", "每户须由2至3人陪同办理。", "plan 3 人 -"},
		{"a bound an appeal sets", "提倡每户祭扫人员不超过3人。", "plan 3 人 -"},
		{"a range that describes whom a rule is for", "须为3至5人的家庭提供帮助。", ""},
		{"an age range under a requirement", "要求60至70周岁的老人参加体检。", ""},
		{"an appeal with a count of what there is", "倡导文明祭扫，全市共有12个祭扫点。", ""},
		{"a count of what was done beside an appeal", "今年清明期间，我县积极倡导文明祭扫，接待群众2至3万人次。", ""},
		{"a daily count of what was done", "清明期间倡导错峰祭扫，各公墓日均接待1至2万人次。", ""},
		{"a span counted from an event", "（2）街道办事处自收到材料起3个工作日内,完成入户核查。", "plan 3 个工作日 -"},
		{"a span counted from a date, 以内", "从登记之日起15日以内,补齐有关证明。", "plan 15 日 -"},
		{"a span from an event with no 内", "自开园起3个月,共接待群众2万人次。", ""},
		{"a span counted to a date, told done", "自开园起3个月内已接待群众2万人次。", "achieved 3 个月 -; achieved 20000 人次 -"},
		{"a requirement after a 的-phrase of the cases it covers", "对符合救助条件的,应在5个工作日内完成审批。", "plan 5 个工作日 -"},
		{"a plan before a condition of another clause", "专项行动目标将实现某类机构建档率100%,对不符合标准的机构依法整治。", "plan 100 % -"},
		{"a condition in the number's clause", "对收入低于800元的家庭,纳入保障范围。", ""},
		{"a condition that runs on into the number's clause", "符合条件的老人每年不超过2次,需提前申请。", ""},
		{"a span after a label that sets no limit", "实际用时：3个工作日。", ""},

		// Not targets.
		{"a report of what was done", "清明期间,我市严格控制祭扫人数,每户不超过5人,累计接待群众3万人次。",
			"achieved 5 人 -; achieved 30000 人次 -"},
		{"a bound with no requirement", "当天入园群众每户不超过5人,秩序井然。", ""},
		{"a bound that describes whom the rule is for", "家庭人口不超过3人的家庭需提交申请。", ""},
		{"an age bound", "年满60周岁以上的老人需提供身份证。", ""},
		{"a requirement with no bound", "入园市民需提供48小时内核酸检测阴性证明。", ""},
		{"a size threshold that sorts buildings into classes", "(一)建筑面积大于1000平方米的新建、改建、扩建的养老服务机构,依法办理消防设计审查。", ""},
		{"a threshold of at most", "(二)建筑面积不大于1000平方米的新建、改建、扩建的养老服务机构,依法办理消防验收备案。", ""},
		{"a threshold below", "床位数小于50张的新建养老机构,实行告知承诺。", ""},
		{"a threshold of more than", "达到退休年龄时其养老保险缴交年限要达到或多于15年。", ""},
		{"a threshold of fewer than", "家庭成员少于3人的,按规定申请。", ""},
		{"不少于 stays a requirement", "每年培训不少于3次。", "plan 3 次 -"},
		{"a time limit told done", "某局已在20个工作日内答复申请人。", "achieved 20 个工作日 -"},
		{"a time limit with no demand", "某局在15日内完成了整改。", "achieved 15 日 -"},
		{"a day of the month before 在", "某局需12日在某地召开会议。", ""},
		{"需 of 需要, no requirement of its own", "根据实际需要,每户不超过5人。", ""},
		{"不得 with no bound", "不得在公共场所焚烧祭品,违者罚款200元。", ""},
		{"a bound of the noun that closes its clause: which donations qualify",
			"活动期间,每笔不低于5元的捐款,均可获得基金会的配捐。", ""},
		{"a bound of the people a clause is about", "每月收入不超过800元的老人,都可申请补贴。", ""},
		// Still targets: the bound with no 的 after it, or its noun the
		// object of a verb that follows.
		{"a level the clause sets", "每笔捐款不低于5元,确保活动顺利开展。", "plan 5 元 -"},
		{"a bound whose noun a verb follows", "每人捐款不低于50元的目标必须完成。", "plan 50 元 -"},
		{"a bound whose phrase a verb before it is to make", "全市新增不少于500张的养老床位。", "plan 500 张 -"},
		// A bound whose noun is a standard states the level a rule sets.
		{"a bound of the standard a requirement sets", "三要配足用房。按照不少于200平方米的标准,配备某社区服务站。", "plan 200 平方米 -"},
		{"a bound of the requirement itself", "各地要达到每年培训不少于4次的要求,提升服务水平。", "plan 4 次 -"},
		{"a standard's bound before a comma, as before its verb", "按不低于300元的标准,发放某项补贴。", "plan 300 元 -"},
		{"a class of things picked out, no standard", "要登记面积不少于50平方米的场所,逐一核查。", ""},
		{"a class picked out, no standard", "要关心月收入不超过900元的老人,做好帮扶。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTargetsOfProposals: 拟 states what a body plans to do, and the count in
// its verb's object is the plan's, or, where the object holds none, the
// count of the places it is set in. An eligibility rule, an age, a 公示's or a
// 征求意见 text's 拟, and counts with no proposal stay no target.
func TestTargetsOfProposals(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"the places counted, the object not",
			"和田地区福利彩票发行中心拟在和田47个空白区域布设福彩投注站,现以召开征召会的方式面向社会公开征召福彩销售代销者。", "plan 47 个 -"},
		{"the object counted in the next clause",
			"一、根据市场需求,省福彩中心拟在6个市县43个区域内,公开征召43个电脑福利彩票销售场所,欢迎热爱福彩事业,符合条件的合法公民积极报名参加。", "plan 43 个 -"},
		{"拟 before its verb", "我局拟招聘3名工作人员。", "plan 3 名 -"},
		{"计划 before its verb", "本次专项招聘计划招聘的约1000名本市应届高校毕业生,将全部充实到街镇。", "plan 1000 名 -"},
		{"计划 before its verb, a 公示 named among the steps", "计划招聘50名社区工作者,将组织开展笔试、面试、体检及公示等工作。", "plan 50 名 -"},
		{"了 of 了解 tells nothing done", "据了解,本次招聘计划招聘200名社区工作者。", "plan 200 名 -"},
		{"拟 after a year, a 公示 named among the steps",
			"兴庆区2025年拟公开招聘社区工作者340名,经报名、笔试、面试、公示等程序,确定聘用人员。", "plan 340 名 2025-12-31"},

		// Not targets.
		{"an eligibility rule", "(1)年满18周岁,原则上不超过50岁,且具有完全民事行为能力。", ""},
		{"a condition in the number's clause", "拟对符合条件的5户家庭给予救助。", ""},
		{"a 公示", "经研究,拟新增74家服务机构为定点机构,现予以公示。", ""},
		{"a 公示 with its period", "拟推荐5个地区为示范地区,公示期为7天。", ""},
		{"a 征求意见 text", "决定拟对我县部分街路巷起止点变更7条、名称销名8条,现公开征求意见。", ""},
		{"no proposal", "在和田47个空白区域布设福彩投注站。", ""},
		{"计划 as a noun", "按照年度计划,全市有养老机构120家。", ""},
		{"计划 in a report of what was done", "全市已完成计划招聘的120名社区工作者。", "achieved 120 名 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTargetsAfterMeansOfEffort: a means phrase of effort (通过积极争取, 经过争取)
// opens a sentence that tells the result it brought, no target; a plan word
// only a plan uses in the number's clause still sets one.
func TestTargetsAfterMeansOfEffort(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a plan word only a plan uses", "通过积极争取,力争补助资金不低于2万元/床位。", "plan 20000 元 -"},
		{"a plan with no means phrase", "敬老院建设补助资金达到2万元/床位。", "plan 20000 元 -"},
		{"争取 alone plans", "积极争取上级资金新建敬老院3所。", "plan 3 所 -"},

		// Not targets.
		{"通过积极争取", "通过积极争取,敬老院建设补助资金达到1.66万元/床位。", "achieved 16600 元 -"},
		{"经过争取", "经过争取,新建敬老院3所。", "achieved 3 所 -"},
		{"经积极争取", "经积极争取,共落实资金500万元。", "achieved 5000000 元 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTargetsOfDecisions covers the plan a decision sets
// (决定在全县所有乡镇、街道办设立…26个): a verb of founding (设立, 成立) that a decision word
// governs plans what it sets up; alone (a headline of stations set up) it
// plans nothing.
func TestTargetsOfDecisions(t *testing.T) {
	tests := []rowCase{
		{"决定在全县所有乡镇、街道办设立未成年人保护工作站26个。", "plan 26 个 -"},
		{"会议决定成立3个工作专班。", "plan 3 个 -"},
		// Negatives: no decision before the verb; the decision's verb
		// is no founding.
		{"萧县设立26个未成年人保护工作站", ""},
		{"全县共成立3个工作专班。", ""},
		{"决定表彰先进个人10名。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTargetsServedAges covers the age range of the people a plan serves
// (为0-18岁未成年人…打造…): an age before its noun names whom the work is for, no
// level to reach (GOLD targets), while the plan's count in the same text
// stays a target.
func TestTargetsServedAges(t *testing.T) {
	tests := []rowCase{
		{"不仅为0-18岁未成年人及其家庭打造学习、交流和成长的活动空间。", ""},
		{"打造服务80岁老人的活动中心。", ""},
		{"力争为60岁以上老年人提供服务。", ""},
		{"力争建设养老床位500张。", "plan 500 张 -"},
		// Negatives (ages that end their clause, and counts, stay): a
		// level of age to reach is a target.
		{"确保人均预期寿命达到80岁。", "plan 80 岁 -"},
		{"打造儿童之家26个。", "plan 26 个 -"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTargetsInBodyNames: a plan word inside a body's name (生产建设兵团, 城乡建设局)
// names the body and plans nothing; the same word in the clause plans.
// (力争建设养老床位500张 is a row of TestTargetsServedAges.)
func TestTargetsInBodyNames(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1月26日,中华慈善总会向新疆生产建设兵团慈善总会拨付39.96万元资金。", ""},
		{"县住房和城乡建设局拨付资金20万元。", ""},
		{"建设养老床位500张。", "plan 500 张 -"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTargetsOfSetBounds covers a bound a scheme's or a project's terms set
// with a negated comparison (cue_words.tsv, setbound: 不超过, 不多于), a level
// to keep with no word of demand in the sentence, as 比例不低于5% is; the
// figures listed after it share it. 不多于 is no threshold (多于) and a
// count's 获奖 opening the noun it counts tells nothing done. Not targets:
// a bound per unit (每户, a portion: requiredBound reads it), a rate a
// thing is done at (按不超过…), a bound of the noun (的), a threshold.
// TestTargetsInQuotedNames covers a plan word inside a quoted name of an
// honour, a pilot or a document (inQuotedName): it plans nothing, so an
// approval that names places for it sets no target. A plan word outside
// the quote, or a quote that holds a clause, still does.
func TestTargetsInQuotedNames(t *testing.T) {
	tests := []struct{ in, want string }{
		{"某部同意某省某县等17个县为“某某社区建设示范县”。", ""},
		{"根据《某市养老服务设施建设规划》，确定8个街道为试点。", ""},
		{"按照“某某建设”工程要求，新建养老床位300张。", "plan 300 张 -"},
		{"提出“推进养老服务，建设10个站点”的要求。", "plan 10 个 -"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTargetsOfSetBounds(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a cap on a project's term", "某某公益创投项目实施周期不超过8个月。", "plan 8 个月 -"},
		{"a cap on the count to award", "组织专家评审,评出不多于12个获奖项目。", "plan 12 个 -"},
		{"a cap on the time a procedure takes", "调查、审核原则上不超过20个工作日。", "plan 20 个工作日 -"},
		{"a listed share after the cap", "一等奖和二等奖名额分别不超过10%、25%。", "plan 10 % -; plan 25 % -"},
		{"an aspect of a list that tells no deed", "从服务成效、已获荣誉、社会影响等方面评审,评出不多于8个项目。", "plan 8 个 -"},
		// Not targets.
		{"a deed that opens the list", "已获荣誉、表彰的项目不多于8个。", "achieved 8 个 -"},
		{"a deed with its count in the list", "新建3个、已获评5个、在建2个,评出不多于8个。", "achieved 3 个 -; achieved 5 个 -; achieved 2 个 -; achieved 8 个 -"},
		{"a portion per unit", "当天入园群众每户不超过6人,秩序井然。", ""},
		{"a rate a thing is done at", "特困人员按不超过300元/人实行慰问。", ""},
		{"a share capped at a rate", "评出的项目按不超过15%、25%比例分别授予一等奖、二等奖。", "plan 15 % -; plan 25 % -"},
		{"a rate of money, a share elsewhere", "按不高于400元/人发放慰问金,占比约10%。", ""},
		{"a rate with 按照", "财政按照不高于1500元/具据实补贴。", ""},
		{"按照 that opens its clause, no rate", "按照要求,每场人数不超过50人。", "plan 50 人 -"},
		{"a bound of the noun", "周期不超过8个月的项目均可申报。", ""},
		{"a threshold", "家庭成员多于5人的,另行申请。", ""},
		{"a count of the awarded, told done", "某市共有12个项目获奖。", "achieved 12 个 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
