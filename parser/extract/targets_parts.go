package extract

import (
	"regexp"
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
)

// A document reports what was done in the parts that one of these opens
// above the number's line (stance.tsv):
//   - a heading on a line of its own, with no enumerator, that ends with a
//     report word (2021年工作回顾, 2021年工作总结): an unnumbered heading
//     outranks the numbered sections under it (一、民政领域党建全面加强), so
//     their plan words (完成, 新建) tell deeds;
//   - a lead that announces what follows as a report of decisions or
//     results (现将有关批复情况公告如下：, 现将检查结果通报如下：): a result or
//     report word (情况, 结果, 完成情况) before an announce word (公告如下,
//     公布如下, 通报如下), at the end of its line. The list under it
//     (批准…新增道路名称…等122个；) names what was decided, no goals;
//   - a title that joins a report and a plan (2021年民政工作总结和2022年工作
//     计划): the report comes first, up to the heading of the plan after
//     it (2022年工作计划, 二、2022年工作打算); where no such heading is
//     found, the title tells nothing of where its report stops.
//
// A heading line closes the part when it turns ahead (2022年工作计划, 二、
// 下步打算, 三、工作要求, 四、工作目标: a forward, future, aims or demand
// word), when it names a year after the report's (二、2022年重点工作), and,
// in a part an unnumbered heading opened, when it is another unnumbered
// heading, of the same rank. Source: the layout of the 工作总结和工作计划
// of city and county bureaus (2021年工作回顾 … 2022年工作计划, 一、2024年
// 工作总结 … 二、2025年工作打算) and of the 公告 and 通报 that make a
// decision or the results of a check known (《党政机关公文处理工作条例》:
// 公告 announces, 通报 reports; 现将…公告如下).

// partRange is a part of a document by its lines, 1-based, to exclusive.
type partRange struct{ from, to int }

// reviewedPart reports whether offset at of the text stands on a line in a
// part of the document that reports what was done (reportPartsOf).
func reviewedPart(in *Input, at int) bool {
	if in.Env == nil || in.Env.Doc == nil || in.Role == headerRole {
		return false
	}
	e := in.Env
	e.partsOnce.Do(func() { e.reportParts = reportPartsOf(e.Doc, e.Ref) })
	parts := e.reportParts
	line := in.Text.LineAt(at)
	k := sort.Search(len(parts), func(n int) bool { return parts[n].to > line })
	return k < len(parts) && parts[k].from <= line
}

// How a part was opened.
const (
	byNone = iota
	byTitle
	byHeading
	byLead
)

// reportPartsOf walks the lines of the document after its title and
// finds the parts that report (see above), in order.
func reportPartsOf(doc *layout.Document, ref chrono.Ref) []partRange {
	var out []partRange
	by, from, year := byNone, 0, 0
	// closeAt ends the open part before line to; turned says a heading
	// that turns ahead ends it. A title's report part is only known by
	// the plan's heading that ends it: with none, the title does not say
	// where its report stops (2022年工作总结及2023年工作计划 over one
	// paragraph), and nothing is read as its report.
	closeAt := func(to int, turned bool) {
		if by != byNone && to > from && (by != byTitle || turned) {
			out = append(out, partRange{from, to})
		}
		by = byNone
	}
	titleLast := 0
	if t := doc.Title; t != nil && t.Value != "" {
		titleLast = t.Text.Lines().Last
		if y, ok := mixedTitle(t.Value, ref); ok {
			by, from, year = byTitle, titleLast+1, y
		}
	}
	last := titleLast
	for n, l := range doc.Lines {
		if l.Num <= titleLast {
			continue
		}
		last = max(last, l.Num)
		if announces(l.Text) {
			closeAt(l.Num, false)
			by, from, year = byLead, l.Num+1, 0
			continue
		}
		body, numbered, ok := headingLine(l.Text)
		if !ok || !headingRole(l.Role) && !overHeading(doc.Lines, n) {
			continue
		}
		switch y := firstYear(body, ref); {
		case !numbered && stanceEnding(lexicon.Stance(), body, 0, len(body)) == "report":
			closeAt(l.Num, false)
			by, from, year = byHeading, l.Num+1, y
		case by == byNone:
		case turnsAhead(body), year > 0 && y > year:
			closeAt(l.Num, true)
		case !numbered && by == byHeading:
			closeAt(l.Num, false)
		}
	}
	closeAt(last+1, false)
	return out
}

// overHeading reports whether line n stands right over a heading: a line
// of words with no stop there (2025年工作计划 over 一、养老服务) heads the
// part the numbered headings under it open, whatever role it took; a
// paragraph's broken line runs on into its text.
func overHeading(lines []layout.Labelled, n int) bool {
	return n+1 < len(lines) && (lines[n+1].Role == cue.Heading || lines[n+1].Role == cue.Subheading)
}

// headingRole reports whether the layout read a line as one that heads
// text: a heading, a part's heading, a section's label, or a line of the
// head (an unnumbered 2021年工作回顾 over the first section stands where
// the head ends, and may read as a title). A line of running text the
// extraction broke is body, however short.
func headingRole(r cue.Role) bool {
	return r == cue.Heading || r == cue.Subheading || r == cue.Section || r == cue.Header || r == cue.Title
}

// headingLine reads a line as a heading: after its enumerator, if any,
// a short text with no punctuation but quotation marks and a colon at its
// end (三、工作要求：). It returns the heading's words and whether an
// enumerator numbered them.
func headingLine(line string) (body string, numbered, ok bool) {
	t := strings.TrimFunc(line, unicode.IsSpace)
	if enum, _, end := cue.Enumerator(t); enum != cue.NoEnum {
		t, numbered = strings.TrimFunc(t[end:], unicode.IsSpace), true
	}
	t = strings.TrimRight(t, "：:")
	if t == "" {
		return "", false, false
	}
	han := false
	for _, r := range t {
		if sentenceSet.has(r) || clauseSet.has(r) || unicode.IsPunct(r) && !quoteMark(r) {
			return "", false, false
		}
		han = han || unicode.Is(unicode.Han, r)
	}
	return t, numbered, han
}

// turnsAhead reports whether a heading turns to what is to come: a
// forward word (计划, 打算, 下一步), a plan word only a plan uses, an aims
// word (工作目标) or a demand word of more than one rune (工作要求, 工作部署;
// 要 alone is part of 主要 and 重要 in a heading).
func turnsAhead(heading string) bool {
	if forwardIn(heading) {
		return true
	}
	st := lexicon.Stance()
	for _, w := range stanceWords(heading, 0) {
		switch st.Label(w, 0) {
		case "aims":
			return true
		case "demand":
			if utf8.RuneCountInString(w) > 1 {
				return true
			}
		}
	}
	return false
}

// announces reports whether a line ends with a lead that announces what
// follows as a report of decisions or results: a result or report word
// right before an announce word (stance.tsv: 批复情况公告如下, 检查结果通报
// 如下, 完成情况报告如下), a colon after it or none.
func announces(line string) bool {
	t := strings.TrimRight(strings.TrimFunc(line, unicode.IsSpace), "：:")
	st := lexicon.Stance()
	w, ok := st.EndingAt(t, len(t))
	if !ok || st.Label(w, 0) != "announce" {
		return false
	}
	before, ok := st.EndingAt(t, len(t)-len(w))
	if !ok {
		return false
	}
	l := st.Label(before, 0)
	return l == "result" || l == "report"
}

// mixedTitle reports whether a title joins a report and a plan, the
// report first (2021年民政工作总结和2022年工作计划: a report word, then a
// forward word), and the year it names before the report word, or 0.
func mixedTitle(title string, ref chrono.Ref) (int, bool) {
	st := lexicon.Stance()
	report := -1
	for i, w := range stanceWords(title, 0) {
		switch l := st.Label(w, 0); {
		case l == "report" && report < 0:
			report = i
		case l == "forward" && report >= 0:
			return firstYear(title[:report], ref), true
		}
	}
	return 0, false
}

// firstYear is the first year s names (2021年), or 0.
func firstYear(s string, ref chrono.Ref) int {
	for i := 0; i < len(s); {
		if y, _, ok := chrono.YearAt(s, i, ref); ok {
			return y
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return 0
}

// A plan's steps (实施步骤) are stages, each a heading that prints its time
// in brackets after the stage's name (基础建设阶段(2021-2022年), （一）试点
// 阶段（2021年6月底前）), with the tasks of the stage under it. A task's
// target that names no time of its own is due when its stage ends: the
// last day of the bracket's time (GOLD.md, targets: the deadline the text
// gives). Source: the 实施步骤 of the 方案 of provincial and county
// bureaus (动员部署阶段, 全面推进阶段, 总结提升阶段, each with its years or
// months).

// stageHeading is a stage's heading line: the stage's name, closed by the
// stage word 阶段 and its time in brackets, which end the line or the
// label before a colon (第一阶段(2021年):试点先行). A line that runs on
// past the bracket is running text that names a stage, no heading.
var stageHeading = regexp.MustCompile(`阶段\s*[（(]([^（()）]+)[)）]\s*(?:[：:].*)?$`)

// yearSpan is a time of whole years: one year or a range of them, the
// first 年 left out or not (2021-2022年, 2021年—2022年, 2022年).
var yearSpan = regexp.MustCompile(`^(?:\d{4}年?\s*[-－—–~～至到]\s*)?(\d{4})年$`)

// stageDeadline is the last day of the time of the stage whose heading
// stands over offset at of the text, or "": the lines above the number's
// are read up to the first that is neither a sentence of running text
// (one with a stop in it: a task listed before under the same heading)
// nor debris with no Chinese character (the bullets a page's list leaves,
// -), and that line must be a stage's heading.
func stageDeadline(in *Input, at int) string {
	if in.Env == nil || in.Env.Doc == nil {
		return ""
	}
	lines := in.Env.Doc.Lines
	line := in.Text.LineAt(at)
	k := sort.Search(len(lines), func(n int) bool { return lines[n].Num >= line })
	for k--; k >= 0; k-- {
		t := strings.TrimFunc(lines[k].Text, unicode.IsSpace)
		if !strings.ContainsFunc(t, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			continue
		}
		if strings.ContainsAny(t, punct.SentenceEnds+"；;") {
			continue
		}
		return stageEnd(t, in.Ref())
	}
	return ""
}

// stageEnd reads a stage's heading line: the last day of its time, or "".
func stageEnd(t string, ref chrono.Ref) string {
	if strings.ContainsAny(t, "，,") {
		return "" // a clause of running text, no heading
	}
	m := stageHeading.FindStringSubmatch(t)
	if m == nil {
		return ""
	}
	span := strings.TrimSpace(m[1])
	if y := yearSpan.FindStringSubmatch(span); y != nil {
		return y[1] + "-12-31"
	}
	// A time of months or days (2021年3月-6月, 2021年6月底前): the time
	// the dates' reader finds covering the whole bracket.
	if es := chrono.Find(span, ref); len(es) == 1 && es[0].Start == 0 && es[0].End == len(span) && es[0].To != "" {
		return es[0].To
	}
	return ""
}

// futureMarks are the future's 将 as printed in simplified and
// traditional characters.
var futureMarks = []string{"将", "將"}

// futureBefore reports whether the future's 将 stands in s[from:i], before
// a plan word labelled ahead (stance.tsv: 增至) in its sentence.
func futureBefore(s string, from, i int) bool {
	for _, m := range futureMarks {
		if strings.Contains(s[from:i], m) {
			return true
		}
	}
	return false
}

// A plan's lead clause (力争到2025年，80%以上的县…开展…；…，60%以上的居家患者
// 接受…) names the time its plan is to be reached by with a word only a
// plan uses (stance.tsv: future) and nothing else: the clauses after it,
// to the sentence's full stop (the semicolons part the members of the
// plan, not the sentence), are what is to be reached then, a plan word
// in them or none.

// leadClause is a clause that only leads a plan: a future word, 到 and a
// year, its end (底) or not.
var leadClause = regexp.MustCompile(`^\s*(\p{Han}{2})到\s*(\d{4})\s*年底?\s*$`)

// ledBy is the year of the lead clause that governs the clause at
// clause, in the full sentence full, or 0: the nearest lead before it.
func ledBy(s string, full, clause byteRange) int {
	year := 0
	for i := full.Start; i < clause.Start; {
		j := i + strings.IndexFunc(s[i:clause.Start], func(r rune) bool { return clauseSet.has(r) || sentenceSet.has(r) })
		if j < i {
			break
		}
		if m := leadClause.FindStringSubmatch(s[i:j]); m != nil && lexicon.Stance().Label(m[1], 1) == "future" {
			year, _ = strconv.Atoi(m[2])
		}
		_, w := utf8.DecodeRuneInString(s[j:])
		i = j + w
	}
	return year
}

// A plan's section may set its time in a lead paragraph and list what is
// to be reached by then in dash bullets under it (到2020年，全面建成…体系。
// / ——…90%以上乡镇… / ——…床位…达到15800张以上): the bullets elaborate the
// lead, so a bullet's target that names no time of its own is due when
// the lead's time ends (GOLD.md, targets: the deadline the text gives).

// dashBullet opens a bullet line of a plan's list.
const dashBullet = "——"

// leadTime is a lead paragraph that opens with the time of its plan.
var leadTime = regexp.MustCompile(`^(\p{Han}{2})?到\s*(\d{4})\s*年底?\s*[，,]`)

// bulletLeadDeadline is the last day of the year that the lead paragraph
// over the dash bullet holding offset at names, or "": the lines above
// the number's are read past the other bullets of the list (and the lines
// a bullet wrapped onto, under a line with no stop at its end) up to the
// first line of another kind, which must be such a lead.
func bulletLeadDeadline(in *Input, at int) string {
	if in.Env == nil || in.Env.Doc == nil {
		return ""
	}
	lines := in.Env.Doc.Lines
	line := in.Text.LineAt(at)
	k := sort.Search(len(lines), func(n int) bool { return lines[n].Num >= line })
	if k >= len(lines) || lines[k].Num != line || !strings.HasPrefix(strings.TrimSpace(lines[k].Text), dashBullet) {
		return ""
	}
	text := func(n int) string { return strings.TrimFunc(lines[n].Text, unicode.IsSpace) }
	above := func(n int) int { // the nearest line above n with words on it, or -1
		for n--; n >= 0 && text(n) == ""; n-- {
		}
		return n
	}
	for n := above(k); n >= 0; n = above(n) {
		t := text(n)
		if strings.HasPrefix(t, dashBullet) {
			continue
		}
		if up := above(n); up >= 0 && strings.HasPrefix(text(up), dashBullet) && !strings.ContainsRune(punct.SentenceEnds+"；;，,", lastRune(text(up))) {
			continue // a bullet's line wrapped (…增加值在 / 服务业中的比重…)
		}
		if m := leadTime.FindStringSubmatch(t); m != nil && (m[1] == "" || lexicon.Stance().Label(m[1], 1) == "future") {
			return m[2] + "-12-31" // 到2020年， or 力争到2020年，
		}
		return ""
	}
	return ""
}

// A news paragraph may open with the year it tells of as a time adverbial
// of its own (今年，区民政局将继续…。在此基础上，计划新建9家…): the year sets
// the time of the whole paragraph, so a plan's target in a later sentence
// of it that names no time of its own is due at that year's end (GOLD.md,
// targets: the deadline the text gives), as it is in the adverbial's own
// sentence (yearTerm).

// paragraphLeadDeadline is the last day of the year that opens the line
// holding offset at as a time adverbial (a year word or 2021年 followed by
// its comma, or by its clause's subject and a predicate that turns ahead:
// subjectThenPlan), or the clause after a speech frame that opens it
// (framedLeadAt: 会议强调，2025年，), or "": no other year may be named between it and the
// number, and a year before the document's is a report's, no term. A
// year before the document's between them is the base of a measure
// (达到上年度低保标准的1.3倍, as stanceIn reads it), no time of its own.
func paragraphLeadDeadline(in *Input, s string, at int) string {
	if in.Env == nil {
		return ""
	}
	i := in.lineStart(s, at)
	i += len(s[i:at]) - len(strings.TrimLeftFunc(s[i:at], unicode.IsSpace))
	y, end, ok := chrono.YearAt(s, i, in.Ref())
	if !ok {
		if f := framedLeadAt(s, i, at); f >= 0 {
			y, end, ok = chrono.YearAt(s, f, in.Ref()) // 会议强调，2025年，…
		}
	}
	if !ok || end >= at || !strings.HasPrefix(s[end:], "，") && !strings.HasPrefix(s[end:], ",") && !subjectThenPlan(in, s, end) {
		return ""
	}
	if ref := in.Ref().Year; ref == 0 || y < ref {
		return ""
	}
	for j := end; j < at; {
		if y2, _, ok := chrono.YearAt(s, j, in.Ref()); ok && y2 >= in.Ref().Year {
			return "" // 今年，…；明年，…: a later year sets its own time
		}
		_, w := utf8.DecodeRuneInString(s[j:])
		j += w
	}
	return strconv.Itoa(y) + "-12-31"
}

// A rule that requires an act done within a span of time (墓主需在15日内
// 自行整改完毕, 须在2个工作日内办结) sets that span as the limit to keep:
// a requirement with a number, a target (GOLD.md, targets: 要在9月完成).

// limitPreposition opens a time limit before its span (在15日内).
const limitPreposition = "在"

// requiredWithin reports whether the number at r is a span of time that
// closes a limit a rule requires kept: 在 right before it, a postposition
// of the limit (cue_words.tsv, within: 内, 以内) right after its unit, the
// unit one of time (units.tsv, duration, or the day 日), and a word of
// demand (stance.tsv: 需, 须, 要, 必须) in its sentence (required) or right
// before 在, where the segmenter may join the two (需在). A span told of
// what was done (已在20个工作日内答复) is none.
func requiredWithin(s string, r byteRange, unit string, required bool) bool {
	if unit != dayUnit && lexicon.Units().Label(unit, 0) != "duration" {
		return false
	}
	before := strings.TrimRight(s[:r.Start], " ")
	if !strings.HasSuffix(before, limitPreposition) {
		return false
	}
	if !required && !demandEndingAt(s, len(before)-len(limitPreposition)) {
		return false
	}
	return closedWithin(s, r)
}

// demandEndingAt reports whether a word that requires what follows it
// ends at i (stance.tsv: 要 and 需 of demand and obligation, 必须 a plan's
// word only a plan uses).
func demandEndingAt(s string, i int) bool {
	st := lexicon.Stance()
	w, ok := st.EndingAt(s, i)
	if !ok {
		return false
	}
	switch st.Label(w, 0) {
	case "demand", "oblige":
		return true
	}
	return st.Label(w, 1) == "future"
}

// limitLabelled reports whether the number at r is the span a field
// labelled as a time limit gives (cue_words.tsv, limitlabel: 办理时限：20个
// 工作日, 承诺时限：8个工作日): the label, a colon, then the span, its unit
// one of time. A guide to a service (办事指南) prints the time an office is
// bound to act within so: a requirement with a number, a target (GOLD.md,
// targets), as a span a rule requires kept is (requiredWithin).
func limitLabelled(s string, r byteRange, unit string) bool {
	if unit != dayUnit && lexicon.Units().Label(unit, 0) != "duration" {
		return false
	}
	before := strings.TrimRight(s[:r.Start], " ")
	label, ok := strings.CutSuffix(before, "：")
	if !ok {
		label, ok = strings.CutSuffix(before, ":")
	}
	colon := ok
	if !ok {
		label = before // 办理时限60个工作日内: a line that lost its colon
	}
	label = strings.TrimRight(label, " ")
	w, ok := lexicon.CueWordList("limitlabel").EndingAt(label, len(label))
	if !ok || colon {
		return ok
	}
	// Without its colon the label is a field's where its words open their
	// line or clause (办理时限60个工作日内), or follow the value of the
	// field before them in a grid run together (联系电话0914-1234567办理时限…),
	// and do not average a figure measured (平均办理时限3个工作日: a result).
	run := len(label) - len(w) // the label's words: the Han run it ends
	for run > 0 {
		r, n := utf8.DecodeLastRuneInString(label[:run])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		run -= n
	}
	for _, avg := range lexicon.CueList("average") {
		if strings.Contains(label[run:], avg) {
			return false // 平均办理时限: a figure measured, no limit set
		}
	}
	head := strings.TrimRight(label[:run], " ")
	last, _ := utf8.DecodeLastRuneInString(head)
	return head == "" || !unicode.Is(unicode.Han, last) || strings.ContainsRune(clauseStops, last) || strings.ContainsRune(punct.SentenceEnds, last)
}

// countedWithin reports whether the number at r is a span of time counted
// from an event (cue_words.tsv, limitstart: 起 of 自受理申请起, 从收到之日起)
// and closed by a postposition of the limit (内, 以内): the time a rule
// gives an office to act in (自受理申请起5个工作日内，完成入户调查), as a
// 时限 field gives it (limitLabelled). Its unit is one of time.
func countedWithin(s string, r byteRange, unit string) bool {
	if unit != dayUnit && lexicon.Units().Label(unit, 0) != "duration" {
		return false
	}
	before := strings.TrimRight(s[:r.Start], " ")
	if _, ok := lexicon.CueWordList("limitstart").EndingAt(before, len(before)); !ok {
		return false
	}
	return closedWithin(s, r)
}

// closedWithin reports whether the number at r is closed by a
// postposition of a limit (cue_words within: 内, 以内), in its own text
// (5日内) or right after it.
func closedWithin(s string, r byteRange) bool {
	after := strings.TrimLeft(s[r.End:], " ")
	for _, w := range lexicon.CueList("within") {
		if strings.HasSuffix(s[r.Start:r.End], w) || strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}
