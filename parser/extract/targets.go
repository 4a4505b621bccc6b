package extract

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/chrono"
	"bulletin/parser/layout"
	"bulletin/parser/layout/cue"
	"bulletin/parser/lexicon"
	"bulletin/parser/punct"
	"bulletin/parser/segment"
	"bulletin/schema"
)

// Targets reads the numbers a plan or requirement sets out to reach
// (推动46个乡镇敬老院转型, 培训养老服务人才不低于4190人次, 2022 年底占比达到
// 55%) with their comparator and deadline (2021 年底前 → 2021-12-31), and
// keeps the numbers stated as already reached (截至目前，共排查…200 余人;
// 提高了124元) apart as achievements. A clause is a plan when it holds a plan
// word (推动, 完成, 达到, 建成, 年底前 …) and its sentence no achievement word
// (已, 截至, 了 …). A heading gives its section a stance: the numbers under
// 一、任务目标 are targets with a plan word or none, and the plan words under
// 一、2022年工作总结 tell what was done, as do those under a plan's review
// of the period before it (第一节 发展基础), a requirement's too; an item's
// title read off its heading (主要工作开展情况及工作成效) heads its text the
// same way, and a sentence there that turns ahead (将发放, 力争, 到2026年)
// keeps its targets. 将 before a verb (将慰问5100余户) states a plan; 将
// before its object (将其纳入) does not. Of 由500元提高到530元 only 530 is
// the level to reach.
type Targets struct{}

func (Targets) Name() string          { return "targets" }
func (Targets) Requires() []Extractor { return []Extractor{Dates{}, Quantities{}, Agencies{}} }

func (Targets) Extract(in *Input, out *schema.Entities) any {
	s := in.Text.String()
	qs := resultOf[QuantitiesFound](in, Quantities{}).Quantities
	if len(qs) != len(out.Quantities) {
		return nil // quantities came from elsewhere: no positions to read
	}
	sentences, clauses := stopsIn(s, sentenceStops), stopsIn(s, sentenceStops+clauseStops)
	fulls := stopsIn(s, fullStops)
	stances := map[byteRange]sentenceStance{}
	var tl told // found on the first number, for texts that have one
	toldFound := false
	leadReport, leadFound := false, false // found on the first plan of an item
	var headed []headedSection            // found on the first number with a stance word or none
	headedFound := false
	times := resultOf[DatesFound](in, Dates{})
	periods, dates := inOrder(times.Periods), inOrder(times.Dates)
	counted := countEnds(qs, out.Quantities)
	var news newsTold              // read on the first plan that asks
	var change byteRange           // the span after a change's start (从…N…到), if one was read
	var lows []rangeLow            // plans read off a range's lower end (targets_band.go)
	var sched schedule             // a notice's schedule section, read on the first target with no term
	planned := map[int]byteRange{} // the targets' quantities, by target index
	stood := map[int]string{}      // the stance each number was filed under, by quantity index
	for k, r := range qs {
		q := out.Quantities[k]
		if !strings.ContainsAny(q.Text, "0123456789") || amongFigures(s, r) || eventMeasure(q.Unit) || priceTerm(q.Unit) || servedAge(in, q.Unit, r) || lexicon.Units().Label(q.Unit, 0) == anniversaryMeasure {
			continue
		}
		// 23人目标, 指标为：…为20分: a goal the sentence names or lists
		// (targets_goalnamed.go, targets_goallisted.go); 8万套保障房建设的任务:
		// a task's size (targets_tasksized.go)
		goal := goalNamed(s, r) || goalListed(s, fulls.around(s, r.Start), r) || taskSized(in, s, clauses.around(s, r.Start), r)
		if nounBound(in, s, r) && !goal {
			continue // 每笔不低于1元的捐赠，都可…: which donations qualify, no level
		}
		bounded := comparator(s, r) // the bound printed with the number, read once
		sent := sentences.around(s, r.Start)
		whole := sent // the deadline is read over the whole sentence
		if tail := purposeTail(s, sent); r.Start < tail {
			sent.End = tail // …，确保…: the purpose after the deeds (targets_purposetail.go)
		}
		clause := clauses.around(s[:sent.End], r.Start)
		if clause.Start < sent.Start {
			clause.Start = sent.Start
		}
		stanceOf := func(sent byteRange) sentenceStance {
			st, ok := stances[sent]
			if !ok {
				st = stanceIn(in, s, sent, counted)
				stances[sent] = st
			}
			return st
		}
		if goal {
			// 遥遥领先省里的23人目标: the level a plan set, whatever the
			// sentence reports reached beside it (targets_goalnamed.go).
			wst := stanceOf(whole)
			t := schema.Target{
				Value: q.Value, Unit: q.Unit, Comparator: bounded, Stance: "plan", Subject: q.Subject,
				Found:    found(in.Text, clause.Start, clause.End, "targets/plan/goal"),
				Deadline: deadline(in, out, wst, periods, dates, fulls.around(s, r.Start), whole, clause, r.Start),
			}
			planned[len(out.Targets)] = r
			out.Targets = append(out.Targets, t)
			stood[k] = "plan"
			continue
		}
		st := stanceOf(sent)
		if classBound(in, s, clause, r) {
			continue // 覆盖所有…30户以上自然村: the class a bound defines (targets_classbound.go)
		}
		if tookPart(s, clause, r, st) {
			continue // 128名选手参赛: the count of those who took part (targets_tookpart.go)
		}
		if onlyThen(in, s, clause, r) {
			continue // 得票率超过70%以上方能通过: the threshold of a condition (targets_onlythen.go)
		}
		if shortOf(s, r) {
			continue // （不足5家的全覆盖）: the cases a rule covers (targets_shortof.go)
		}
		st.condition = st.conditionOn(s, clause)
		stance := st.of(clause)
		rule := "" // the rule that decided the stance, where one did past its words
		if stance == "achieved" && intendedBesideDone(in, s, sent, clause, r) {
			stance, rule = "plan", "intended-beside-done" // 今年计划建设15个，目前已建成9个: the plan beside its progress
		}
		if stance == "achieved" && reachLedPlan(in, s, st, sent, clause, r) {
			stance, rule = "plan", "reach-lead" // 制定了…方案，到2022年底，完成…17个: the plan's level (targets_reachlead.go)
		}
		if stance == "achieved" && termAfter(in, out, s, whole, clause, dates) {
			stance, rule = "plan", "term-after" // 共计发放…3360余万元，将在1月15日前陆续发放到位 (targets_termafter.go)
		}
		if stance == "plan" && asOfFramed(s, fulls.around(s, r.Start)) && !aheadUpTo(in, s, sent, clause, counted) {
			// 截至目前，…；新建…42个，年底将达80个: the frame dates the part
			// up to the number; a 将 after it tells the next level
			// (targets_asofahead.go).
			stance, rule = "achieved", "as-of-ahead"
		}
		if stance == "plan" && len(st.required) == 0 && !st.will && !st.intended {
			// A tally's parts stand as their frame or their total
			// (targets_tally.go): 截至目前，…；…新增地名15条; 其中，…建设信息30条.
			if full := fulls.around(s, r.Start); asOfFramed(s, full) {
				stance, rule = "achieved", "tally"
			} else if subtallyOpen(s, full) {
				if total, ok := totalStance(s, fulls, full, qs, stood); ok && total != "plan" {
					stance, rule = "achieved", "tally" // the parts of a count that is no plan's
				}
			}
		}
		// worded: a plan by a plan word of the clause, no bound's or lead's.
		worded := stance == "plan"
		led := 0 // the year of a plan's lead clause before the number (力争到2025年，)
		if stance == "" && !st.condition && !st.achieved {
			if led = ledBy(s, fulls.around(s, r.Start), clause); led > 0 {
				stance, rule = "plan", "lead-clause"
			}
		}
		if stance == "" && !st.condition && proposedLevel(in, s, fulls.around(s, r.Start), sent, clause, r) {
			stance, rule = "plan", "proposed-level" // 拟将…标准调整为：城市750元/月，农村543元/月 (targets_proposedlevel.go)
		} else if st.proposed && publicized(in, s) {
			continue // 公示: 拟新增74家服务机构为… lists whom a decision names
		}
		if stance == "" && (st.proposed || st.intended) && lexicon.Units().Label(q.Unit, 0) != "age" && !conditionIn(s, clause) && proposalCount(in, s, sent, r, qs) && (!st.proposed || !publicizedDoc(in)) {
			stance, rule = "plan", "proposal-count" // 拟在和田47个空白区域布设…; 拟在…区域内，公开征召43个…场所
		}
		if stance == "" && !st.condition && !st.achieved && roundRequired(in, s, clause) {
			stance, rule = "plan", "this-round" // 此次需命名道路3条、更名道路2条: the round's tasks (targets_thisround.go)
		}
		if stance == "" && !st.condition && !st.achieved && subtallyOfPlan(s, fulls, fulls.around(s, r.Start), qs, stood) {
			stance, rule = "plan", "subtally-plan" // 计划救济…103,400户。其中，低保对象81,761户: a planned total's parts (targets_subtallyplan.go)
		}
		if stance == "" && !st.condition && !st.achieved && boundSibling(in, s, sent, clause, r, qs, k) {
			stance, rule = "plan", "bound-sibling" // 配备站长1名，持证社会工作者至少3名: a standard's objects (targets_boundsibling.go)
		}
		if stance == "" && !st.condition && !st.achieved && sharedVerb(in, s, clause, r, qs, k, stood) {
			stance, rule = "plan", "shared-verb" // 新建…中心1所，…服务点2个: the verb the list shares (targets_sharedverb.go)
		}
		if stance == "" && !st.condition && !st.achieved && listedObjects(in, s, clause, r, qs, k, stood) {
			stance, rule = "plan", "comma-list" // 计划新建5个市级，30个县级和120个乡镇级…: objects a comma lists (targets_commalist.go)
		}
		if stance == "" && !st.condition && !st.achieved && subtallyInSentence(s, fulls.around(s, r.Start), r, qs, stood) {
			stance, rule = "plan", "subtally-clause" // 共抽查社会组织115家，其中社会团体55家: the parts in its sentence (targets_subtallyclause.go)
		}
		if stance == "" && !st.condition && raisedTo(s, sent, clause, r) {
			stance, rule = "plan", "raised-to" // 提高…标准至1255元/月，…标准至2134元/月
		}
		bound := false // a requirement's own bound (不得超过5个字): targets_boundheld.go
		if stance == "" && !st.condition && st.requires() && (requiredBound(s, clause, r, q.Unit) || !st.achieved && requiredRange(s, clause, r, q)) {
			stance, bound, rule = "plan", true, "required-bound" // 需严格控制参加人数，每户不超过5人; 倡导1至2名家庭成员作代表
		}
		if stance == "" && !st.condition && st.requires() && boundOverReference(in, s, clause, r, q.Unit) {
			stance, bound, rule = "plan", true, "bound-reference" // 墓碑高度不得超过地面0.8米 (targets_boundreference.go)
		}
		if stance == "" && !st.condition && !st.achieved && requiredWithin(s, r, q.Unit, st.requires()) {
			stance, rule = "plan", "required-within" // 需在15日内整改完毕: the time limit a rule sets
		}
		norm := false // a notice's norm: a band keeps both its ends (以2-3个字为宜)
		if stance == "" && !st.condition && !st.achieved && ruleNorm(in, s, clause, r, q.Unit) {
			stance, norm, rule = "plan", true, "norm" // 每个墓穴每天祭扫人员不超过3人; 以2-3个字为宜
		}
		if stance == "" && !st.condition && !st.achieved && limitLabelled(s, r, q.Unit) {
			stance, rule = "plan", "limit-labelled" // 承诺时限：8个工作日: the time an office is bound to act within
		}
		if stance == "" && !st.condition && !st.achieved && requiredAfterEvent(s, r, q.Unit, st.requires()) {
			stance, rule = "plan", "after-event" // 应自收到决定书后7日内上交: the time a rule sets from an event
		}
		if stance == "" && !st.condition && !st.achieved && directedSpan(in, s, clause, r, q.Unit) {
			stance, rule = "plan", "directed-span" // 收到通知后15日内持…到…办理: the limit a notice's directive sets (targets_directedspan.go)
		}
		if stance == "" && !st.condition && !st.achieved && requiredBeforeEvent(s, r, q.Unit) {
			stance, rule = "plan", "before-event" // 应在任期届满前3个月召开: the lead time a rule sets (targets_beforeevent.go)
		}
		if stance == "" && !st.condition && !st.achieved && countedWithin(s, r, q.Unit) {
			stance, rule = "plan", "counted-within" // 自受理申请起5个工作日内，完成调查: the time counted from an event
		}
		if stance == "" && !st.condition && !st.achieved && inspectShare(in, s, clause, r, q.Unit, st.requires()) {
			stance, rule = "plan", "inspect-share" // 按照…总数的4%开展检查: the share a round of inspection draws (targets_inspectshare.go)
		}
		if stance == "" && !st.condition && !st.achieved && keptApart(in, s, r, q.Unit, st.requires()) {
			stance, rule = "plan", "keep-apart" // 行人保持1米安全距离: the distance a rule keeps (targets_keepapart.go)
		}
		if stance == "" && !st.condition && !st.achieved && heldWithin(s, r) {
			stance, rule = "plan", "held-within" // 祭扫时长控制在1小时内: the cap a limit sets (targets_heldwithin.go)
		}
		if stance == "" && !st.condition && !st.achieved && setBound(s, clause, r, q.Unit) {
			stance, rule = "plan", "set-bound" // 评出不多于10个项目; 项目周期不超过10个月
		}
		if stance == "" && !st.condition && !st.achieved && shareFloor(s, clause, r, q.Unit) {
			stance, rule = "plan", "share-floor" // 不得低于在册人数的70%: the floor on a share of a base (targets_sharefloor.go)
		}
		if stance == "" && !st.condition && !st.achieved && benefitCount(in, s, clause, r, q.Unit) {
			stance, worded, rule = "plan", true, "benefit" // 为2500名老人提供…服务: the count a task reaches
		}
		if stance == "" && !st.condition && !st.achieved && capped(in, s, clause, qs, k, q.Unit) {
			stance, rule = "plan", "cap" // 每批次限15人以内: the cap a rule sets on a portion
		}
		if stance == "" && !st.condition && !st.achieved && onlyCapped(s, clause, qs, k, q.Unit) {
			stance, rule = "plan", "only-cap" // 每个墓位只能选派2-3名: the cap a rule sets with 只能 (targets_onlycap.go)
		}
		if stance == "" && !st.condition && !st.achieved && bracketLimit(in, s, r, q.Unit, st.requires()) {
			stance, rule = "plan", "bracket-limit" // 减少人员聚集(10人内): the cap a note sets (targets_bracketlimit.go)
		}
		if stance == "" && !st.condition && !st.achieved && planFramed(in, s, r) && !framed(in, s, clause, r) && lexicon.Units().Label(q.Unit, 0) != "age" {
			stance, rule = "plan", "plan-frame" // 方案明确，…增加60个左右…: targets_planframe.go
		}
		if stance == "" && !st.condition && !st.achieved && basisListed(s, sent, r, qs) {
			stance, rule = "plan", "basis-frame" // 按照保障50年…需求，20年…和5年…原则: targets_basisframe.go
		}
		if !toldFound {
			tl, toldFound = toldIn(in, s), true
		}
		// A task of a plan 将 governs (市民政局将…；…，提供…服务1500万
		// 人次以上；…), whatever its verb; an age says whom it serves.
		governed := tl.plan.covers(r.Start) || yearPlanned(in, s, sent, r.Start)
		if stance == "" && !st.condition && governed && !framed(in, s, clause, r) && lexicon.Units().Label(q.Unit, 0) != "age" {
			stance, rule = "plan", "governed"
		}
		if stance == "plan" && !governed && asOfParagraph(in, s, fulls, fulls.around(s, r.Start), whole, counted) && !planAhead(in, out, st, periods, dates, s, sent) {
			stance, rule = "achieved", "as-of-paragraph" // 截至目前，已经建成…。为2.7万名老年人提供…服务。 (targets_asofparagraph.go)
		}
		if (stance == "" && !st.condition || stance == "plan") && !headedFound {
			headed, headedFound = headedSections(in, s), true
		}
		switch kind := sectionKind(headed, clause.Start); {
		case stance == "" && !st.condition && kind == "aims" && !framed(in, s, clause, r):
			stance, rule = "plan", "section-aims" // 一、任务目标 / 1.组织供应各类辅助器具300万件
		case stance == "plan" && kind == "report" && !governed && !planAhead(in, out, st, periods, dates, s, sent):
			stance, rule = "achieved", "section-report" // 一、2022年工作总结 … 新增城乡低保265户
		case stance == "plan" && kind == "review" && !turnsForward(s[sent.Start:sent.End]) && !laterTime(in, out, st, periods, dates, sent):
			stance, rule = "achieved", "section-review" // 第一节 发展基础 … 调至年人均不低于10470元
		}
		if stance == "plan" && !governed && !st.will && !st.intended && !st.proposed && !st.requires() && standingLevel(in, s, sent, clause, r, in.Env != nil && in.Env.Doc != nil && in.Env.Doc.Kind == layout.Article) && !planAhead(in, out, st, periods, dates, s, sent) {
			stance, rule = "achieved", "standing-level" // 目前，…总数达到17.45万个; 提高到每月705元，较2021年提高2.9% (targets_standinglevel.go)
		}
		if stance == "" || stance == "plan" && fromLevel(in, s, clause, r) {
			continue
		}
		if stance == "plan" && bounded == "" && eachScope(s, clause, r, q.Unit) {
			continue // 全区5个地级市分别打造…: who each acts, no level (targets_eachscope.go)
		}
		if stance == "plan" && !st.requires() && bounded == "" && agentCount(in, s, clause, r, q.Unit) {
			continue // 一般由2名工作人员现场完成: who does it, no level to reach
		}
		if stance == "plan" && allotted(s, clause, r, q.Unit, st, bounded) {
			continue // 决定下拨…经费300万元: funds given, no level to reach
		}
		if stance == "plan" && bounded == "" && ensuredWhom(s, clause, r, q.Unit) {
			continue // 确保全省2174名特困人员温暖过冬: whom a requirement covers (targets_ensuredwhom.go)
		}
		if stance == "plan" {
			if at := fromState(in, s, clause, r); at >= 0 {
				change = byteRange{at, clause.End}
				continue // 从“亏损200万元”到…: the state left
			}
			if toState(change, clause, r, st) {
				continue // …到“结余100万元”的转变: the change told whole
			}
		}
		if stance == "plan" && !st.requires() && !governed && forecastBefore(s, sent, r) {
			continue // 预计届时…将达到200人: a forecast, no level set to reach
		}
		if stance == "plan" && forecastFrame(s, sent, r) {
			continue // 据某局测算，到时…将达到5万人，占…的12%: all the sentence forecasts
		}
		if stance == "plan" && !st.requires() && !st.will && !st.intended && !st.proposed && !governed && thisEvent(s, clause) && !proclaimedRound(in, r.Start) {
			continue // 此次摸排覆盖7个县: what the event told reached (targets_thisevent.go)
		}
		if stance == "plan" && (!st.requires() || basisFramed(in, s, r)) && !st.will && !st.intended && !st.proposed && !governed && foundCount(s, clause, r) {
			stance, rule = "achieved", "found-count" // 排查出违规建设…设施4处: what a check found (targets_foundcount.go)
		}
		if stance == "plan" && !norm && !governed && !st.requires() && !st.intended && !forwardIn(s[max(st.main, sent.Start):sent.End]) {
			if !levelSet(s, clause, r) && (takesEffect(s, fulls.around(s, r.Start), r) || paidChange(s, sent, r)) {
				stance, rule = "achieved", "takes-effect" // 新增低保2户3人，从6月起执行 (…，月增发…元): a change approved
			} else if !st.demand && !st.oblige && !planAhead(in, out, st, periods, dates, s, sent) && subjectDone(s, st, clause, r) {
				stance, rule = "achieved", "subject-done" // 12个社区完成改造，8个正在施工: how many finished
			} else if !planAhead(in, out, st, periods, dates, s, sent) && completedAfter(s, sent, r) {
				stance, rule = "achieved", "completed-after" // “新建30个…”等民生实事全部完成
			} else if !st.will && !st.proposed && !planAhead(in, out, st, periods, dates, s, sent) && spentMeans(in, s, clause, qs, out.Quantities) {
				stance, rule = "achieved", "spent" // 投资419万元新建…: the sum a deed was paid with (targets_spent.go)
			}
		}
		// A demand (研究部署…) may stand in a report of what was done, so
		// only what is required or obliged keeps the count a plan's;
		// planAhead asks forwardIn first.
		if stance == "plan" && !norm && !governed && len(st.required) == 0 && !st.oblige && !st.intended && !planAhead(in, out, st, periods, dates, s, sent) && timesBefore(in, s, clause, r, q.Unit) {
			stance, rule = "achieved", "times" // 8次召开专题会议: how often it was done (targets_times.go)
		}
		if stance == "plan" {
			if !leadFound {
				leadReport, leadFound = leadReports(in), true
			}
			done := ""
			if in.Role == headerRole && !governed && !planAhead(in, out, st, periods, dates, s, sent) {
				done = reportedDone(in, q.Text)
			}
			if done != "" {
				stance, rule = "achieved", done // 青海打造1000个… over 青海已打造1000个…
			} else if boundHeld(bound, s, clause, r) || limitHeld(in, s, sent, r, q.Unit) || quotedRequirement(s, whole, r) {
				// 名称…不得超过5个字; 自公告发布之日起30日内，…应到我局领取;
				// “…使用率要求达到90%以上”: the limit a requirement sets
				// holds whatever the page reports done around it
				// (targets_limitheld.go, targets_quotedrequirement.go).
			} else if tl.report.covers(clause.Start) || pastTime(in, out, periods, dates, sent) && !decidedFrom(st, s, dates, sent, clause, r) || (tl.deeds.covers(clause.Start) && !proclaimedRound(in, clause.Start) || pastReport(in) || leadReport) && !governed && !planAhead(in, out, st, periods, dates, s, sent) {
				stance, rule = "achieved", "report-context"
			} else if !governed && !st.demand && !planAhead(in, out, st, periods, dates, s, sent) && reviewedPart(in, clause.Start) {
				stance, rule = "achieved", "reviewed-part" // 2021年工作回顾 … 高质量完成…19项; 现将有关批复情况公告如下：
			} else if worded && !governed && !st.requires() && !st.intended && !st.proposed && sectionKind(headed, clause.Start) != "aims" && news.of(in, s) && !planAhead(in, out, st, periods, dates, s, sent) && !news.aheadBy(sent.End) && !underWay(s, clause, r) && !restatedAhead(in, s, &news, qs, out.Quantities, k, sentences, tl) && !restatedElsewhereAhead(in, q.Text) {
				stance, rule = "achieved", "news-report" // 记者从某市民政局了解到，…新建养老机构30所
			}
		}
		if stance == "plan" && !st.proposed && !st.intended && !st.will && len(st.required) == 0 && scopeCount(in, s, clause, r) {
			continue // 对全县1座公墓…进行统筹规划: what the task covers (targets_scope.go)
		}
		if stance == "plan" && rule != "cap" && (listTotal(s, r) || listCounted(s, clause, r, q.Value)) {
			// A cap on a portion (凭寄存证、身份证每家限进馆2人) counts no list
			// before it, whatever its figure.
			continue // 编制方案、建设词库等20项工作; 在太和区、凌海市2个县区: the count of a list, no level
		}
		if stance == "plan" && quotedListTotal(s, r, q.Value) {
			continue // 围绕“…；…”10项重点工作: the count of a quoted list (targets_quotedlist.go)
		}
		if stance == "plan" && copulaClassCount(s, clause, r) {
			continue // 是20项民心工程…必须做好的一项工作: what the subject is (targets_copulaclass.go)
		}
		t := schema.Target{
			Value: q.Value, Unit: q.Unit, Comparator: bounded, Stance: stance, Subject: q.Subject,
			Found: found(in.Text, clause.Start, clause.End, stanceRule(stance, rule)),
		}
		if q.To != nil && stance == "plan" && !norm {
			// A plan that sets a range (控制在3至5人之内, 倡导1-2名) bounds
			// what it allows by the range's upper end; a band whose upper
			// end is a target too keeps both (targets_band.go).
			lows = append(lows, rangeLow{len(out.Targets), q.Value, r})
			t.Value = *q.To
		}
		if stance == "plan" {
			wst := stanceOf(whole)
			wst.condition = st.condition
			t.Deadline = deadline(in, out, wst, periods, dates, fulls.around(s, r.Start), whole, clause, r.Start)
			if t.Deadline == nil && led > 0 {
				end := strconv.Itoa(led) + "-12-31" // the lead's year, to its last day
				t.Deadline = &end
			}
			if t.Deadline == nil {
				t.Deadline = sched.term(in, r.Start) // 一、抽查时间 / 2022年7月-11月。 (targets_schedule.go)
			}
			planned[len(out.Targets)] = r
			out.Targets = append(out.Targets, t)
		} else {
			out.Achievements = append(out.Achievements, t)
		}
		stood[k] = stance
	}
	keepBandEnds(out.Targets, lows, planned)
	return nil
}

// stanceRule is the rule a target or an achievement names: targets/ and
// its stance, then the rule that decided the stance where one did past the
// clause's own stance words (targets/plan/directed-span,
// targets/achieved/found-count).
func stanceRule(stance, rule string) string {
	if rule == "" {
		return "targets/" + stance
	}
	return "targets/" + stance + "/" + rule
}

// forecastBefore reports whether a forecast word (cue_words.tsv,
// forecast: 预计, 估计, 预测) governs the number at r: it stands in the
// number's clause (预计全年将接待5000人次), or closes the clause just before
// it (据工作人员估计,春节期间将接待3000人次). What follows it estimates what
// will likely come; it sets out to reach nothing, so the number is no
// target. A forecast in a clause of its own before (预计总投资800万元，计划
// 建设5个) governs that clause only.
func forecastBefore(s string, sent, r byteRange) bool {
	words := lexicon.CueWordList("forecast")
	for i := sent.Start; i < r.Start; {
		if w, ok := words.At(s, i); ok && i+len(w) <= r.Start {
			between := s[i+len(w) : r.Start]
			k := strings.IndexAny(between, punct.ClauseMarks)
			if k < 0 {
				return true
			}
			if _, n := utf8.DecodeRuneInString(between); k == 0 && !strings.ContainsAny(between[n:], punct.ClauseMarks) {
				return true
			}
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return false
}

// forecastFrame reports whether the number at r stands after a forecast
// word that closes an attribution opened by 据 (据某局测算，…; 据统计预测，…):
// the frame says whose estimate the sentence reports, and governs the
// whole sentence after it, its later clauses too, where a forecast word
// of a clause of its own governs that clause only (forecastBefore).
func forecastFrame(s string, sent, r byteRange) bool {
	words := lexicon.CueWordList("forecast")
	for i := sent.Start; i < r.Start; {
		if w, ok := words.At(s, i); ok && i+len(w) < r.Start {
			rest, _ := utf8.DecodeRuneInString(s[i+len(w):])
			open := sent.Start
			if k := strings.LastIndexAny(s[sent.Start:i], punct.ClauseMarks); k >= 0 {
				_, n := utf8.DecodeRuneInString(s[sent.Start+k:])
				open = sent.Start + k + n
			}
			if strings.ContainsRune(punct.ClauseMarks, rest) && attributed(strings.TrimLeft(s[open:i], " \u3000")) {
				// Up to a clause that requires (为此，全市要新增…): the
				// forecast's figures end where a demand of its own opens.
				clause := s[i:r.Start]
				if k := strings.LastIndexAny(clause, punct.ClauseMarks); k >= 0 {
					clause = clause[k:]
				}
				return !strings.ContainsAny(clause, requireMarks)
			}
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return false
}

// requireMarks are the characters of the words that require (要, 需要,
// 须, 必须): a clause holding one sets a demand, no forecast.
const requireMarks = "要需须"

// attribution opens the phrase that names whose account a sentence
// reports (据介绍, 据某局测算: 《现代汉语词典》 据, 按照, 依据).
const attribution = "据"

// newsTold is what a news report's passage says, read once a passage:
// whether the document is a news report (Env.newsOf), and the offset
// where the passage, or its lead before it, first turns ahead.
type newsTold struct {
	read, report bool
	ahead        int // -1 where it never turns ahead; 0 where its lead does
}

// of reads the passage s of in once and reports whether it is a news
// report's.
func (n *newsTold) of(in *Input, s string) bool {
	if !n.read {
		n.read = true
		n.ahead = -1
		var lead bool
		if in.Env != nil {
			n.report, lead = in.Env.newsOf()
		}
		if n.report {
			if lead && in.Role != "lead" {
				n.ahead = 0
			} else {
				n.ahead = firstAhead(in, s)
			}
		}
	}
	return n.report
}

// newsOf reports, read once for the document, whether it is a news report
// (newsReport) and whether its lead turns ahead (leadTurnsAhead): every
// passage asks the same.
func (e *Env) newsOf() (report, leadAhead bool) {
	e.newsOnce.Do(func() {
		e.news = newsReport(e)
		e.newsLead = e.news && leadTurnsAhead(e)
	})
	return e.news, e.newsLead
}

// aheadBy reports whether the passage has turned ahead before offset end.
func (n *newsTold) aheadBy(end int) bool { return n.ahead >= 0 && n.ahead < end }

// newsReport reports whether the document is a news report: an article
// whose text names a reporter (cue_words.tsv reporter: 记者). A news
// report tells what happened and what its sources say was done; what is
// still to come it marks with a word that turns ahead (将, 计划, 力争, 要,
// 到2025年, 年底前), so a plan word with none of them there (新建养老机构
// 30所, 500户家庭完成改造) tells a deed.
func newsReport(e *Env) bool {
	if e.Doc == nil || e.Doc.Kind != layout.Article {
		return false
	}
	whole := e.Whole()
	for _, w := range lexicon.CueList("reporter") {
		if strings.Contains(whole, w) {
			return true
		}
	}
	return editedPost(e) // 编辑:某某 / 审核:某某 (targets_newscredit.go)
}

// firstAhead is the offset of the first word of s that turns to what is
// to come, or -1: a forward word or a plan word only a plan uses
// (forwardIn: 下一步, 计划, 力争), or 将 as a word of its own. Before a
// verb 将 is the future's (auxAt); before a word the segmenter does not
// tag a verb (将新增12处) it is read so too, a deed being told with no 将
// at all. A news report that has turned ahead (今年，某市将重点抓好…) sets
// out its tasks in the sentences after, whose plan words need no 将 of
// their own (推动40个敬老院转型).
func firstAhead(in *Input, s string) int {
	at := -1
	st := lexicon.Stance()
	for i, w := range stanceWords(s, 0) {
		if (st.Label(w, 0) == "forward" || st.Label(w, 1) == "future") && !basisBoundAt(s, i, w) {
			at = i
			break
		}
	}
	// Or a word that says a plan is set out (目标任务是…, 《要点》明确，…,
	// 确定了今年的民生实事): the figures after it are the plan's.
	named := lexicon.CueWordList("planset")
	for i := 0; i < len(s) && (at < 0 || i < at); {
		if _, ok := named.At(s, i); ok {
			at = i
			break
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	for i := strings.Index(s, will); i >= 0 && (at < 0 || i < at); {
		if ownWord(in, i, will) && !disposalFrom(in, s, i) {
			return i // 将 of disposal (将…标准由…提高到…) turns nothing ahead
		}
		j := strings.Index(s[i+len(will):], will)
		if j < 0 {
			break
		}
		i += len(will) + j
	}
	return at
}

// leadTurnsAhead reports whether the lead of an article turns ahead
// (firstAhead): its sections set out what it announces.
func leadTurnsAhead(e *Env) bool {
	if e.Doc == nil {
		return false
	}
	for _, p := range e.Doc.Passages {
		if p.Role == "lead" {
			return firstAhead(&Input{Text: p.Text, Role: p.Role, Env: e}, p.Text.String()) >= 0
		}
	}
	return false
}

// servedAge reports whether the number at r is an age that modifies the
// noun right after it (为0-18岁未成年人…打造, 80岁老人): an age before its
// noun says whom a plan serves, a class of people, no level the plan sets
// out to reach, nor a deed done (60岁以上老年人, 18周岁以下儿童 likewise).
// An age that ends its clause (人均预期寿命达到80岁) is not read here.
func servedAge(in *Input, unit string, r byteRange) bool {
	if lexicon.Units().Label(unit, 0) != "age" {
		return false
	}
	return nounAfter(in.Words(r.End), r.End) != ""
}

// eventMeasure reports whether unit measures a natural event, no work's
// result or aim: the magnitude of an earthquake (积石山6.2级地震, units.tsv
// magnitude) and the rain a warning forecasts (将出现强降水，最大小时雨量
// 30-50毫米, units.tsv precipitation) are what strikes, nothing a plan
// sets out to reach or a report has done.
func eventMeasure(unit string) bool {
	m := lexicon.Units().Label(unit, 0)
	return m == "magnitude" || m == "precipitation"
}

// planAhead reports whether the sentence sent turns to what is to come in
// a report of work done: a forward word or a plan word only a plan uses
// (下一步, 计划, 力争), 将 before a verb (将发放), a deadline (年底前), a
// time to reach (到2025年底) or a year written after the document's
// (2026年). Its plan words set targets; the others of a report (由500元
// 提高到530元, 新增1010户) tell what was done. A yearless time (全年, 1-9月)
// takes the document's year, not the report's, and says nothing.
func planAhead(in *Input, out *schema.Entities, st sentenceStance, periods, dates ordered, s string, sent byteRange) bool {
	if forwardIn(s[max(st.main, sent.Start):sent.End]) || st.will {
		return true
	}
	ref := in.Ref()
	written := func(to, text string) bool { // a year after the document's, printed
		return ref.Year > 0 && len(to) >= 4 && to[:4] > fmt.Sprintf("%04d", ref.Year) && strings.Contains(text, to[:4])
	}
	for _, k := range periods.within(sent) {
		if k < len(out.Periods) {
			p := out.Periods[k]
			if p.Relation == "before" || reachBy(s, periods.rs[k].Start) || written(p.To, p.Text) {
				return true
			}
		}
	}
	for _, k := range dates.within(sent) {
		if k < len(out.Dates) {
			d := out.Dates[k]
			if d.Relation == "before" || reachBy(s, dates.rs[k].Start) || d.YearFrom == "text" && written(d.To, d.Text) {
				return true
			}
		}
	}
	for _, y := range st.years {
		if ref.Year > 0 && y.year > ref.Year || reachBy(s, y.at) {
			return true
		}
	}
	return false
}

// reachBy reports whether the year at i is the time a level is to be
// reached by (到2025年, 到2025年底): 到 before it, and not the end of a
// span (2020年到2024年) nor of 截至到.
func reachBy(s string, i int) bool {
	before, ok := strings.CutSuffix(s[:i], "到")
	if !ok {
		return false
	}
	r := lastRune(before)
	return !unicode.IsDigit(r) && !strings.ContainsRune("年月日至止", r)
}

// pastTime reports whether the sentence sent dates what it tells in a
// time that ended before the document's date (第三季度新增1932人 in a
// report of 19 October): a plan word there tells what was done. A
// deadline (年底前), a year's end a target is due at (2022 年底占比达到) and
// an open start (今年以来) date no deed.
func pastTime(in *Input, out *schema.Entities, periods, dates ordered, sent byteRange) bool {
	ref := in.Ref()
	if ref.Day == 0 {
		return false // no document date to be before
	}
	today := fmt.Sprintf("%04d-%02d-%02d", ref.Year, ref.Month, ref.Day)
	past := func(to, relation string) bool { return to != "" && relation == "" && to < today }
	for _, k := range periods.within(sent) {
		if k < len(out.Periods) && past(out.Periods[k].To, out.Periods[k].Relation) && !yearEnd(out.Periods[k]) {
			return true
		}
	}
	for _, k := range dates.within(sent) {
		if k < len(out.Dates) && past(out.Dates[k].To, out.Dates[k].Relation) && !learnedOn(in.Text.String(), dates.rs[k]) {
			return true // not 记者1日从…获悉 (targets_learned.go)
		}
	}
	return false
}

// laterTime reports whether the sentence sent names a time still to come
// at the document's date: a deadline (年底前), or a date, a period or a
// year after it (到2025年, 2025年底). A section that reviews a past period
// tells no such time; a section headed with the same words for a task (夯实
// 发展基础) sets its targets with them.
func laterTime(in *Input, out *schema.Entities, st sentenceStance, periods, dates ordered, sent byteRange) bool {
	ref := in.Ref()
	if ref.Year == 0 {
		return false // no date to be after
	}
	today := fmt.Sprintf("%04d-12-31", ref.Year) // a year's own times are no later
	if ref.Day > 0 {
		today = fmt.Sprintf("%04d-%02d-%02d", ref.Year, ref.Month, ref.Day)
	}
	after := func(to string) bool { return to > today }
	for _, k := range periods.within(sent) {
		if k < len(out.Periods) && (out.Periods[k].Relation == "before" || after(out.Periods[k].To)) {
			return true
		}
	}
	for _, k := range dates.within(sent) {
		if k < len(out.Dates) && (out.Dates[k].Relation == "before" || after(out.Dates[k].To)) {
			return true
		}
	}
	for _, y := range st.years {
		if y.year > ref.Year {
			return true
		}
	}
	return false
}

// retrospect is stretches of a text, in order, none overlapping.
type retrospect []byteRange

// told is what the wording of a text says of its stretches (toldIn).
type told struct {
	// report is the stretches told as a report of work done: from the
	// sentence of a since word (今年以来，…) or of a plan period that ended
	// before the document's year (“十三五”期间，…) to the paragraph's end or
	// to a clause that turns to the future (下一步, 今后, 力争, 将 and a
	// verb). A plan word in them (建成, 完成) tells what was built, not
	// what is to be.
	report retrospect
	// deeds is the paragraphs that tell deeds (an achievement word of its
	// own: 已, 截至, 获评, 了) and turn to no future at all: no forward
	// word, no plan word only a plan uses, no 将 and a verb, no aims word,
	// no word that requires (要, 会议要求), no year to reach or after the
	// document's. A plan word in them (打造, 完成) tells what was done too,
	// unless its sentence turns ahead by a time (planAhead: 6月30日前).
	deeds retrospect
	// plan is the stretches 将 and a verb govern: the clauses after 将's
	// own to the end of its sentence, over the members a semicolon parts
	// (市民政局将持续加强…；全面推行…，提供…服务1500万人次以上；…创建…社区
	// 3个。). Each clause of the list is a task of the plan, whatever its
	// verb; in 将's own clause the number must be the verb's object
	// (willAt). A colon ends the stretch: what follows it sets out what
	// the words before it name (将慰问5100余户，慰问标准为：每户发放现金
	// 300元), the grant's standard, not a task.
	plan retrospect
	// reportsOn says the text ends in a report a since word or a past plan
	// period opened and nothing closed: the text after it, which it leads
	// into (年初以来，…取得了扎实的工作成效。 and then (一)(二)…), goes on
	// reporting.
	reportsOn bool
}

// toldIn reads the stretches of s told as a report or as deeds and those
// a plan's 将 governs, in one walk over its stance words and years.
func toldIn(in *Input, s string) told {
	st := lexicon.Stance()
	ref := in.Ref()
	var out told
	para, sentence, clause := 0, 0, 0
	// Where the open report and plan stretches start, -1 for none; a plan
	// stretch is pending from 将 to the end of its clause.
	const pending = -2
	open, plan := -1, -1
	byYear := false                 // the open report was opened by a past year (targets_pastyear.go)
	achieved, ahead := false, false // what the paragraph's words say
	closeReport := func(end int) {
		if open >= 0 && end > open {
			out.report = append(out.report, byteRange{open, end})
		}
		open = -1
	}
	turn := func() { // a clause turns to the future
		closeReport(clause)
		ahead = true
	}
	for i := 0; i < len(s); {
		if y, end, ok := chrono.YearAt(s, i, ref); ok {
			if reachBy(s, i) || ref.Year > 0 && y > ref.Year {
				ahead = true // 到2025年; 2026年 in a text of 2025
			}
			switch {
			case open < 0 && pastYearOpens(s, clause, i, end, y, ref.Year):
				open, byYear = sentence, true // 2024年，我们…, in a text of 2025 (targets_pastyear.go)
			case byYear && ref.Year > 0 && y >= ref.Year:
				closeReport(clause) // 2025年，…; 2024年到2026年底: the year a plan is for
			}
			i = end
			continue
		}
		if end, ok := yearsSinceAt(s, i); ok {
			if open < 0 {
				open, byYear = sentence, false // 五年来，…; 二十年来，… (targets_yearssince.go)
			}
			i = end
			continue
		}
		if w, ok := st.At(s, i); ok {
			switch l := st.Label(w, 0); {
			case l == "since" && open < 0:
				open, byYear = sentence, false
			case l == "span":
				if to, ok := spanEnd(st, w); ok && ref.Year > 0 && to < ref.Year {
					if open < 0 {
						open, byYear = sentence, false // “十三五”期间, in a text of 2023
					}
				} else if ok && ref.Year > 0 {
					ahead = true // a plan period not over: “十四五”期间
				}
			case tailWordAt(s, sentence, clause, i):
				// …，确保…: the purpose of the deeds before it
				// (targets_purposetail.go), no turn to the future.
			case l == "forward" || st.Label(w, 1) == "future":
				turn()
			case l == "aims":
				ahead = true // 目标
			case l == "demand" && demandAt(in, s, i, w):
				ahead = true // 会议要求，…; 全年要新建…
				if byYear {
					closeReport(clause) // 2024年清明期间，各公墓要求…: what the year required
				}
			case l == "achieved" && ownWord(in, i, w) && !cumulativeInPlan(in, s, w):
				achieved = true // not 累计 under a plan's title
			}
			i += len(w)
			continue
		}
		if tallyAdverbAt(in, s, i) {
			achieved = true // 共受理登记757对 (targets_tallyadverb.go)
		}
		if strings.HasPrefix(s[i:], will) && ownWord(in, i, will) && !disposalFrom(in, s, i) || willDated(s, i) {
			// 将 of its own before a word the segmenter tags no verb
			// (将|新建 as a place name) still turns the paragraph
			// ahead, as firstAhead reads it; its stretch is auxAt's.
			ahead = true
		}
		if _, k := auxAt(in, s, i); k >= 0 {
			turn()
			if plan == -1 {
				plan = pending // its own clause is read by willAt
			}
			i += len(will)
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		switch {
		case fullStopSet.has(r) || colonSet.has(r):
			if plan >= 0 {
				out.plan = append(out.plan, byteRange{plan, i})
			}
			plan = -1
		case plan == pending && (sentenceSet.has(r) || clauseSet.has(r)):
			plan = i // the clauses after 将's own
		}
		switch {
		case sentenceSet.has(r):
			if r == '\n' {
				closeReport(i)
				if achieved && !ahead {
					out.deeds = append(out.deeds, byteRange{para, i})
				}
				para, achieved, ahead = i, false, false
			}
			sentence = i
			clause = i
		case clauseSet.has(r):
			clause = i
		}
	}
	if plan >= 0 {
		out.plan = append(out.plan, byteRange{plan, len(s)})
	}
	out.reportsOn = open >= 0 && len(s) > open
	closeReport(len(s))
	if achieved && !ahead && len(s) > para {
		out.deeds = append(out.deeds, byteRange{para, len(s)})
	}
	return out
}

// spanEnd is the last year of the plan period w names (stance.tsv: 十三五,
// 2016 to 2020).
func spanEnd(st *lexicon.Words, w string) (int, bool) {
	to, err := strconv.Atoi(st.Label(w, 2))
	return to, err == nil
}

// ownWord reports whether the stance word w at i is a word of its own in
// its clause, not part of a longer one (了 of 了解 or 为了).
func ownWord(in *Input, i int, w string) bool {
	ts := in.Words(i)
	k := tokenAt(ts, i)
	return k >= 0 && ts[k].Word == w
}

// leadReports reports whether a section of an article follows a lead
// that goes on reporting at its end (told.reportsOn: 年初以来，…取得了扎实的
// 工作成效。): the section tells the deeds the lead sums up. A bulletin's
// items are news of their own, and a notice's preamble leads into what it
// requires.
func leadReports(in *Input) bool {
	if in.Role != "section" || in.Env == nil || in.Env.Doc == nil || in.Env.Doc.Kind != layout.Article {
		return false
	}
	// Every section asks: the lead is read once a document, not once a
	// section (a long lead before many sections would be read over and
	// over).
	e := in.Env
	e.leadOnce.Do(func() {
		for _, p := range e.Doc.Passages {
			if p.Role == "lead" {
				e.leadReportsOn = toldIn(&Input{Text: p.Text, Role: p.Role, Env: e}, p.Text.String()).reportsOn
				break
			}
		}
	})
	return e.leadReportsOn
}

// covers reports whether offset i lies in one of the stretches.
func (r retrospect) covers(i int) bool {
	k := sort.Search(len(r), func(n int) bool { return r[n].End > i })
	return k < len(r) && r[k].Start <= i
}

// headedSection is the stretch of a text under a heading whose last word
// says what its section tells (stance.tsv): aims (一、任务目标), report
// (一、2022年工作总结) or review, the report of a past period that a plan
// builds on (第一节 发展基础, 一、规划背景).
type headedSection struct {
	byteRange
	kind string
}

// headedSections finds the sections of s that an enumerated heading heads
// with an aims or a report word at its end (一、任务目标; 一、2022年工作总结
// run into its first subsection (一)…). A heading opens a line or a
// sentence with an enumerator (cue.Enumerator: 一、 （一） 1.), holds no
// punctuation, and ends at the line's end, a colon or the next enumerator;
// its section runs to the next enumerator of the same or an outer rank
// that opens a line or a sentence, or the text's end. Sections under
// headings of no such word close those of their rank too. The sections
// come out flat, in order: where one heading's section holds another's,
// the inner one's kind holds its stretch.
func headedSections(in *Input, s string) []headedSection {
	type open struct {
		enum cue.Enum
		kind string
	}
	var out []headedSection
	var stack []open
	from := 0 // where the innermost open section's current stretch starts
	emit := func(end int) {
		if n := len(stack); n > 0 && end > from {
			out = append(out, headedSection{byteRange{from, end}, stack[n-1].kind})
		}
		from = end
	}
	if kind := titleKind(in, s); kind != "" {
		stack = append(stack, open{cue.NoEnum, kind}) // no enumerator closes it
	}
	for p := 0; p < len(s); {
		q := p
		for q < len(s) && (s[q] == ' ' || s[q] == '\t') {
			q++
		}
		if enum, _, end := cue.Enumerator(s[q:]); enum != cue.NoEnum {
			if n := len(stack); n > 0 && stack[n-1].enum >= enum {
				emit(q)
				for n > 0 && stack[n-1].enum >= enum {
					n--
				}
				stack = stack[:n]
			}
			if kind := headingKind(s, q+end); kind != "" {
				emit(q)
				stack = append(stack, open{enum, kind})
			}
		}
		// The next line or sentence.
		k := sentenceSet.index(s[p:])
		if k < 0 {
			break
		}
		_, w := utf8.DecodeRuneInString(s[p+k:])
		p += k + w
	}
	for len(stack) > 0 {
		emit(len(s))
		stack = stack[:len(stack)-1]
	}
	return out
}

// titleKind is the kind of the heading that opens s on a line of its own
// with no enumerator: the title of an item, which the layout reads off its
// heading's enumerator (一、主要工作开展情况及工作成效 heads the item titled
// 主要工作开展情况及工作成效, whose text opens with it). Its section is the
// whole text, the outermost of those the text's own headings open. A
// plan's title (2025年民政工作要点) heads an aims section
// (targets_plantitle.go).
func titleKind(in *Input, s string) string {
	nl := strings.IndexByte(s, '\n')
	if nl <= 0 {
		return "" // a title heads a text below it
	}
	if enum, _, _ := cue.Enumerator(s); enum != cue.NoEnum {
		return "" // a heading of the text's own, read by its rank
	}
	if kind := headingKind(s[:nl], 0); kind != "" {
		return kind
	}
	if planTitle(in, s[:nl]) {
		return "aims"
	}
	return ""
}

// headingKind is the stance of the heading whose words start at i: the
// label of the aims or report word (stance.tsv) that ends it, where it
// ends at a line's end, a colon or an enumerator before any punctuation;
// "" for any other heading or for text that runs on.
func headingKind(s string, i int) string {
	st := lexicon.Stance()
	for j := i; j < len(s); {
		r, w := utf8.DecodeRuneInString(s[j:])
		if r == '\n' || sentenceSet.has(r) || clauseSet.has(r) || unicode.IsPunct(r) && j > i && !quoteMark(r) {
			if r == '\n' || r == '：' || r == ':' {
				return stanceEnding(st, s, i, j)
			}
			if enum, _, _ := cue.Enumerator(s[j:]); enum != cue.NoEnum {
				return stanceEnding(st, s, i, j)
			}
			return ""
		}
		if j > i && (r >= '0' && r <= '9' || r == '①') {
			if enum, _, _ := cue.Enumerator(s[j:]); enum != cue.NoEnum && !unicode.IsDigit(lastRune(s[:j])) {
				return stanceEnding(st, s, i, j)
			}
		}
		j += w
	}
	return stanceEnding(st, s, i, len(s))
}

// quoteMark reports whether r opens or closes a quotation or a title
// (“十三五”时期主要成就, 《规划》): words of a heading, not a stop in it.
func quoteMark(r rune) bool {
	return unicode.In(r, unicode.Pi, unicode.Pf) || strings.ContainsRune("\"'《》〈〉「」『』", r)
}

// stanceEnding is the aims, report or review label of the stance word
// that ends at j after i, or "": a report word of a period (发展基础) is
// labelled review.
func stanceEnding(st *lexicon.Words, s string, i, j int) string {
	w, ok := st.EndingAt(s, j)
	if !ok || j-len(w) < i {
		return ""
	}
	switch l := st.Label(w, 0); l {
	case "aims":
		return l
	case "report":
		if st.Label(w, 1) == "period" {
			return "review"
		}
		return l
	}
	return ""
}

// lastRune is the last rune of s, or 0.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// framed reports whether the number at r stands in a frame of its clause
// (stance.tsv's frame words: 以…为, 以全市7600多名持证残疾人为主要对象):
// the clause names what the plan takes as its basis or its object, not a
// level to reach. The opener must be a word of its own (以, not the 以 of
// 以上 or 可以); the closer may be cut into the word after it (以100户为单位:
// 户为).
func framed(in *Input, s string, clause, r byteRange) bool {
	st := lexicon.Stance()
	ts := in.Words(r.Start)
	for k := tokenOver(ts, clause.Start+1); k < len(ts) && ts[k].End <= r.Start; k++ {
		if ts[k].Start < clause.Start || st.Label(ts[k].Word, 0) != "frame" {
			continue
		}
		if closer := st.Label(ts[k].Word, 1); closer != "" && strings.Contains(s[r.End:clause.End], closer) {
			return true
		}
	}
	return false
}

// fromLevel reports whether the number at r is the level a change starts
// from (由500元提高到530元: 500): a from word of its own before it in its
// clause (stance.tsv: 由) and a level word after it (提高到). The level to
// reach is the number after the level word, not this one.
func fromLevel(in *Input, s string, clause, r byteRange) bool {
	st := lexicon.Stance()
	ts := in.Words(r.Start)
	from := false
	for k := tokenOver(ts, clause.Start+1); k < len(ts) && ts[k].End <= r.Start; k++ {
		if ts[k].Start >= clause.Start && st.Label(ts[k].Word, 0) == "from" {
			from = true
		}
	}
	if !from {
		return false
	}
	for _, w := range stanceWords(s[:clause.End], r.End) {
		if st.Label(w, 1) == "level" {
			return true
		}
	}
	return false
}

// stanceWords yields the stance words of s from offset i on, read left
// to right, the longest at each place, with the offset of each.
func stanceWords(s string, i int) iter.Seq2[int, string] {
	st := lexicon.Stance()
	return func(yield func(int, string) bool) {
		for i < len(s) {
			if w, ok := st.At(s, i); ok {
				if !yield(i, w) {
					return
				}
				i += len(w)
				continue
			}
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
		}
	}
}

// sectionKind is the kind of the headed section that holds offset i, or "".
func sectionKind(hs []headedSection, i int) string {
	k := sort.Search(len(hs), func(n int) bool { return hs[n].End > i })
	if k < len(hs) && hs[k].Start <= i {
		return hs[k].kind
	}
	return ""
}

// amongFigures reports whether the number at r stands in a run of bare
// figures a space apart (48 26.51% 140 55%): the cells of a grid read as
// text, which are no targets (GOLD.md). The layout sets such figures a
// space apart where a line broke between them (layout's figureJoin).
func amongFigures(s string, r byteRange) bool {
	if after, ok := strings.CutPrefix(s[r.End:], " "); ok && after != "" && figureAt(after, 0) {
		return true
	}
	before, ok := strings.CutSuffix(s[:r.Start], " ")
	return ok && before != "" && (figureAt(before, len(before)-1) || strings.HasSuffix(before, "%"))
}

// ordered is ranges with their indexes in order of start, sorted once so
// that each number of a long text finds the dates of its sentence by
// binary search instead of a scan of them all.
type ordered struct {
	rs  ranges
	idx []int
}

func inOrder(rs ranges) ordered {
	o := ordered{rs: rs, idx: make([]int, len(rs))}
	for i := range o.idx {
		o.idx[i] = i
	}
	slices.SortStableFunc(o.idx, func(a, b int) int { return cmp.Compare(rs[a].Start, rs[b].Start) })
	return o
}

// within lists the indexes of the ranges that start inside sent.
func (o ordered) within(sent byteRange) []int {
	k := sort.Search(len(o.idx), func(n int) bool { return o.rs[o.idx[n]].Start >= sent.Start })
	e := k
	for e < len(o.idx) && o.rs[o.idx[e]].Start < sent.End {
		e++
	}
	return o.idx[k:e]
}

// sentenceStance is what the stance words of a sentence say, read once
// for all the numbers in it.
type sentenceStance struct {
	achieved, condition bool
	will                bool       // 将 before a verb (将慰问5100余户) states a plan
	proposed            bool       // 拟: a proposal, which a 公示 makes public
	intended            bool       // 计划 before its verb: an intent, no 公示's wording
	decided             bool       // 决定: a decision, which makes its verbs a plan
	demand              bool       // 要, 要求 of its own: the sentence requires what it tells
	oblige              bool       // 需, 须, 严格控制: the sentence requires a limit kept
	plans               []int      // where plan words start
	required            []int      // where the plan words only a plan uses start (必须, 力争)
	conditions          []int      // where the condition words start (符合, 低于)
	years               []yearMark // the years it names, in order
	main                int        // where its main clause opens, after a purpose clause (targets_purpose.go)
}

// yearMark is a year named at an offset (今年, 2022年), with the term a
// plan there may take: the year of the nearest mark up to it that is not
// before the document's year, or 0 (yearTerm); adverbial tells whether it
// opens its clause (yearOpensClause).
type yearMark struct {
	at, year, term int
	adverbial      bool
}

// yearOpensClause reports whether the year at i is a time adverbial of
// its clause (今年，…; 到2025年，…; 力争到2025年，…), which sets the time of
// what the sentence goes on to tell, and not a word of a noun phrase: a
// year right after a noun or a pronoun (面向本市今年应届高校毕业生: the
// graduates of the year) modifies the noun it heads, and sets no time for
// the clauses after it, unless the predicate opens right after the year,
// at end (predicateAfter: 该区今年计划建设…).
func yearOpensClause(in *Input, s string, i, end int) bool {
	if yearOrdinal(s, end) {
		return false // 举办2025年第一期培训班 (targets_yearordinal.go)
	}
	ts := in.Words(i)
	k := tokenEndingAt(ts, i)
	return k < 0 || !nounTag(ts[k].Tag) && ts[k].Tag != "r" || predicateAfter(in, s, end)
}

// predicateAfter reports whether the predicate of a clause opens at i,
// right after a year (该区今年计划建设…, 全市今年将新建…): an intent word
// (stance.tsv, forward: 计划, 拟, which the segmenter may tag as nouns),
// or 将 as the future's auxiliary (a verb is not enough: the segmenter
// reads 应届 of 今年应届毕业生 as one). A year between its clause's subject
// and the predicate is the time adverbial of what the clause goes on to
// tell (《现代汉语八百词》: 时间词作状语, 主语后谓语前), no word of the
// subject: its term holds for the plans of the clauses after it.
func predicateAfter(in *Input, s string, i int) bool {
	if w, ok := lexicon.Stance().At(s, i); ok && lexicon.Stance().Label(w, 0) == "forward" {
		return true
	}
	_, k := auxAt(in, s, i)
	return k >= 0
}

func stanceIn(in *Input, s string, sent byteRange, counted map[int]bool) sentenceStance {
	st := lexicon.Stance()
	var out sentenceStance
	out.main = purposeEnd(in, s, sent)
	bodies := index(resultOf[AgenciesFound](in, Agencies{}).Agencies)
	for i := sent.Start; i < sent.End; {
		if y, end, ok := chrono.YearAt(s, i, in.Ref()); ok {
			term := y
			if ref := in.Ref().Year; ref > 0 && y < ref {
				term = 0 // 上年度: the base of a measure
				if n := len(out.years); n > 0 {
					term = out.years[n-1].term
				}
			}
			out.years = append(out.years, yearMark{i, y, term, yearOpensClause(in, s, i, end)})
			i = end
			continue
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	for i := sent.Start; i < sent.End; {
		if i < out.main {
			// A purpose clause's plan words plan only a number of its own
			// clause; they mark the sentence as no plan or requirement.
			if w, ok := st.At(s, i); ok {
				if l := st.Label(w, 0); (l == "plan" || l == "aims") && !bodies.overlap(i, i+len(w)) {
					out.plans = append(out.plans, i)
				}
				i += len(w)
				continue
			}
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
			continue
		}
		if willAt(in, s, i) || willDated(s, i) { // 将于近日向…发放 (targets_willdated.go)
			out.plans = append(out.plans, i)
			out.will = true
			i += len(will)
			continue
		}
		if w, ok := st.At(s, i); ok {
			switch st.Label(w, 1) {
			case "proposal":
				out.proposed = true
			case "intent":
				out.intended = true
			}
			switch st.Label(w, 0) {
			case "achieved":
				// 了 of 了解 is no particle (stance.tsv: own).
				// 累计 under a plan's title totals a level to reach.
				// Nor 获 of 获悉 (targets_learned.go).
				if !countedAttribute(in, s, i, w, counted) && !listedAspect(s, i, w) && !cumulativeInPlan(in, s, w) && !learnedAt(s, i) {
					out.achieved = out.achieved || st.Label(w, 1) != "own" || ownWord(in, i, w)
				}
			case "decision":
				out.decided = true
			case "plan", "aims":
				// A plan word inside a body's name (新疆生产建设兵团,
				// 住房和城乡建设局) names the body, it plans nothing.
				// One labelled decided (设立) plans only after a
				// decision word before it in the sentence (决定…设立).
				// Nor one inside a quoted name (“某某建设示范县”).
				// Nor one that is the object of a verb of taking part
				// (参加|培训: targets_attended.go).
				if !attributive(in, s, i, w, counted) && !attendedEvent(s, i) && !(st.Label(w, 1) == "" && relativeVerb(s, i, w)) && !bodies.overlap(i, i+len(w)) && !inQuotedName(s, sent, i, i+len(w)) && (st.Label(w, 1) != "decided" || out.decided) && (st.Label(w, 2) != "ahead" || futureBefore(s, sent.Start, i)) {
					out.plans = append(out.plans, i)
					if st.Label(w, 1) == "future" && !basisBoundAt(s, i, w) {
						out.required = append(out.required, i)
					}
				}
			case "raise":
				// 提升100家…: the count right after it is the task's object
				// (targets_raisecount.go); inside a body's name it plans nothing.
				if countedObjectAt(s, i+len(w)) && !bodies.overlap(i, i+len(w)) {
					out.plans = append(out.plans, i)
				}
			case "condition":
				if !inSetBound(s, i, w) {
					out.condition = true
					out.conditions = append(out.conditions, i)
				}
			case "demand":
				out.demand = out.demand || demandAt(in, s, i, w) // not 部署会议 (targets_meetingkind.go)
			case "oblige":
				// 需 and 须 of their own (not of 需要, 无须), or before 在
				// (需在, targets_oblige.go); 严格控制 is two words to the
				// segmenter.
				// 需 of a relative clause (需救助的灾民) obliges no one
				// (targets_relativemodal.go).
				out.oblige = out.oblige || (utf8.RuneCountInString(w) > 1 || obligeAt(in, i, w)) && !relativeModal(s, i, w)
			}
			i += len(w)
			continue
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return out
}

// conditionOn reports whether a condition word of the sentence bears on
// the number whose clause is clause: one in that clause (收入低于500元的) or
// in a clause before it that runs on into it. A condition that follows the
// number's clause qualifies what comes after (…建档率达100%，对不符合标准的
// 机构依法整治), and one in a clause closed by 的 before it names the cases
// a rule covers (对符合条件的，应在2个工作日内审批): the number after either
// is what is set, no threshold of eligibility.
func (st sentenceStance) conditionOn(s string, clause byteRange) bool {
	for _, p := range st.conditions {
		if p >= clause.End || p < clause.Start && casesClauseEnds(s, p, clause.Start) {
			continue
		}
		return true
	}
	return false
}

// casesClauseEnds reports whether the clause that holds offset p closes
// with 的 before a clause mark, that mark standing before end: a 的-phrase
// of its own (凡符合条件的，) that names whom the next clause is for.
func casesClauseEnds(s string, p, end int) bool {
	k := strings.IndexAny(s[p:end], clauseStops)
	return k >= 0 && strings.HasSuffix(s[:p+k], casesMark)
}

// casesMark closes a phrase that names the cases a rule covers (凡…的，).
const casesMark = "的"

// quotePairs are the marks that enclose a name or a title: quotation
// marks (“”, 「」, 『』) and title marks (《》).
var quotePairs = [][2]string{{"“", "”"}, {"「", "」"}, {"『", "』"}, {"《", "》"}}

// inQuotedName reports whether [i, j) stands inside a quoted name in the
// sentence sent: a pair of quotation or title marks around it that holds
// no digit and no clause punctuation (“全国某某建设示范县”, 《某某建设规划》).
// A plan word there is part of the name of an honour, a pilot or a
// document; it is no verb of the clause, and sets out to reach nothing.
func inQuotedName(s string, sent byteRange, i, j int) bool {
	for _, q := range quotePairs {
		o := strings.LastIndex(s[sent.Start:i], q[0])
		if o < 0 {
			continue
		}
		o += sent.Start + len(q[0])
		c := strings.Index(s[j:sent.End], q[1])
		if c < 0 {
			continue
		}
		inside := s[o : j+c]
		if !strings.Contains(inside, q[1]) && !strings.ContainsAny(inside, "0123456789，,；;：:。") {
			return true
		}
	}
	return false
}

// countedAttribute reports whether the achievement word w at i opens a
// word of the noun a count right before it counts (10个|获奖|项目: the
// projects to be awarded, 3名|获奖|选手): the segmenter's word at i holds
// w and runs past it, a noun after it, so it describes the noun, and
// tells nothing done. A word of its own after the count is the clause's
// verb (5人|获评|先进, 3个项目获奖): what was done.
func countedAttribute(in *Input, s string, i int, w string, counted map[int]bool) bool {
	if !counted[i] {
		return false
	}
	ts := in.Words(i)
	k := tokenAt(ts, i)
	if k < 0 || ts[k].Start != i || len(ts[k].Word) <= len(w) || k+1 >= len(ts) {
		return false
	}
	return nounTag(ts[k+1].Tag)
}

// listedAspect reports whether the achievement word w at i stands in a
// middle member of an enumeration, 、 right before the member and right
// after it and no figure in it (从项目意义、受益人数、已获荣誉、社会影响等方面
// 评审): the member names an aspect a rule looks at, a noun, and tells
// nothing done in the sentence. A deed with its count (已建成3个、) or
// one that opens or closes the list is still read.
func listedAspect(s string, i int, w string) bool {
	a := strings.LastIndexAny(s[:i], "、，,。；;：:\n")
	b := strings.IndexAny(s[i+len(w):], "、，,。；;：:\n")
	if a < 0 || b < 0 || !strings.HasPrefix(s[a:], "、") {
		return false
	}
	b += i + len(w)
	if !strings.HasPrefix(s[b:], "、") {
		return false
	}
	return !strings.ContainsAny(s[a:b], "0123456789")
}

// inSetBound reports whether the condition word w at i closes a negated
// bound (cue_words.tsv, setbound: 不多于 over 多于, 不高于 over 高于): the
// bound sets a level to keep, no threshold of eligibility (setBound).
func inSetBound(s string, i int, w string) bool {
	b, ok := lexicon.CueWordList("setbound").EndingAt(s, i+len(w))
	return ok && len(b) > len(w)
}

// requires reports whether the sentence requires what it tells: a demand
// word (要, 要求), an obligation (需, 须, 严格控制) or a plan word only a
// plan uses (必须, 确保, 年底前).
func (st sentenceStance) requires() bool {
	return st.demand || st.oblige || len(st.required) > 0
}

// requiredBound reports whether the number at r is a bound its clause
// sets (每户不超过5人, 控制在5%以内): an upper or lower bound printed before
// it (不超过, 不高于, 最多, 不低于), or a limit word (stance.tsv: 控制在)
// before it in its clause with no other number between. A sentence that
// requires sets the bound as a level to keep, a target; a bound that
// describes a noun (不超过5人的家庭, 60周岁以上的) or an age says whom a rule
// is for, and is none.
func requiredBound(s string, clause, r byteRange, unit string) bool {
	if lexicon.Units().Label(unit, 0) == "age" {
		return false
	}
	q := lexicon.Qualifiers()
	rest := s[r.End:]
	if w, ok := q.At(rest, 0); ok && q.Label(w, 0) == "after" {
		rest = rest[len(w):]
	}
	if strings.HasPrefix(rest, "的") {
		return false
	}
	if c := comparator(s, r); q.Label(c, 0) == "before" {
		switch q.Label(c, 1) {
		case "at_most", "at_least":
			return true
		}
	}
	st := lexicon.Stance()
	for k, w := range stanceWords(s[:r.Start], clause.Start) {
		if st.Label(w, 0) == "limit" && !strings.ContainsAny(s[k+len(w):r.Start], "0123456789") {
			return true
		}
	}
	return false
}

// requiredRange reports whether the quantity at r is a range its clause
// requires (须1至2人陪同, 倡导1-2名家庭成员作代表): the band to keep, its
// upper end the bound. The word that requires stands in the range's own
// clause, before it: a count of what was done in a sentence that speaks
// of an appeal elsewhere (积极倡导文明祭扫，接待群众2至3万人次) is none. A
// range that describes a noun (3至5人的家庭) or an age says whom a rule is
// for, and is none.
func requiredRange(s string, clause, r byteRange, q schema.Quantity) bool {
	if q.To == nil || lexicon.Units().Label(q.Unit, 0) == "age" || strings.HasPrefix(s[r.End:], "的") {
		return false
	}
	st := lexicon.Stance()
	for _, w := range stanceWords(s[:r.Start], clause.Start) {
		switch st.Label(w, 0) {
		case "oblige", "demand":
			return true
		}
	}
	return false
}

// setBound reports whether the number at r is a level a rule sets with a
// negated comparison before it (cue_words.tsv, setbound: 不超过, 不多于,
// 不低于): a scheme's or a project's terms cap or floor what is to be done
// (评出不多于10个项目, 周期不超过10个月), a level to keep even with no word
// of demand in the sentence, as 比例不低于5% is (GOLD.md, targets). The
// figures listed after it share it (不超过20%、30%: each share capped). A
// bound that describes a noun or an age (requiredBound: 不超过5人的家庭)
// says whom a rule is for, and is none.
func setBound(s string, clause, r byteRange, unit string) bool {
	first := listHead(s, clause, r)
	c := comparator(s, first)
	if !lexicon.CueWordList("setbound").Has(c) || strings.HasPrefix(s[r.End:], "的") {
		return false
	}
	b := first.Start // where the bound is printed: the quantity's text may open with it
	if !strings.HasPrefix(s[b:], c) {
		b -= len(c)
	}
	if _, ok := lexicon.CueWordList("rate").EndingAt(s, b); ok && lexicon.Units().Label(unit, 0) != percentMeasure {
		// 按不超过200元/人慰问: the rate a thing is done at. A share is
		// capped so (按不超过20%的比例授予): the part of a whole a scheme
		// may give, a level it keeps.
		return false
	}
	if portioned(s, clause.Start, b) {
		return false // 每户不超过5人: a portion, a level only where required
	}
	if perUnitCeiling(s, r, unit, c) {
		return false // 不超过200元/次: a price per unit, a rate (targets_perunit.go)
	}
	return requiredBound(s, clause, first, unit)
}

// percentMeasure labels, in units.tsv, the units of a share (%, ‰).
const percentMeasure = "percent"

// portioned reports whether a word that portions a whole out
// (cue_words.tsv, portion: 每) stands in the clause between i and j.
func portioned(s string, i, j int) bool {
	p := lexicon.CueWordList("portion")
	for k := i; k < j; {
		if _, ok := p.At(s, k); ok {
			return true
		}
		_, w := utf8.DecodeRuneInString(s[k:])
		k += w
	}
	return false
}

// listHead is the first figure of the list of figures r closes, 、 between
// them and only digits and percent signs in each (20%、30%: the 20%), or
// r where no 、 stands right before it: the figures of a list share the
// bound printed before the first.
func listHead(s string, clause, r byteRange) byteRange {
	for strings.HasSuffix(s[:r.Start], "、") {
		i := r.Start - len("、")
		j := i
		for j > clause.Start {
			c, w := utf8.DecodeLastRuneInString(s[:j])
			if !(c >= '0' && c <= '9' || c == '.' || c == '%' || c == '％') {
				break
			}
			j -= w
		}
		if j == i {
			break
		}
		r = byteRange{Start: j, End: i}
	}
	return r
}

// proposalCount reports whether the number at r is what a proposal of
// the sentence sets out to reach: 拟 (stance.tsv's proposal word, a word
// of its own) states what a body plans to do, as 将 does, and the count in
// its verb's object is the plan's (拟招聘3名工作人员; 拟在6个市县43个区域
// 内，公开征召43个…场所). Where the object holds no count, the count of the
// places the proposal is set in is what it reaches (拟在和田47个空白区域
// 布设福彩投注站: a station in each). A condition in the number's own
// clause and an age say whom it is for (年满18周岁), no count to reach:
// the caller leaves those out. A 公示's 拟 is left out before this.
func proposalCount(in *Input, s string, sent, r byteRange, qs ranges) bool {
	st := lexicon.Stance()
	p := -1
	for i, w := range stanceWords(s[:r.Start], sent.Start) {
		if (st.Label(w, 1) == "proposal" || st.Label(w, 1) == "intent") && (ownWord(in, i, w) || afterYearMark(in, i, w)) && !prepositionBefore(in, i, w) {
			p = i + len(w)
		}
	}
	if p < 0 {
		return false
	}
	obj, place, ok := proposalSpans(in, s, sent, p)
	if !ok {
		return false
	}
	if obj.holds(r.Start) {
		return true
	}
	if !place.holds(r.Start) {
		return false
	}
	for _, q := range qs {
		if obj.holds(q.Start) {
			return false // the object is counted: the places are where
		}
	}
	return true
}

// afterYearMark reports whether the word w at i is cut as one word with
// the 年 of a year written in digits before it (2025年拟…: the segmenter
// cuts 2025|年拟): the 年 closes the year, so w stands on its own.
func afterYearMark(in *Input, i int, w string) bool {
	ts := in.Words(i)
	k := tokenEndingAt(ts, i+len(w))
	return k > 0 && ts[k].Word == yearChar+w && ts[k-1].Tag == "m"
}

// yearChar is the character that closes a year (2025年).
const yearChar = "年"

// proposalSpans are the object of the verb a proposal word ending at p
// governs, past adverbs (拟|招聘|3名…), and the place a preposition sets it
// in before that verb (拟|在|和田47个空白区域|布设): the place may fill the
// clause, and its verb open the next clause of the sentence (拟在6个市县
// 43个区域内，|公开征召43个…).
func proposalSpans(in *Input, s string, sent byteRange, p int) (obj, place byteRange, ok bool) {
	ts := in.Words(p)
	k := pastAdverbs(ts, tokenAt(ts, p))
	if k < 0 {
		return obj, place, false
	}
	end := ts[len(ts)-1].End
	switch tag := ts[k].Tag; {
	case tag == "v" || nounVerb(ts[k]):
		// The object runs on over the 、 of a list and the thousands
		// comma of a figure (救济…103,400户、171,403人).
		return byteRange{ts[k].End, listedEnd(in, s, end, sent.End)}, place, true
	case tag == "p":
		place = byteRange{ts[k].End, end}
		for j := k + 1; j < len(ts); j++ {
			if ts[j].Tag == "v" {
				place.End = ts[j].Start
				return byteRange{ts[j].End, end}, place, true
			}
		}
		r, w := utf8.DecodeRuneInString(s[end:])
		if r != '，' && r != ',' || end+w >= sent.End {
			return obj, place, true
		}
		ns := in.Words(end + w)
		if n := pastAdverbs(ns, tokenAt(ns, end+w)); n >= 0 && ns[n].Tag == "v" {
			obj = byteRange{ns[n].End, ns[len(ns)-1].End}
		}
		return obj, place, true
	}
	return obj, place, false
}

// pastAdverbs is the index of the first word from ts[k] on that is no
// adverb (进一步, 公开 as an adverb), or -1 where there is none.
func pastAdverbs(ts []segment.Token, k int) int {
	if k < 0 {
		return -1
	}
	for ; k < len(ts); k++ {
		if t := ts[k].Tag; t != "d" && t != "ad" {
			return k
		}
	}
	return -1
}

// conditionIn reports whether the clause holds a condition word
// (stance.tsv: 符合, 凡, 低于): what the number in it says is whom a rule
// is for.
func conditionIn(s string, clause byteRange) bool {
	for _, w := range stanceWords(s[:clause.End], clause.Start) {
		if lexicon.Stance().Label(w, 0) == "condition" {
			return true
		}
	}
	return false
}

// will is the auxiliary of the future (将慰问5100余户): read by willAt,
// as a word of its own before a verb.
const will = "将"

// objectWord reports whether a word of the tag may stand in a verb's
// object before its number: a noun, an adjective or a distinguishing word
// before it, a verbal noun (困难|群众, 慰问金, 新建|养老|床位), a suffix that
// makes a noun of the word before it (友好|型), or a time word that names
// an age or season as a noun does (老年|友好型|社区).
func objectWord(tag string) bool {
	return strings.HasPrefix(tag, "n") || strings.HasPrefix(tag, "a") || tag == "b" || tag == "vn" || tag == "k" || tag == "t"
}

// willAt reports whether 将 at i is the auxiliary of the future that
// states a plan: a word of its own whose next word, past adverbs (将进一步
// 提高), is a verb with a number close after it, in its object (将慰问
// 5100余户困难群众, 将发放慰问金300万元), only its object between. 将 before
// its object is the preposition of disposal (将其纳入, 将全市…标准调至,
// 将符合条件的5100户纳入: a pronoun, a noun or a phrase with 的 after it),
// which plans nothing by itself; 将近, 必将 and 即将 are words of their own.
func willAt(in *Input, s string, i int) bool {
	ts, k := auxAt(in, s, i)
	if k < 0 {
		return false
	}
	for k++; k < len(ts) && ts[k].Tag == "v"; k++ { // 将继续|走访: verbs in a row
	}
	for _, t := range ts[k:] {
		switch {
		case strings.ContainsAny(t.Word, "0123456789"):
			return true // a number, however tagged (社区|3/x|个)
		case !objectWord(t.Tag):
			return false // a clause runs on past the verb's object
		}
	}
	return false
}

// auxAt finds 将 at i as the auxiliary of the future: a word of its own
// whose next word, past adverbs (将进一步|提高, 将持续|加强), is a verb. It
// returns the words of its clause and the index of that verb, or -1 for
// 将 before its object (将其纳入) and for words that hold 将 (将近, 即将).
// A prepositional phrase may stand between (将对…机构|改造, 将在全市|建设:
// targets_willprep.go). A verbal noun before a figure is the verb too
// (将突破|40个: targets_willnounverb.go).
func auxAt(in *Input, s string, i int) ([]segment.Token, int) {
	if !strings.HasPrefix(s[i:], will) {
		return nil, -1
	}
	ts := in.Words(i)
	k := tokenAt(ts, i)
	if k < 0 || ts[k].Word != will {
		return nil, -1
	}
	for k++; k < len(ts) && (ts[k].Tag == "d" || ts[k].Tag == "vd"); k++ { // 持续|加强: a verb as adverb
	}
	k = pastPrepPhrase(ts, k)
	if k >= len(ts) || ts[k].Tag != "v" && !verbalNounCounting(ts, k) {
		return nil, -1
	}
	if relativeClauseAt(ts, k) {
		return nil, -1 // 将符合条件的群众纳入…: 将 of disposal (targets_willdisposal.go)
	}
	return ts, k
}

// attributive reports whether the plan word w at i describes the thing a
// number counts: between the number's measure and the noun (4条|新增|道路,
// 3个|新建|社区) it is the noun's attribute, not what the clause plans. A
// plan word after a number and before no noun is the verb (5000张|建成投用).
// An aside in brackets may stand between (4条(具体见列表)新增道路).
func attributive(in *Input, s string, i int, w string, counted map[int]bool) bool {
	j := i
	if strings.HasSuffix(s[:i], "）") || strings.HasSuffix(s[:i], ")") {
		if k := strings.LastIndexAny(s[:i], "（("); k >= 0 {
			j = k
		}
	}
	if !counted[j] {
		return false
	}
	e := i + len(w)
	return nounAfter(in.Words(e), e) != ""
}

// nounBound reports whether the number at r takes a bound printed before
// it that describes the noun after it (boundOfNoun).
func nounBound(in *Input, s string, r byteRange) bool {
	c := comparator(s, r)
	switch {
	case c == "":
		return false
	case strings.HasPrefix(s[r.Start:], c):
		return boundOfNoun(in, s, r.Start, c)
	case strings.HasSuffix(s[:r.Start], c):
		return boundOfNoun(in, s, r.Start-len(c), c)
	}
	return false
}

// boundOfNoun reports whether the word w at i is a bound (不低于, 不超过:
// qualifiers.tsv, before) of a number that describes the noun
// after it, 的 between, the noun closing the clause (每笔不低于1元的捐赠，都
// 可…; 不超过5人的家庭，): the phrase says which things or people the
// sentence speaks of, a condition of eligibility, and sets no level to
// reach (GOLD.md: a condition of eligibility is no target). After 的 a
// verb alone closing the phrase is its noun (的捐赠, the donations). A bound
// before no 的 (水平不低于355元) or one whose noun a verb follows
// (按不低于300元的标准发放) still sets a level.
func boundOfNoun(in *Input, s string, i int, w string) bool {
	q := lexicon.Qualifiers()
	if q.Label(w, 0) != "before" {
		return false
	}
	// A verb right before the bound takes the phrase as what it is to
	// make (新增不少于500张的养老床位): a level to reach, no condition.
	if bs := in.Words(i - 1); len(bs) > 0 {
		if b := tokenEndingAt(bs, i); b >= 0 && bs[b].Tag == "v" {
			return false
		}
		if madeAttribute(bs, i) {
			return false // 建设面积不低于500方米的…中心 (targets_madeattribute.go)
		}
	}
	j := i + len(w)
	e := j
	for e < len(s) && (isDigit(s[e]) || s[e] == '.') {
		e++
	}
	if e == j {
		return false
	}
	e += len(multiplierAt(s, e))
	u, ok := unitAt(s, e)
	if !ok {
		return false
	}
	e += len(u)
	if a, ok := q.At(s, e); ok && q.Label(a, 0) == "after" {
		e += len(a)
	}
	if !strings.HasPrefix(s[e:], "的") {
		return false
	}
	e += len("的")
	ts := in.Words(e)
	k := tokenAt(ts, e)
	if k < 0 {
		return false
	}
	if ts[k].Tag == "v" {
		return clauseEnd(s, ts[k].End) && !standardNoun(ts[k].Word) // 的捐赠，: the verb alone is the noun
	}
	n := k
	for n < len(ts) && nounish(ts[n]) {
		n++
	}
	return n > k && headNoun(ts[n-1]) && clauseEnd(s, ts[n-1].End) && !standardNoun(ts[n-1].Word)
}

// standardNoun reports whether the noun a bound describes names a standard
// or a requirement itself (cue_words.tsv, standardnoun: 不少于300平方米的
// 标准，): the phrase states the level a rule sets, no class of things or
// people that a condition of eligibility picks out (不超过5人的家庭，).
func standardNoun(w string) bool { return lexicon.CueWordList("standardnoun").Has(w) }

// countEnds is where the numbers that count things (4条, 3个; not 976万元)
// end: qs[k] is where quantity k stands.
func countEnds(qs ranges, quantities []schema.Quantity) map[int]bool {
	ends := make(map[int]bool, len(qs))
	for k, r := range qs {
		if lexicon.Units().Label(quantities[k].Unit, 0) == "count" {
			ends[r.End] = true
		}
	}
	return ends
}

// of is "plan", "achieved" or "" for the clause of a number; a condition
// of eligibility is neither.
func (st sentenceStance) of(clause byteRange) string {
	k := sort.SearchInts(st.plans, clause.Start)
	plan := k < len(st.plans) && st.plans[k] < clause.End
	r := sort.SearchInts(st.required, clause.Start)
	if r < len(st.required) && st.required[r] < clause.End {
		// 凡…的遗体必须在24小时内送至…: a requirement in the number's own
		// clause sets it, whoever the sentence says it is for.
		return "plan"
	}
	switch {
	case st.condition:
		return ""
	case st.achieved:
		return "achieved"
	case plan:
		return "plan"
	}
	return ""
}

// comparator is the bound printed with the number: a qualifier before it
// (不低于, 至少, 达到), a plan word that sets a level (提高到), or a
// qualifier after it (以上). Words of about (约, 左右) bound nothing.
func comparator(s string, r byteRange) string {
	q := lexicon.Qualifiers()
	bounds := func(w string) bool { b := q.Label(w, 1); return b != "" && b != "about" }
	if w, ok := q.At(s, r.Start); ok && q.Label(w, 0) == "before" && bounds(w) {
		return w // the quantity's text opens with its qualifier
	}
	if w, ok := q.EndingAt(s, r.Start); ok && q.Label(w, 0) == "before" && bounds(w) {
		return w
	}
	if w, ok := lexicon.Stance().EndingAt(s, r.Start); ok && lexicon.Stance().Label(w, 1) == "level" {
		return w
	}
	if w, ok := q.EndingAt(s, r.End); ok && q.Label(w, 0) == "after" && bounds(w) {
		return w
	}
	return ""
}

// deadline is the last day of the nearest deadline in the sentence (年底前,
// 6月30日前, 要在9月完成), else of a year-end period in the clause
// (2022年底).
func deadline(in *Input, out *schema.Entities, st sentenceStance, periods, dates ordered, full, sent, clause byteRange, at int) *string {
	best, bestDist := "", -1
	consider := func(r byteRange, to string, before bool, inClause bool) {
		if to == "" || r.Start < sent.Start || r.End > sent.End {
			return
		}
		if !before && !inClause {
			return
		}
		if r.Start > at && !inClause && ownCount(in.Text.String(), clause, r) {
			return // …8000户，…，2025年底前实现…覆盖60%: the later clause's own term
		}
		d := at - r.End
		if d < 0 {
			d = r.Start - at + 1000 // a deadline after the number counts for less
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = to, d
		}
	}
	inClause := func(r byteRange) bool { return r.Start >= clause.Start && r.End <= clause.End }
	for _, k := range periods.within(sent) {
		if k < len(out.Periods) {
			r, p := periods.rs[k], out.Periods[k]
			consider(r, p.To, p.Relation == "before" || reachPeriod(in.Text.String(), r, p), inClause(r) && yearEnd(p))
		}
	}
	if r, to, ok := spanEndBefore(in.Text.String(), sent, at); ok {
		consider(r, to, true, false) // “十四五”末，…建有3所: the period's last day
	}
	for _, k := range dates.within(sent) {
		if k < len(out.Dates) {
			r, d := dates.rs[k], out.Dates[k]
			consider(r, d.To, d.Relation == "before" || planWordAt(in.Text.String(), r.End) || reachDate(in.Text.String(), r, d), false)
		}
	}
	if best == "" {
		best = listLeadDeadline(in.Text.String(), out, periods, dates, full, sent, at)
	}
	if best == "" {
		best = openingLeadDeadline(in.Text.String(), st, out, periods, dates, full, sent, at) // 今年年底，…；… (targets_openinglead.go)
	}
	if best == "" {
		best = st.yearTerm(at, clause.Start)
	}
	if best == "" {
		best = stageDeadline(in, at)
	}
	if best == "" {
		best = bulletLeadDeadline(in, at)
	}
	if best == "" {
		best = paragraphLeadDeadline(in, in.Text.String(), at)
	}
	if best == "" {
		best = followingTerm(in.Text.String(), out, periods, dates, full) // …。提标要在8月完成 (targets_nextterm.go)
	}
	if best == "" {
		return nil
	}
	return &best
}

// ownCount reports whether the clause that holds the deadline at r, after
// the number's clause, counts a figure of its own (2025年底前实现…覆盖60%的
// 街道): a time printed in a later clause sets the term of what that
// clause sets out, not of the clauses before it (今年将再改造8000户，…，
// 2025年底前实现…), which keep the time they name; a later clause with no
// figure (…200张，2025年底前全部完成) completes the number's task, and its
// time is the number's term.
func ownCount(s string, clause, r byteRange) bool {
	i := r.Start
	for i > clause.End {
		c, w := utf8.DecodeLastRuneInString(s[:i])
		if strings.ContainsRune(clauseStops, c) {
			break
		}
		i -= w
	}
	j := clauseEndAfter(s, r.End, len(s))
	if k := strings.IndexAny(s[r.End:j], sentenceStops); k >= 0 {
		j = r.End + k
	}
	return strings.ContainsAny(s[i:r.Start]+s[r.End:j], "0123456789")
}

// pastReport reports whether the document's title names a time that
// ended before the document's date (四铺镇2023年三季度民政工作落实情况,
// published in October): a report of work done, whose plan words tell
// what was done unless a sentence turns to what is to come. So is one
// whose title calls it a report (…2022年民政工作总结), dated or not, and
// the yearly report of a year over by then (targets_yearreport.go).
func pastReport(in *Input) bool {
	if in.Env == nil || in.Env.Doc == nil || in.Env.Doc.Title == nil {
		return false
	}
	if reportTitle(in.Env.Doc.Title.Value) || yearReportTitle(in.Env.Doc.Title.Value, in.Ref()) {
		return true
	}
	if in.Ref().Day == 0 {
		return false
	}
	ref := in.Ref()
	today := fmt.Sprintf("%04d-%02d-%02d", ref.Year, ref.Month, ref.Day)
	for _, e := range chrono.Find(in.Env.Doc.Title.Value, ref) {
		if e.To != "" && e.Relation == "" && e.To < today && e.Kind != chrono.Day {
			return true
		}
	}
	return false
}

// reportTitle reports whether a title ends with a report word (stance.tsv:
// 燕子河镇2022年民政工作总结, 工作回顾, 完成情况), also before the 报告 that
// submits it (关于2024年民政工作情况的报告) or the 公示 that makes it
// public (…资金使用情况公示), and turns to nothing to come
// (…工作总结及2023年工作计划 does): the document reports work done.
func reportTitle(title string) bool {
	t := strings.TrimRight(title, " ")
	for _, n := range []string{reportNoun, publicNoun} {
		if head, ok := strings.CutSuffix(t, n); ok {
			t = strings.TrimSuffix(head, "的")
			break
		}
	}
	k := stanceEnding(lexicon.Stance(), t, 0, len(t))
	return (k == "report" || k == "review") && !forwardIn(t)
}

// reportNoun is the document that submits a report to the body above
// (关于…工作情况的报告: 《党政机关公文处理工作条例》's 报告).
const reportNoun = "报告"

// publicNoun is the notice that makes a report public (2020年度福彩公益金
// 使用情况公示, 资金使用情况的公示): what it shows was done, as a 报告
// tells it.
const publicNoun = "公示"

// forwardIn reports whether s holds a word that turns to what is to come
// (下一步, 今后, 力争: the stance words labelled forward or future).
func forwardIn(s string) bool { return aheadIn(s, true) }

// turnsForward reports whether s holds a word that turns to what is to
// come (下一步, 今后, 预计: the stance words labelled forward). Unlike
// forwardIn it does not count the plan words only a plan uses (不低于):
// a review of a past period reports the levels set then with them.
func turnsForward(s string) bool { return aheadIn(s, false) }

// aheadIn reports whether s holds a stance word labelled forward, or, with
// future, a plan word labelled future that bounds no share of a basis
// (按不低于5%的比例: basisBoundAt).
func aheadIn(s string, future bool) bool {
	st := lexicon.Stance()
	for i, w := range stanceWords(s, 0) {
		if st.Label(w, 0) == "forward" || future && st.Label(w, 1) == "future" && !basisBoundAt(s, i, w) {
			return true
		}
	}
	return false
}

// yearEnd reports whether p is the end of a year or month (2022 年底, 6月底,
// 2025年末: 末 and 底 both name the end, 《现代汉语词典》): a target's due
// time, as a deadline is.
func yearEnd(p schema.Period) bool {
	t := strings.TrimSuffix(p.Text, "前")
	return p.Fuzzy && (strings.HasSuffix(t, "底") || strings.HasSuffix(t, "末"))
}

// Sentences end at 。！？； or a line's end; clauses at commas and colons too.
const (
	sentenceStops = punct.SentenceEnds + "；;\n"
	clauseStops   = "，,：:"
	fullStops     = punct.SentenceEnds + "\n"
)

// stops are the offsets of the stop characters of a text, found once: a
// search from each number for its sentence's ends is quadratic on a long
// text with few stops.
type stops []int

func stopsIn(s, chars string) stops {
	set := stopSets[chars]
	if set == nil {
		set = newRuneSet(chars)
	}
	var out stops
	for i := 0; ; {
		k := set.index(s[i:])
		if k < 0 {
			return out
		}
		if !thousandsComma(s, i+k) {
			out = append(out, i+k)
		}
		_, w := utf8.DecodeRuneInString(s[i+k:])
		i += k + w
	}
}

// thousandsComma reports whether the comma at c groups the digits of one
// figure (8,000人, 12,000人): a digit before it and a group of three
// digits after it that no further digit follows, the thousands
// separator's form. It parts no clause.
func thousandsComma(s string, c int) bool {
	if s[c] != ',' || c == 0 || !isDigitByte(s[c-1]) || c+4 > len(s) {
		return false
	}
	for _, b := range []byte(s[c+1 : c+4]) {
		if !isDigitByte(b) {
			return false
		}
	}
	return c+4 == len(s) || !isDigitByte(s[c+4])
}

// stopSets are the sets stopsIn is asked for, made once.
var stopSets = map[string]*runeSet{
	sentenceStops:               newRuneSet(sentenceStops),
	sentenceStops + clauseStops: newRuneSet(sentenceStops + clauseStops),
}

// sentenceSet and clauseSet tell a stop of each kind, rune by rune;
// fullStopSet the stops that end a sentence whole, not the semicolon that
// parts the members of a list in it; colonSet the colons.
var sentenceSet, clauseSet, fullStopSet, colonSet = newRuneSet(sentenceStops), newRuneSet(clauseStops), newRuneSet(fullStops), newRuneSet("：:")

// around is the stretch of s (a prefix of the text the stops were found
// in) holding offset i, between stops.
func (st stops) around(s string, i int) byteRange {
	k := sort.SearchInts(st, i) // the first stop at or after i
	start, end := 0, len(s)
	if k > 0 {
		_, w := utf8.DecodeRuneInString(s[st[k-1]:])
		start = st[k-1] + w
	}
	if k < len(st) && st[k] < len(s) {
		end = st[k]
	}
	return trimMarker(s, start, end)
}

// trimMarker drops a list marker that opens the stretch [start, end).
func trimMarker(s string, start, end int) byteRange {
	// Drop a list marker that opens the clause (1、 2. ①).
	for start < end {
		r, w := utf8.DecodeRuneInString(s[start:])
		if r == ' ' || r >= '0' && r <= '9' && listMarker(s, start, start+1) || r == '、' {
			start += w
			continue
		}
		break
	}
	return byteRange{start, end}
}

// planWordAt reports whether a plan word follows at i (9月|完成): the date
// before it is when the work is due.
func planWordAt(s string, i int) bool {
	w, ok := lexicon.Stance().At(s, i)
	return ok && lexicon.Stance().Label(w, 0) == "plan"
}

// yearTerm is the last day of the year a plan's sentence names before its
// number (今年，全市拟巡访老年人数不少于5万人 → the year's end), or "". A
// year before the document's names no term of a plan but the base of a
// measure (不低于上年度城乡居民人均消费支出的30%): the nearest year not
// before the document's is the term, if any (yearMark.term). A year in an
// earlier clause sets the term only as a time adverbial (今年，全市…); one
// inside a noun phrase there (面向本市今年应届高校毕业生，将提供1000个…岗位)
// dates the noun, not the plan, and the nearest year before it that is an
// adverbial is the term.
func (st sentenceStance) yearTerm(at, clause int) string {
	k := sort.Search(len(st.years), func(n int) bool { return st.years[n].at >= at })
	for k > 0 && st.years[k-1].at < clause && !st.years[k-1].adverbial {
		k--
	}
	if k == 0 || st.years[k-1].term == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-12-31", st.years[k-1].term)
}

// publicized reports whether the text is a 公示, which makes a proposed
// decision public for objections (stance.tsv's publicity words): its
// title says so (…名单的公示), or its text (现予以公示, 公示期为…).
func publicized(in *Input, s string) bool {
	st := lexicon.Stance()
	has := func(t string) bool {
		for i, w := range stanceWords(t, 0) {
			if st.Label(w, 0) == "publicity" && !listedStep(t, i, i+len(w)) {
				return true
			}
		}
		return false
	}
	if in.Env != nil && in.Env.Doc != nil && in.Env.Doc.Title != nil && has(in.Env.Doc.Title.Value) {
		return true
	}
	return has(s)
}

// listedStep reports whether the word at [i, j) is an entry of a 、-list
// of a procedure's steps (经报名、笔试、…、公示等程序): a 公示 named as one
// step of what is to come is no 公示 the text itself makes, so the text's
// 拟 keeps its plan. An entry stands after a 、 or before a 、 or the 等
// that closes the list.
func listedStep(t string, i, j int) bool {
	return strings.HasSuffix(t[:i], "、") || strings.HasPrefix(t[j:], "、") || strings.HasPrefix(t[j:], "等")
}

// publicizedDoc reports whether the document, any line of it, puts a
// proposed decision out for objections or views (publicized: a 公示, a
// 征求意见 text), wherever its 公示期 line or its 征求意见稿 attachment
// stands: a 拟 there names what the decision lists.
func publicizedDoc(in *Input) bool {
	e := in.Env
	if e == nil || e.Doc == nil {
		return publicized(in, in.Text.String())
	}
	return e.memo("targets\x00publicized", func() bool { return publicized(in, e.Whole()) })
}

// raisedTo reports whether the number at r is the level a raise word sets
// with 至 (stance.tsv: 提高最低生活保障标准至1255元/月), in its own clause or
// shared with the clauses after it in the sentence (，特困供养基本生活标准至
// 2134元/月): 至 just before the number and no number before it in its
// clause, which would make it the end of a range (1000元至2000元).
func raisedTo(s string, sent, clause, r byteRange) bool {
	before, ok := strings.CutSuffix(s[clause.Start:r.Start], levelTo)
	if !ok || strings.ContainsAny(before, "0123456789") {
		return false
	}
	st := lexicon.Stance()
	for _, w := range stanceWords(s[:r.Start], sent.Start) {
		if st.Label(w, 0) == "raise" {
			return true
		}
	}
	return false
}

// levelTo is the 至 that names the level a raise sets (提高…至1255元).
const levelTo = "至"

// datedBefore reports whether the words s before a number name a date or
// a period that ended before the document's date (到2月底，全市共有…928个
// in a report of April): the number is the count as it stood then, a
// fact the text reports, no level still to reach. A deadline (年底前) or
// an open start (今年以来) dates none.
func datedBefore(in *Input, s string) bool {
	ref := in.Ref()
	if ref.Day == 0 {
		return false // no document date to be before
	}
	today := fmt.Sprintf("%04d-%02d-%02d", ref.Year, ref.Month, ref.Day)
	for _, e := range chrono.Find(s, ref) {
		if e.To != "" && (e.Relation == "" || e.Relation == chrono.Until) && e.To < today && !datelineDate(s, e.End) {
			return true
		}
	}
	return false
}

// datelineDate reports whether the date that ends at end closes a news
// report's dateline (中新网长春2月1日电: target_cues.tsv datelinedate): the
// date the report was filed, the time of the telling, no time the count
// after it stood at.
func datelineDate(s string, end int) bool {
	_, ok := lexicon.TargetCueList("datelinedate").At(s, end)
	return ok
}

// headerRole is the role of the passage that holds a text's headline.
const headerRole = "header"

// reportedDone reports whether the body of the document tells the number
// written text as done: a headline sums up the news its text tells
// (青海打造1000个示范性“儿童之家” over 青海已打造1000个…), so its number is
// read as the text reads it. A sentence of the body that holds the same
// number with an achievement word (已, 截至, 了), a time over by the
// document's date (datedBefore) or the level a change left (formerLevel:
// 从原450元/月提高到500元/月) before it tells it done. It returns the
// rule that read it (header-reported, or former-level for the level a
// change left), or "" when the body tells it not done.
func reportedDone(in *Input, text string) string {
	if in.Env == nil || in.Env.Doc == nil {
		return ""
	}
	st := lexicon.Stance()
	head := in.Text.String()
	done := func(t string) string {
		for from := 0; ; {
			k := strings.Index(t[from:], text)
			if k < 0 {
				return ""
			}
			at := from + k
			start := 0
			if j := strings.LastIndexAny(t[:at], sentenceStops); j >= 0 {
				_, w := utf8.DecodeRuneInString(t[j:])
				start = j + w
			}
			for i, w := range stanceWords(t[:at], start) {
				if st.Label(w, 0) == "achieved" && !learnedAt(t, i) {
					return headerReportedRule
				}
			}
			if datedBefore(in, t[start:at]) {
				return headerReportedRule
			}
			if formerLevel(t, start, at) {
				return formerLevelRule
			}
			if standingNow(head, t[start:at]) {
				return headerReportedRule // 目前全省共有…2836家 (targets_standingnow.go)
			}
			from = at + len(text)
		}
	}
	for _, it := range in.Env.Doc.Items {
		if r := done(it.Text().String()); r != "" {
			return r
		}
	}
	for _, p := range in.Env.Doc.Passages {
		if p.Role != headerRole {
			if r := done(p.Text.String()); r != "" {
				return r
			}
		}
	}
	return ""
}

// headerReportedRule names a headline's count the body tells done.
const headerReportedRule = "header-reported"
