package extract

import (
	"bulletin/parser/punct"
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/numeral"
	"bulletin/parser/segment"
	"bulletin/parser/span"
	"bulletin/schema"
)

// Quantities finds amounts: Arabic numbers (decimals, thousands
// separators), Chinese numerals (四千四百一十六, 十余, 百余), 万 and 亿 folded
// into the value, percentages (12.73%, 百分之四十), ranges (2-12元), the unit
// or measure word written after the number, qualifiers (余 近 超过 以上 不低于
// …) as a bound, and the subject the quantity counts where the sentence
// names it. Dates, years, ordinals (第N), document and phone numbers,
// e-mails, list markers and slogans (“3+3+3+N”, 五位一体) are not amounts.
type Quantities struct{}

func (Quantities) Name() string          { return "quantities" }
func (Quantities) Requires() []Extractor { return []Extractor{Dates{}} }

// QuantitiesFound is where the quantities stand: Quantities[k] is the
// text out.Quantities[k] was read from.
// Cells says they stand in a table's cells, no quantities of the text:
// none was written out.
type QuantitiesFound struct {
	Quantities ranges
	Cells      bool
}

// tableRole is the role of a passage that is a table (a grid of cells).
const tableRole = "table"

// docNumberTail is the year and serial of a 发文字号 after its issuer's code
// (〔2021〕54号, GB/T 9704-2012 7.2.4).
const docNumberTail = `[〔\[［(（【](?:19|20)\d{2}[〕\]］)）】]\d+号`

// docNumberAt matches a 发文字号's year and serial at the start of a text.
var docNumberAt = regexp.MustCompile(`^` + docNumberTail)

var (
	arabicRe  = regexp.MustCompile(`\d+(?:,\d{3})*(?:\.\d+)?`)
	percentRe = regexp.MustCompile(`百分之([零〇一二两三四五六七八九十百点]+)`)
	// Things that hold digits but are not amounts, each with what the text
	// must hold for it to be looked for at all, and searched only around
	// its cue.
	notAmounts = []struct {
		cue  func(textCues) bool
		expr cuedExpr
	}{
		// A phone number's digits followed by a unit are an amount
		// (5043474元): see unitAfter.
		{func(c textCues) bool { return c.closeBracket && c.digits >= 4 }, docNumbers},
		{func(c textCues) bool { return c.at }, emailAddresses},
		{func(c textCues) bool { return c.slash }, webAddresses},
		{func(c textCues) bool { return c.digits >= 7 }, phoneShapes},
		{func(c textCues) bool { return c.clock }, clockTimes},
	}
	// docNumbers are the year and number of a document (发文字号
	// 〔2021〕54号), each around the 号 after its digits.
	docNumbers = cuedExpr{
		regexp.MustCompile(docNumberTail),
		wordCues(digitBefore, "号"), isDocNumberRune,
	}
	// webAddresses run over the printable ASCII an address is written in,
	// each around its :// or www.: Chinese text right after one (…gov.cn/)
	// 填报，每个单位限报3人) is no part of it.
	webAddresses = cuedExpr{
		regexp.MustCompile(`https?://[!-~]+|www\.[!-~]+`),
		wordCues(nil, "://", "www."), isURLRune,
	}
	// phoneShapes are digits written as a phone number, each around its
	// seven digits or more in a row.
	phoneShapes = cuedExpr{
		regexp.MustCompile(`(?:0\d{2,3}[-－—]?)?\d{7,8}(?:[-转]\d{1,5})?|1[3-9]\d{9}`),
		digitRunCues(7), isPhoneRune,
	}
	// clockTimes are times of day, each around its colon between digits.
	clockTimes = cuedExpr{
		regexp.MustCompile(`\d{1,2}[:：]\d{2}(?:[:：]\d{2})?`),
		wordCues(betweenDigits, ":", "："), isClockRune,
	}
)

// amount is a number found in the text, before it is typed.
type amount struct {
	start, end int // the whole quantity, qualifiers included
	numEnd     int // where the number (with its multiplier) ends
	tailStart  int // where the lower places of a compound amount start (1万2千: the 2), or 0
	unitEnd    int // where the unit ends
	value      float64
	to         *float64
	unit       string
	qualifier  string
	bound      string
	chinese    bool
	// toStart and toEnd are where the upper end of a range stands (its
	// digits and multiplier: the 12 of 2-12元), with to its value.
	toStart, toEnd int
	rangeEnd       bool // the amount is a range's upper end
}

func (Quantities) Extract(in *Input, out *schema.Entities) any {
	s := in.Text.String()
	cues := in.cues()
	dates := resultOf[DatesFound](in, Dates{}).Dates
	// Numbers that are no amounts: dates, codes, phones, clock times.
	stops := append(ranges(nil), dates...)
	for _, na := range notAmounts {
		if !na.cue(cues) {
			continue
		}
		for _, loc := range na.expr.findAll(s) {
			end := loc[1]
			if e, ok := decimalEnd(s, loc[0], loc[1]); ok {
				end = e
			}
			if unitAfter(s, end) && !(lineEndsAt(in.Text, end) && wordOverUnit(in, end)) {
				continue
			}
			if fundSum(s, loc[0], end) {
				continue // 合计资金1929430: money's figure, as a phone follows no noun of money
			}
			stops = append(stops, byteRange{loc[0], loc[1]})
		}
	}
	var amounts []amount
	stopIdx, dateIdx := index(stops), index(dates)
	tailEnd := -1 // the lower places of the last compound amount (1万2千) end here
	for _, loc := range numbersIn(s) {
		if loc[0] < tailEnd {
			continue // 1万2千余人: the 2 is a place of the amount read, no amount of its own
		}
		if cellAlone(in.Text, loc[0], loc[1]) {
			continue
		}
		if a, ok := readArabic(in, stopIdx, dateIdx, s, loc[0], loc[1]); ok {
			amounts = append(amounts, a)
			if a.tailStart > 0 {
				tailEnd = a.numEnd
			}
		}
	}
	var percents [][]int
	if strings.Contains(s, "百分之") {
		percents = percentRe.FindAllStringSubmatchIndex(s, -1)
	}
	for _, loc := range percents {
		if v, ok := numeral.Chinese(strings.ReplaceAll(s[loc[2]:loc[3]], "点", "")); ok && !dateIdx.overlap(loc[0], loc[1]) {
			amounts = append(amounts, amount{start: loc[0], end: loc[1], numEnd: loc[1], unitEnd: loc[1], value: v, unit: "%", chinese: true})
		}
	}
	// Runs of Chinese numerals never overlap each other: only those in
	// Arabic figures and percentages are to be kept clear of.
	figures := amountIndex(amounts)
	for _, loc := range chineseNumeralsIn(s) {
		if a, ok := readChinese(in, dateIdx, s, loc[0], loc[1]); ok && !figures.overlap(a.start, a.end) {
			amounts = append(amounts, a)
		}
	}
	amounts = withRangeEnds(amounts)
	sortAmounts(amounts)
	var r QuantitiesFound
	if in.Role == tableRole {
		// A table's cells hold no quantities of the text (GOLD.md,
		// quantities); where they stand is still kept, so that no other
		// extractor reads their figures as dates, phones or names.
		for _, a := range amounts {
			r.Quantities = append(r.Quantities, byteRange{a.start, a.end})
		}
		r.Cells = true
		return r
	}
	for _, a := range amounts {
		if headlineRepeat(in, a.start) {
			continue // the headline again, as a photo's caption
		}
		q := schema.Quantity{
			Value: a.value, To: a.to, Unit: a.unit, Qualifier: a.qualifier, Bound: a.bound,
			Subject: subject(in, a),
			Found:   found(in.Text, a.start, a.end, a.rule()),
		}
		r.Quantities = append(r.Quantities, byteRange{a.start, a.end})
		out.Quantities = append(out.Quantities, q)
	}
	return r
}

func (a amount) rule() string {
	switch {
	case a.chinese:
		return "quantities/chinese"
	case a.rangeEnd:
		return "quantities/range-end"
	}
	return "quantities/arabic"
}

// withRangeEnds adds to amounts the upper end of each range as an amount
// of its own (2-12元: 2 元 and 12 元), with the range's unit: a range
// writes two amounts with digits, as 分别提高了124元和117元 does, and a
// range of dates gives both its ends (GOLD.md, dates). The range's amount
// keeps both ends (value, to). An end read already as an amount of its
// own (2—4个: the 4 after a dash other than the hyphen) is not added twice.
func withRangeEnds(amounts []amount) []amount {
	starts := make(map[int]bool, len(amounts))
	for _, a := range amounts {
		starts[a.start] = true
	}
	for _, a := range amounts {
		if a.to == nil || a.chinese || starts[a.toStart] {
			continue
		}
		amounts = append(amounts, amount{
			start: a.toStart, end: a.unitEnd, numEnd: a.toEnd, unitEnd: a.unitEnd,
			value: *a.to, unit: a.unit, rangeEnd: true,
		})
	}
	return amounts
}

// readArabic reads the amount whose digits stand at [i, j), unless it is
// part of one of stops; dates are where the date reader found dates.
func readArabic(in *Input, stops, dates rangeIndex, s string, i, j int) (amount, bool) {
	a := amount{start: i}
	if stops.overlap(i, j) {
		return a, false
	}
	prev, w := utf8.DecodeLastRuneInString(s[:i])
	sign, minus := belowZero(s, i, j) // -25℃: quantities_belowzero.go
	if i > 0 && (isASCIIAlnum(prev) || strings.ContainsRune(".@_:+-/·", prev)) && !labelColon(s, i-w) && !afterUnitHyphen(s, i) && !minus && !dashAfterWords(s, i-w) {
		return a, false // inside a code, an address, a slogan or a range's end
	}
	if strings.HasSuffix(s[:i], "第") || ordinalListed(s, i) || ordinalListedMeasured(s, i, j) || strings.HasSuffix(s[:i], "附件") || strings.HasSuffix(s[:i], "附表") {
		return a, false // ordinals and attachment numbers
	}
	if counterBefore(s, i) {
		return a, false // 浏览:1901次, a page's visits
	}
	if next, _ := utf8.DecodeRuneInString(s[j:]); next == '+' || isASCIILetter(next) && !unitSymbolAt(s, j) {
		return a, false // “3+3+3+N”, codes
	}
	if listMarker(s, i, j) || inShortQuote(s, i) && !quotedMeasure(s, j) && !countedPercent(s, i, j) {
		return a, false
	}
	if leadingZero(s, i, j) {
		return a, false // 0412, an area code: a figure has no leading 0
	}
	v, ok := numeral.Arabic(withoutGroupSpaces(s[i:j]))
	if !ok {
		return a, false
	}
	a.value, a.numEnd = v, j
	k := j
	if strings.HasPrefix(s[k:], "%") || strings.HasPrefix(s[k:], "％") {
		a.unit, a.end = "%", k+1
		if strings.HasPrefix(s[k:], "％") {
			a.end = k + len("％")
		}
		a.unitEnd = a.end
		a.withQualifiers(s)
		return a, true
	}
	k = a.multiplier(s, i, j, k)
	k = a.compoundTail(s, j, k)
	k = a.innerQualifier(s, k)
	k = a.multiplier(s, i, j, k) // 140余万元: the multiplier after 余
	scaled := a.value != v
	if toStart, k2, ok := rangeEnd(s, k); ok {
		m := multiplierAt(s, k2)
		if t, ok := numeral.ArabicTimes(s[toStart:k2], m); ok {
			a.to, a.toStart, a.toEnd = &t, toStart, k2+len(m)
		}
		k = a.multiplier(s, i, j, k2) // 3-5万: the first number scaled too
	}
	unit, ok := unitAt(s, k)
	if !ok && (dayCount(in, s, i, k) || limitDay(s, i, k)) {
		unit, ok = dayUnit, true
	}
	if !ok {
		unit, ok = divisionCount(in, s, i, j, k)
	}
	if !ok {
		unit, ok = slashUnitAt(s, k) // 450/月: the sum's 元 left off (quantities_slash.go)
	}
	if ok && scaled && !measuredAs(s, i, k, unit) && !strings.HasPrefix(s[k+len(unit):], "之") {
		// 约达70万|分享到: a unit's character that measures nothing here
		// (分, a score, with no score's word) is no unit; 万 or 亿 still
		// makes the figure an amount, as with no word after it. A ratio
		// (1万分之3) is none.
		ok = false
	}
	if !ok && scaled {
		// 获赠660万物品: 万 or 亿 makes an amount of a figure with no
		// measure word after it.
		a.end, a.unitEnd = k, k
		a.withQualifiers(s)
		return a, true
	}
	if !ok && !scaled && (scoreBand(s, i, k) || sizeBand(s, i, k)) {
		// 得分在950以上: a band of scores with its 分 left off; 字数在3000
		// 以内, a count of characters with its 字 (quantities_sizeband.go).
		a.end, a.unitEnd = k, k
		a.withQualifiers(s)
		return a, true
	}
	if !ok && !scaled && a.to == nil && (summed(s, i, k) || fundSum(s, i, k) || statusCount(s, i, k)) {
		// 发放共计45775，…: a sum with no measure word, unit ""; 发放金额
		// 121230，…: a sum of money with its 元 left off (quantities_fundsum.go);
		// 现有孤儿22，…: a count of people with its 人 left off
		// (quantities_statuscount.go).
		a.end, a.unitEnd = k, k
		a.withQualifiers(s)
		return a, true
	}
	if !ok || !measuredAs(s, i, k, unit) {
		return a, false
	}
	if unit == "年" && (a.value >= 1000 || j-i == 4 || strings.HasPrefix(s[k+len(unit):], "代")) {
		return a, false // a year, a range of years, a decade (60年代)
	}
	if unit == "年" && lostYear(s, i, j) {
		return a, false // 0年: a year whose leading digits the copy lost
	}
	if unit == "年" && shortYear(in, s, i, j, k+len(unit)) {
		return a, false // 98年被评为, 05年完成扩建: the years 1998 and 2005
	}
	if unit == "年" && fiscalYearEnd(s, i, j, k+len(unit)) {
		return a, false // 2025至26年度: a fiscal year's second calendar year, written short
	}
	if unit == "年" && yearOfDate(s, dates, k+len(unit)) {
		return a, false // 2年1月27日: a date's year, cut short
	}
	if unit == tenthsUnit && a.value > tenthsWhole {
		return a, false // 2023成都: a year run into a place name, no tenths
	}
	if unit == discountUnit && !discountFigure(s[i:j]) {
		return a, false // 2023折: a year run into a word, no discount
	}
	if sessionOrdinal(s, i, unit, k+len(unit)) {
		return a, false
	}
	if periodicalIssue(s, i, unit) {
		return a, false // 某某报 2022年3期: the paper's issue, no count
	}
	if buildingFloor(s, i, unit) {
		return a, false // 某路26号某某大厦5层: the address's floor, no count
	}
	if counterAfter(s, k+len(unit)) {
		return a, false // | 1590 次浏览 |, a page's visits
	}
	if stampCounter(s, i, k+len(unit)) {
		return a, false // 2020-02-24 09:08:21  6712423次, a page's visits
	}
	if commentCounter(s, k+len(unit)) {
		return a, false // 评论 0人参与,0条评论: a comment box's counters
	}
	if effectStart(s, k) {
		return a, false // 202541起实行: a start's day, no cases (quantities_effectstart.go)
	}
	a.unit, a.end = unit, k+len(unit)
	a.unitEnd = a.end
	if minus {
		a.value, a.start = -a.value, i-sign
	}
	a.withQualifiers(s)
	return a, true
}

// scoreMeasure is the measure units.tsv and qualifiers.tsv label a
// score's points and the words that lead them with.
const scoreMeasure = "score"

// scoreBand reports whether the figure at i, with no unit at k, bounds a
// band of scores (得分在950以上, 总分在60分以下 written 总分在60以下): a
// word of the score leads it (qualifiers.tsv, lead with the measure
// score) and a bound printed after it (以上, 以下) closes it. The points'
// 分 is left off as the band's words already measure it; the figure is an
// amount with no unit, as printed. A figure after a score's word with no
// bound after it (得分在3个方面) is none.
func scoreBand(s string, i, k int) bool {
	return ledBand(s, i, k, scoreMeasure) // quantities_sizeband.go
}

// divisionCount is the unit of a count of administrative divisions
// written with no measure word, the figure right before the division's
// level word (对12县(市、区)开展, 覆盖11乡镇, 全省14市): the level words of
// the lexicon (levels.tsv: 省, 市, 县, 区, 乡, 镇, 街道, 村, 社区 …) that
// the segmenter cuts as one word at k, alone or run together when they
// name one level (乡镇, 县区: townships and towns, counties and
// districts). Levels of different ranks run together make a word of
// another sense (乡村 the countryside, 市区 a city's urban area). A level
// that opens a longer word is none (215省道, 12345市长热线, 10村民), nor is
// one before a body's name: it qualifies that name, the figure is no
// count of it (2021市民政局, 12县区民政局长), nor a year's figure before a
// noun (2023社区工作会议: a year before a meeting's name). A figure that
// is no year, [i, j), before a common noun counts the divisions the
// noun's things stand in (10县区乡村物资储备库: a depot in each).
func divisionCount(in *Input, s string, i, j, k int) (string, bool) {
	levels := lexicon.Levels()
	if _, ok := levels.At(s, k); !ok {
		return "", false // most figures: the words are not cut
	}
	ts := in.Words(k)
	n := tokenAt(ts, k)
	if n < 0 || !levelsOnly(ts[n].Word) {
		return "", false
	}
	if n+1 < len(ts) && ts[n+1].Start == ts[n].End && (nounTag(ts[n+1].Tag) && yearFigure(s[i:j]) || bodyWord(ts[n+1])) {
		return "", false
	}
	return ts[n].Word, true
}

// yearFigure reports whether the digits f could write a year: a year is
// written whole in four digits (GB/T 15835-2011 4.1.1: 2023, not 23), so
// a figure of another width run into a noun is no year.
func yearFigure(f string) bool {
	return len(f) == yearWidth && strings.Trim(f, "0123456789") == ""
}

// yearWidth is the count of digits of a year written in full.
const yearWidth = 4

// nounTag reports whether a segmenter's tag is a noun's: n and its kinds
// (nt, ns, nz …) or a verb used as a noun (vn: 工作 of 社区工作会议).
func nounTag(tag string) bool { return strings.HasPrefix(tag, "n") || tag == "vn" }

// levelsOnly reports whether w is one or more level words of the lexicon
// run together, all of one level (县, 社区, 乡镇, 县区).
func levelsOnly(w string) bool {
	levels := lexicon.Levels()
	rank := ""
	for i := 0; i < len(w); {
		l, ok := levels.At(w, i)
		if !ok || rank != "" && levels.Label(l, 0) != rank {
			return false
		}
		rank = levels.Label(l, 0)
		i += len(l)
	}
	return w != ""
}

// bodyWord reports whether the word t names a body or ends like one
// (民政局, 政府): the segmenter's organisation tag, or an agency ending of
// the lexicon closing it.
func bodyWord(t segment.Token) bool {
	if t.Tag == "nt" {
		return true
	}
	_, ok := lexicon.AgencySuffixes().Suffix(t.Word)
	return ok
}

// tenthsUnit is 成, tenths of a whole (八成以上, 8成: 80%): at most 十成,
// the whole, so tenthsWhole is the largest number it takes. A larger
// number before 成 is no share but a year or a figure run into a word that
// opens with 成 (2023成都, 参加2024成都养老博览会).
const (
	tenthsUnit  = "成"
	tenthsWhole = 10
)

// shortYear reports whether the two digits at [i, j), with 年 ending at
// end, are a year written short (98年 for 1998, 05年 for 2005), not a
// span of years: a short year stands where a date does, opening its
// clause, and the event follows it at once (99年被评为, 05年完成扩建).
// A span of years is bound by a word before it (连续10年, 近10年, 用10年)
// or after it (30年来, 10年内, 20年如一日: no event word of its own).
func shortYear(in *Input, s string, i, j, end int) bool {
	if j-i != 2 || !clauseOpens(s, i) {
		return false
	}
	ts := in.Words(end)
	k := tokenAt(ts, end)
	if k < 0 {
		return false
	}
	switch tok := ts[k]; {
	case tok.Word == "被":
		return true // the passive of an event (被评为, 被授予)
	case tok.Tag == "v" && utf8.RuneCountInString(tok.Word) > 1:
		return !termNounAfter(ts, k) // a verb of event (完成, 建成, 投入)
	}
	return false
}

// termNounAfter reports whether the verbs from token k on modify a noun
// of a span of time (cue_words.tsv, termnoun: 使用|周期, 开发|建设|期限):
// the figure before them counts that span's years (，20年使用周期).
func termNounAfter(ts []segment.Token, k int) bool {
	for k < len(ts) && (ts[k].Tag == "v" || ts[k].Tag == "vn") {
		k++
	}
	return k < len(ts) && lexicon.CueWordList("termnoun").Has(ts[k].Word)
}

// fiscalJoiners join the two calendar years of a fiscal year
// (2025至26年度, 2025/26年度, 2025-26年度).
var fiscalJoiners = []string{"至", "到", "/", "／", "-", "－", "–", "—"}

// fiscalYearEnd reports whether the two digits at [i, j), with 年 ending
// at end, close a fiscal year that spans two calendar years (2025至26年度,
// the year from April 2025 to March 2026, as Hong Kong and Macao budgets
// print it): a year of four digits and a joiner before them and 度 after
// 年 (年度, a year as a period). A year is no quantity (GOLD.md,
// quantities). Two digits and four are the forms the short and the full
// year are printed in, no bound of a page.
func fiscalYearEnd(s string, i, j, end int) bool {
	if j-i != 2 || !strings.HasPrefix(s[end:], "度") {
		return false
	}
	for _, w := range fiscalJoiners {
		before, ok := strings.CutSuffix(s[:i], w)
		if !ok || len(before) < 4 {
			continue
		}
		y := before[len(before)-4:]
		if strings.Trim(y, "0123456789") == "" && (len(before) == 4 || !isDigitByte(before[len(before)-5])) {
			return true
		}
	}
	return false
}

// clauseOpens reports whether a clause opens at i: the text's start, or
// punctuation or a space before it.
func clauseOpens(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsPunct(r) || unicode.IsSpace(r)
}

// dayUnit is 日 as a count of days. A figure before 日 is a day of the
// month (5月30日, read by dates) unless the words around it make it a
// span: 内, 以内 or 以上 after it (30日内, 5日以内: within N days; 公示7日以上:
// at least N days; a day of the month takes neither), or 日起
// before it (自公告之日起30日, 即日起15日: N days counted from a day), or a
// word that leads a span's length before it (共7日, 为期7日: qualifiers.tsv
// labels them duration).
// Durations keep their time unit (GOLD.md, Values), so these are N 日.
const dayUnit = "日"

// dayCount reports whether 日 at k after the figure at i counts days.
// 内 is the postposition only as a word of its own: 12日内蒙古…, 12日内部
// are a day of the month before 内蒙古 or 内部.
func dayCount(in *Input, s string, i, k int) bool {
	if !strings.HasPrefix(s[k:], dayUnit) {
		return false
	}
	before := strings.TrimRight(s[:i], " ")
	if strings.HasSuffix(before, "日起") {
		return true
	}
	if w, ok := lexicon.Qualifiers().EndingAt(before, len(before)); ok && lexicon.Qualifiers().Label(w, 2) == "duration" {
		return true
	}
	after := k + len(dayUnit)
	if strings.HasPrefix(s[after:], "以内") || strings.HasPrefix(s[after:], "以上") {
		return true // 5日以内, 公示7日以上: within, or at least, N days
	}
	if !strings.HasPrefix(s[after:], "内") {
		return false
	}
	ts := in.Words(after)
	if n := tokenAt(ts, after); n >= 0 && ts[n].Word != "内" {
		return false // 内蒙古, 内部, 内容: a word that opens with 内
	}
	return true
}

// counterAfter reports whether a page's counter word closes the text or
// its cell at e (1590 次浏览, 阅读 3000 次 is the other order, counterBefore):
// the count of the page's visits, no amount of its text. 100次阅读活动 goes
// on: a count of readings held.
func counterAfter(s string, e int) bool {
	w, ok := lexicon.CueWordList("counter").At(s, e)
	if !ok {
		return false
	}
	rest := strings.TrimLeft(s[e+len(w):], " ")
	return rest == "" || strings.HasPrefix(rest, "|") || strings.HasPrefix(rest, "\n")
}

// readChinese reads an amount written in Chinese numerals at [i, j): only
// with a unit after it, never an ordinal, a slogan or a lone 一.
func readChinese(in *Input, dates rangeIndex, s string, i, j int) (amount, bool) {
	a := amount{start: i, chinese: true}
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); r >= '0' && r <= '9' {
		return a, false // 2千个: the numeral scales the figure before it, no amount alone
	}
	if unitWordOver(s, i, j) {
		return a, false // 每千米, 平方千米: 千 opens the unit's name
	}
	if rateBase(s, i, j) {
		return a, false // 每百户不低于…: the base a rate is given per
	}
	if vagueAmount(in, s, i, j) {
		return a, false // 数十支, 几百名, 上千人: no amount is named
	}
	num, m := numeral.CutMultiplier(s[i:j])
	if digitByDigit(num) {
		return a, false // 一一五年, 三五人, 一两个: a year or a pair of guesses
	}
	mult := numeral.Multiplier(m)
	v, ok := numeral.Chinese(num)
	if !ok || v < 2 && m == "" && !strings.ContainsAny(num, "十百千拾佰仟") {
		// A lone 一 (一是, 统一) is no amount; 一万元 and 壹仟 are.
		return a, false
	}
	if v*mult == 0 && !strings.ContainsAny(num, "零〇") {
		// 亿万家庭, 千万: multipliers with no digit before them (or the
		// larger before the smaller) count nothing; they say "countless".
		return a, false
	}
	a.value, a.numEnd = v*mult, j
	k := a.innerQualifier(s, j)
	unit, ok := unitAt(s, k)
	if !ok || unit == "%" || !measuredAs(s, i, k, unit) {
		return a, false
	}
	after := k + len(unit)
	if r, w := utf8.DecodeRuneInString(s[after:]); numeral.IsChinese(r) && !numeral.StrayFinancial(s, after, after+w) {
		return a, false // 五位一体, 三天两检: a slogan, not an amount
	}
	// Looked at last: most runs (the 一 of 一是, 统一) fail the tests above.
	if dates.overlap(i, j) || strings.HasSuffix(s[:i], "第") || ordinalListed(s, i) || ordinalListedMeasured(s, i, j) || inShortQuote(s, i) {
		return a, false
	}
	if numeral.StrayFinancial(s, i, j) {
		return a, false // 下陆支部: 陆 of a name, not the financial 6
	}
	if sessionOrdinal(s, i, unit, after) {
		return a, false
	}
	if inFixedTerm(in, s, i, after) {
		return a, false // 市四套班子领导, 百年大计: a fixed term's number
	}
	if numeralGiven(s, i, after) {
		return a, false // 会长曾三元,: the given name of the holder of a title
	}
	a.unit, a.end, a.unitEnd = unit, after, after
	a.withQualifiers(s)
	return a, true
}

// rateBase reports whether the Chinese numeral at [i, j) is the base a
// rate is given per: an order of magnitude alone (百, 千, 万, 十万) right
// after 每 (每百户, 每千人, 每十万人口: per hundred households, per thousand
// people), the denominator of a standard, no amount of anything. 十 alone
// is left out: 每十天 is an interval, a span of days, as 每3天 is.
func rateBase(s string, i, j int) bool {
	if !strings.HasSuffix(s[:i], "每") || strings.HasPrefix(s[i:j], "十") && !strings.HasPrefix(s[i:j], "十万") {
		return false
	}
	for _, r := range s[i:j] {
		if !strings.ContainsRune("十百千万亿", r) {
			return false
		}
	}
	return true
}

// measuredAs reports whether the number at i may take the unit at k: a
// unit read only with a word of its measure around it (units.tsv's third
// column names the measure) takes it only there: before the number, a
// qualifier labelled before with that measure (qualifiers.tsv's fourth
// column: 零下4度, a temperature; 2022度 for 2022年度 is none), or a word
// labelled lead with it, which stays out of the quantity's text (满分为1000分,
// a score; 8时30分 is none), or right
// after the unit, a word labelled next with it (6.2级地震, the magnitude
// of an earthquake; 3级台阶, 一级响应 are none). Every other unit may.
func measuredAs(s string, i, k int, unit string) bool {
	m := lexicon.Units().Label(unit, 1)
	if m == "" || m == "end" {
		return true
	}
	if m == scoreMeasure && scoredByVerb(s, i, k+len(unit)) {
		return true // 普通信息计2分: the points a rule gives
	}
	if m == pointsMeasure && noPoints(s, i) {
		return false // 下午3点要求…: the clock's hour (quantities_points.go)
	}
	q := lexicon.Qualifiers()
	if w, ok := q.EndingAt(s, i); ok && (q.Label(w, 0) == "before" || q.Label(w, 0) == "lead") && q.Label(w, 2) == m {
		return true
	}
	w, ok := q.At(s, k+len(unit))
	return ok && q.Label(w, 0) == "next" && q.Label(w, 2) == m
}

// inFixedTerm reports whether the Chinese numeral and measure word at
// [i, end) stand inside a fixed term: a numbered formulation or an idiom
// of the lexicon (cue_words.tsv, numberterm: 四套班子, 百年大计), or a word
// the segmenter tags as an idiom or a set phrase (i, l) and that runs past
// them. Such a number names a doctrine, a body of leaders or a figure of
// speech, no amount; a number that stands as an amount (五年前, 四个窗口)
// is in no such term.
func inFixedTerm(in *Input, s string, i, end int) bool {
	terms := lexicon.CueWordList("numberterm")
	for p := i; p >= 0 && i-p < terms.Longest(); {
		if w, ok := terms.At(s, p); ok && p+len(w) >= end {
			return true
		}
		if p == 0 {
			break
		}
		_, size := utf8.DecodeLastRuneInString(s[:p])
		p -= size
	}
	for _, t := range in.Words(i) {
		if t.Start <= i && t.End >= end && t.End-t.Start > end-i {
			return t.Tag == "i" || t.Tag == "l"
		}
	}
	return false
}

// unitWordOver reports whether a unit of the lexicon starts at i and runs
// past the numerals [i, j): the numeral is the first character of the
// unit's name (千米, 千克: kilometre, kilogram), not a number before a
// unit (五千米 is five thousand 米).
func unitWordOver(s string, i, j int) bool {
	u, ok := lexicon.Units().At(s, i)
	return ok && i+len(u) > j
}

// sessionOrdinal reports whether the number at i with the unit 次 ending
// at end numbers a session of a congress or committee, not a count: a
// session is named by its term and its place in the term with 第 left out
// (九届四次全会, 十三届三次会议: the 4th session of the 9th term), and a
// 全会 (plenary session) is always named by its number (四次全会). Quantities
// are amounts; an ordinal is none, as 第N is none. 召开3次会议 counts.
func sessionOrdinal(s string, i int, unit string, end int) bool {
	if unit != "次" {
		return false
	}
	if strings.HasPrefix(s[end:], "全会") {
		return true
	}
	t, ok := strings.CutSuffix(s[:i], "届")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return r >= '0' && r <= '9' || numeral.IsChinese(r)
}

// ordinalListed reports whether the number at i goes on a list of
// ordinals that one 第 opens (第一、二章, 第3、4条): the 第 counts each.
func ordinalListed(s string, i int) bool { return ordinalListedBy(s, i, "、") }

// ordinalListedBy reports whether the number at i goes on a list of
// ordinals that one 第 opens, its members parted by sep (、, or the
// measure and 、 where each keeps its word: 第55次、56次).
func ordinalListedBy(s string, i int, sep string) bool {
	for k := i; strings.HasSuffix(s[:k], sep); {
		k -= len(sep)
		j := k
		for j > 0 {
			r, w := utf8.DecodeLastRuneInString(s[:j])
			if !(r >= '0' && r <= '9') && !numeral.IsChinese(r) {
				break
			}
			j -= w
		}
		if j == k {
			return false
		}
		if strings.HasSuffix(s[:j], "第") {
			return true
		}
		k = j
	}
	return false
}

// issueUnit is the measure a periodical's issue is numbered with.
const issueUnit = "期"

// periodicalIssue reports whether the number at i with the unit 期 numbers
// an issue of a periodical: a journal or paper is cited by its year and
// the issue in it, the year in four digits right before the number with
// nothing between (《某某》2022年3期, the 3rd issue of 2022; 第 is often
// left out, as in 2022年第3期, which the ordinal check skips). An issue is
// an ordinal, no amount. A count of sessions (2022年举办3期培训班) has its
// verb between the year and the number.
func periodicalIssue(s string, i int, unit string) bool {
	if unit != issueUnit {
		return false
	}
	t, ok := strings.CutSuffix(strings.TrimRight(s[:i], " "), "年")
	if !ok {
		return false
	}
	t = strings.TrimRight(t, " ")
	if len(t) < 4 {
		return false
	}
	for _, c := range []byte(t[len(t)-4:]) {
		if !isDigit(c) {
			return false
		}
	}
	if len(t) > 4 && isDigit(t[len(t)-5]) {
		return false
	}
	// The periodical's name before the year (中学生报 2022年3期, 《某某》
	// 2022年第3期): an outlet's ending (cue words, outletend). A count of
	// sessions a year (培训班，2022年3期，2023年5期) has none.
	name := strings.TrimRight(t[:len(t)-4], " ")
	_, ok = lexicon.CueWordList("outletend").EndingAt(name, len(name))
	return ok
}

// multiplier folds the 万, 亿 or 千万 at k into the value read from the
// digits at [i, j), in decimal (104.04万 is 1040400 exactly), and returns
// where the multiplier ends. A value already folded is left alone, so that
// 3万-5万 is not scaled twice; the multiplier is still passed over. A
// figure grouped by threes with spaces (3 443万元, GB/T 15835-2011 5.1.3)
// is scaled as the figure it writes, the spaces taken out as the value
// read without a multiplier takes them.
func (a *amount) multiplier(s string, i, j, k int) int {
	m := multiplierAt(s, k)
	if m == "" {
		return k
	}
	if a.numEnd == j {
		if v, ok := numeral.ArabicTimes(withoutGroupSpaces(s[i:j]), m); ok {
			a.value = v
		}
		a.numEnd = k + len(m)
	}
	return k + len(m)
}

// compoundTail reads the lower places written after a figure scaled by 万
// or 亿 (1万2千余人 is 12000 余人, 3万5千元 35000 元, 1万5百人 10500 人): a
// compound amount spells each place with its own multiplier, largest
// first, as a Chinese numeral does (一万二千), so digits right after the
// multiplier with a smaller multiplier after them add to the value. It
// returns where the compound ends; digits with no smaller multiplier
// after them (1万2, a colloquial 12000, or 1万 2021年) are left alone.
func (a *amount) compoundTail(s string, j, k int) int {
	big := numeral.Exponent(s[j:k]) // the multiplier the digits at [i, j) took
	for a.numEnd == k && big > 0 {
		e := k
		for e < len(s) && isDigit(s[e]) {
			e++
		}
		if e == k {
			return k
		}
		m := multiplierAt(s, e)
		if m == "" || numeral.Exponent(m) >= big {
			return k
		}
		v, ok := numeral.ArabicTimes(s[k:e], m)
		if !ok {
			return k
		}
		if a.tailStart == 0 {
			a.tailStart = k
		}
		a.value += v
		a.numEnd = e + len(m)
		k, big = a.numEnd, numeral.Exponent(m)
	}
	return k
}

// multiplierAt is the multiplier that starts at byte k after a figure:
// 万, 亿 and their compounds (numeral.MultiplierAt), or a numeral of the
// places below them, 千 or 百, which scales digits as 万 does (2千个 is
// 2000 个, 3百余人 300 余人; numeral.Exponent gives each its power of
// ten). A unit of the lexicon that opens with it is the unit, no
// multiplier (5千米, 3千克).
func multiplierAt(s string, k int) string {
	if m := numeral.MultiplierAt(s, k); m != "" {
		return m
	}
	r, w := utf8.DecodeRuneInString(s[k:])
	if w == 0 || !numeral.IsChinese(r) || numeral.Exponent(string(r)) == 0 {
		return ""
	}
	if _, unit := lexicon.Units().At(s, k); unit {
		return ""
	}
	return s[k : k+w]
}

// innerQualifier reads the qualifier that stands between the number and
// its unit or multiplier (200余人, 140余万元): a qualifier labelled inner.
func (a *amount) innerQualifier(s string, k int) int {
	q := lexicon.Qualifiers()
	w, ok := q.At(s, k)
	if !ok || q.Label(w, 0) != "inner" {
		return k
	}
	if _, unit := unitAt(s, k+len(w)); unit || multiplierAt(s, k+len(w)) != "" {
		a.qualifier, a.bound = w, q.Label(w, 1)
		return k + len(w)
	}
	return k
}

// withQualifiers reads a qualifier before the number (不低于, 近, 约) and
// after the unit (以上, 左右).
func (a *amount) withQualifiers(s string) {
	q := lexicon.Qualifiers()
	if w, ok := q.EndingAt(s, a.start); ok && q.Label(w, 0) == "before" {
		a.start -= len(w)
		a.qualifier, a.bound = join(w, a.qualifier), q.Label(w, 1)
	}
	if w, ok := q.At(s, a.end); ok && q.Label(w, 0) == "after" {
		a.end += len(w)
		a.qualifier = join(a.qualifier, w)
		if a.bound == "" {
			a.bound = q.Label(w, 1)
		}
	}
}

func join(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "…" + b
}

// afterUnitHyphen reports whether the digits at i follow a hyphen, once
// or doubled, that follows an amount's unit (80岁-89岁, 3万元--5万元,
// 10%-20%): the hyphen joins two amounts that each carry their unit, as
// the other dashes do (80岁—89岁), so the upper end is an amount of its
// own. After a letter or a digit (A1-2, 9704-2012) the hyphen is a code's.
func afterUnitHyphen(s string, i int) bool {
	j := strings.TrimSuffix(strings.TrimSuffix(s[:i], "-"), "-")
	if len(j) == i {
		return false
	}
	u, ok := lexicon.Units().EndingAt(j, len(j))
	if !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(j[:len(j)-len(u)])
	return r >= '0' && r <= '9' || numeral.IsChinese(r)
}

// dashAfterWords reports whether the hyphen at k parts a cited title's
// words from the figure after it (《…的通知-80周岁以上…资金》): inside 《》,
// Chinese words before it, no code's letter or figure. A title has no
// figure below zero; in running text a sign before a count (减少-3人) is
// none officialese prints (quantities_belowzero.go).
func dashAfterWords(s string, k int) bool {
	if !strings.HasPrefix(s[k:], "-") || strings.LastIndex(s[:k], "《") <= strings.LastIndex(s[:k], "》") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:k])
	return unicode.Is(unicode.Han, r) && !numeral.IsChinese(r)
}

// rangeEnd finds the digits [start, end) that end a range after a number:
// -12, --12, 至12, ～12.
func rangeEnd(s string, k int) (start, end int, ok bool) {
	c := punct.RangeJoinAt(s, k)
	if c == "" {
		return 0, k, false
	}
	loc := arabicRe.FindStringIndex(s[k+len(c):])
	if loc == nil || loc[0] != 0 {
		return 0, k, false
	}
	return k + len(c), k + len(c) + loc[1], true
}

// decimalEnd is where the decimal number ends whose whole part holds the
// digits at [i, j) that a phone's or a code's shape matched: the digits
// alone, in a run of digits that a decimal point and digits follow
// (1765706.6元, the exact yuan and jiao of an aid figure). A phone
// number, an ID number or a 统一社会信用代码 is printed with no decimal
// point, so such a number is an amount where a unit follows it. A whole
// part that is a mobile number's whole shape (eleven digits from 13 to
// 19) or as long as an ID number (fifteen digits or more) stays a phone
// or a code, whatever follows it.
func decimalEnd(s string, i, j int) (int, bool) {
	for i > 0 && isDigit(s[i-1]) {
		i--
	}
	for k := i; k < j; k++ {
		if !isDigit(s[k]) {
			return 0, false
		}
	}
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if n := j - i; n >= 15 || n == 11 && s[i] == '1' && s[i+1] >= '3' {
		return 0, false
	}
	if j+1 >= len(s) || s[j] != '.' || !isDigit(s[j+1]) {
		return 0, false
	}
	j++
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	return j, true
}

// unitAfter reports whether a unit or a multiplier follows at j: digits
// with a unit are an amount, whatever their shape.
func unitAfter(s string, j int) bool {
	if numeral.MultiplierAt(s, j) != "" {
		return true
	}
	u, ok := unitAt(s, j)
	return ok && u != "%"
}

// unitAt is the unit or measure word that starts at byte k of s, where it
// is one: a unit's character that opens a longer word is not (期间,
// "period", is no count of 期), nor a unit symbol that a letter or a digit
// goes on from (the m of 3min, the t of 2to).
func unitAt(s string, k int) (string, bool) {
	u, ok := lexicon.Units().At(s, k)
	if !ok {
		return sizedUnitAt(s, k)
	}
	end := k + len(u)
	for _, w := range notUnitWords {
		if strings.HasPrefix(w, u) && strings.HasPrefix(s[k:], w) {
			return "", false
		}
	}
	if t, ok := lexicon.Titles().At(s, k); ok && len(t) > len(u) && strings.HasPrefix(t, u) && lexicon.Titles().Has(t[len(u):]) {
		return "", false // 副|局长: the measure word (副, a pair) opens a deputy's title
	}
	if lexicon.Units().Label(u, 1) == "end" {
		if next, _ := utf8.DecodeRuneInString(s[end:]); end < len(s) && unicode.Is(unicode.Han, next) {
			return "", false // 3单位, 5单独: a word the measure word opens
		}
	}
	if r, _ := utf8.DecodeRuneInString(u); isASCIILetter(r) {
		if next, _ := utf8.DecodeRuneInString(s[end:]); isASCIIAlnum(next) {
			return "", false
		}
	}
	return u, true
}

// sizeWords rank the things a count sorts (30多大项100多小项: major and
// minor items; 8大类): printed between the number and its measure word,
// the size word is part of the measure word as written (GOLD.md,
// quantities: the unit as written after the number).
var sizeWords = []string{"大", "小"}

// sizedUnitAt is the measure word with a size word before it that starts
// at k (大项, 小项): a count's measure word of the lexicon right after 大 or
// 小. A unit of the lexicon that opens with the size word (小时) is read
// whole before this, by unitAt.
func sizedUnitAt(s string, k int) (string, bool) {
	for _, z := range sizeWords {
		if !strings.HasPrefix(s[k:], z) {
			continue
		}
		u, ok := unitAt(s, k+len(z))
		if ok && lexicon.Units().Label(u, 0) == "count" {
			return z + u, true
		}
	}
	return "", false
}

// lineEndsAt reports whether a source line ends at byte j of t, where
// the digits of a phone number, a code or a time end.
// cellAlone reports whether the figure at [i, j) stands on a line that
// holds no word, only figures, marks and spaces (25.00%, 3264 41.4% 55%):
// a table's cells an extractor scattered one per line or run together, as
// some PDF readers lay a table out, never a sentence of the text. Its
// amounts are the table's, read with it, not quantities of the text.
func cellAlone(t span.Text, i, j int) bool {
	s := t.String()
	line := t.LineAt(i)
	for k := i; k > 0; {
		r, w := utf8.DecodeLastRuneInString(s[:k])
		if t.LineAt(k-1) != line || t.HasBreakAt(k) {
			break
		}
		if unicode.IsLetter(r) {
			return false
		}
		k -= w
	}
	k := j
	for k < len(s) {
		if t.LineAt(k) != line || t.HasBreakAt(k) {
			break
		}
		r, w := utf8.DecodeRuneInString(s[k:])
		if unicode.IsLetter(r) {
			return false
		}
		k += w
	}
	// A line wrapped around its figure, the text running on into the next
	// line with the figure's unit or a mark (共有\n326\n个，…; 达到\n85%\n。),
	// is the text's.
	for k < len(s) && (s[k] == '\n' || s[k] == ' ') {
		k++ // the line's end, where the text keeps it
	}
	if _, unit := unitAt(s, k); unit {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	return k == len(s) || !strings.ContainsRune("，,。；;、：:）)", r)
}

func lineEndsAt(t span.Text, j int) bool {
	return j < t.Len() && (t.HasBreakAt(j) || t.LineAt(j) != t.LineAt(j-1))
}

// wordOverUnit reports whether the segmenter reads the unit that starts
// at k into a longer word (台安县, a county's name, after a phone number
// that ends its line): what opens the next line is then a word of its
// own, no unit of the digits before it, while a figure wrapped before its
// unit (救助5043474 / 元) leaves the unit a word alone.
func wordOverUnit(in *Input, k int) bool {
	u, ok := unitAt(in.Text.String(), k)
	if !ok {
		return false
	}
	ts := in.Words(k)
	n := tokenAt(ts, k)
	return n >= 0 && ts[n].End > k+len(u)
}

// leadingZero reports whether the figure at [i, j) opens with a 0 that a
// digit follows: an area code (0412) or a code's serial, for an amount
// is written without leading zeros (GB/T 15835-2011 4.1; 0.5 keeps the 0
// of its whole part).
func leadingZero(s string, i, j int) bool {
	return s[i] == '0' && i+1 < j && isDigit(s[i+1])
}

// notUnitWords are words that open with a measure word but are none: 期间
// ("period, during") after a number ends a span of time (5至10期间), it
// does not count issues or sessions (期). 部队 after a number is a
// military unit's designation (35551部队, the 番号 of a troop), no count
// of 部. 折合, 折算 (to convert), 折叠 (to fold) and 折旧 (depreciation)
// open with the discount's 折 and are none (quantities_discount.go).
// 元宵 and 元旦, the festivals, open with the 元 of money and are none: a
// figure before them is the day of a date (正月15元宵节, 1月1日元旦: the
// 15th of the first lunar month), no sum (《现代汉语词典》 元宵, 元旦).
var notUnitWords = []string{"期间", "部队", "折合", "折算", "折叠", "折旧", "元宵", "元旦"}

// unitSymbolAt reports whether a unit symbol in Latin letters (km, m2,
// kg, km/h: GB 3100) starts at byte k of s and ends there, with no letter
// or digit going on: 60m and 3.827km are amounts, 3M公司 and 5G are not.
func unitSymbolAt(s string, k int) bool {
	u, ok := unitAt(s, k)
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(u)
	return isASCIILetter(r)
}

// yearOfDate reports whether a date the date reader found, one that names
// its month and day, starts at e, right after a figure's 年: the figure
// is that date's year (2年1月27日, a 落款 date printed with its year cut
// short, as 20年1月27日 is), no span of years. A span of years is
// followed by months counted with 个 (2年3个月), which no date reads.
func yearOfDate(s string, dates rangeIndex, e int) bool {
	r, ok := dates.startingAt(e)
	if !ok {
		return false
	}
	d := s[r.Start:r.End]
	return strings.Contains(d, "月") && strings.ContainsAny(d, "日号")
}

// stampRe is a page's timestamp, its date in figures and its time of day
// (2020-02-24 09:08:21, 2020年02月24日 09:08).
var stampRe = regexp.MustCompile(`^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$`)

// stampMax is the most bytes a timestamp line holds before its counter:
// the stamp (2020年02月24日 09:08:21, 30 bytes) and the spaces after it.
const stampMax = 48

// stampCounter reports whether the amount from i to e stands on a line of
// a web page's info under its headline that holds only the page's
// timestamp and the amount, which ends the line: the count of the page's
// visits printed with no label (2020-02-24 09:08:21  6712423次), as the
// labelled 浏览次数:1901 is, no amount of the text.
func stampCounter(s string, i, e int) bool {
	if i == 0 || s[i-1] != ' ' && s[i-1] != '\t' {
		return false // no space between the stamp and the figure
	}
	// The stamp and the spaces after it are short: the line starts
	// within stampMax bytes of the figure, or it holds more.
	lo := max(0, i-stampMax)
	start := strings.LastIndexByte(s[lo:i], '\n') + 1 + lo
	if start == lo && lo > 0 {
		return false
	}
	if !stampRe.MatchString(strings.TrimSpace(s[start:i])) {
		return false
	}
	rest := s[e:]
	if n := strings.IndexByte(rest, '\n'); n >= 0 {
		rest = rest[:n]
	}
	return strings.TrimSpace(rest) == ""
}

// counterBefore reports whether the label of a page's visit counter and
// its colon stand before byte i (浏览次数：1901, 点击: 56).
func counterBefore(s string, i int) bool {
	t, ok := labelBefore(s, i)
	if !ok {
		return false
	}
	_, ok = lexicon.CueWordList("counter").EndingAt(t, len(t))
	return ok
}

// labelColon reports whether the ASCII colon at c follows a word, as a
// label's or a headline's colon does (武进:28个), not a digit (10:30).
func labelColon(s string, c int) bool {
	if s[c] != ':' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:c])
	return unicode.Is(unicode.Han, r)
}

// listMarker reports whether the number at [i, j) opens a list entry:
// 1、 1. （1） at the start of a clause.
func listMarker(s string, i, j int) bool {
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	listStart := i == 0 || strings.ContainsRune("\n。；;：:，,（( ", prev)
	// A list's number run into the year that opens its entry (；7.2022年
	// 年度检查工作报告): no decimal, a number and a year.
	if dot := strings.IndexByte(s[i:j], '.'); dot > 0 && listStart && strings.HasPrefix(s[j:], "年") {
		if y := s[i+dot+1 : j]; len(y) == 4 && (strings.HasPrefix(y, "19") || strings.HasPrefix(y, "20")) {
			return true
		}
	}
	next, _ := utf8.DecodeRuneInString(s[j:])
	if next != '、' && next != '.' && next != '．' && next != '）' && next != ')' {
		return false
	}
	if next == '.' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
		return false // a decimal
	}
	return listStart
}

// inShortQuote reports whether offset i lies inside a short quotation (a
// slogan such as “3+3+3+N” or “三天两检”).
func inShortQuote(s string, i int) bool {
	// The quote holds at most 10 runes, so both marks lie within 40 bytes
	// of i: look no further.
	lo, hi := max(0, i-40), min(len(s), i+40)
	open := strings.LastIndex(s[lo:i], "“")
	if open < 0 {
		return false
	}
	open += lo
	if strings.Contains(s[open:i], "”") {
		return false
	}
	end := strings.Index(s[i:hi], "”")
	return end >= 0 && utf8.RuneCountInString(s[open:i+end]) <= 10
}

// quotedMeasure reports whether the digits that end at j inside a short
// quotation have a unit or a measure word right after them (“15分钟生活圈”,
// “1小时服务圈”: the span a service circle is named by): a slogan's name
// written with an amount still prints the amount, where a bare figure
// (“12345”热线, “3+3+3+N”) or a percentage is a code or a formula's term.
// An inner qualifier and a multiplier may stand between the digits and
// the unit (“结余120余万元”), as they do outside a quotation.
func quotedMeasure(s string, j int) bool {
	q := lexicon.Qualifiers()
	if w, ok := q.At(s, j); ok && q.Label(w, 0) == "inner" {
		j += len(w)
	}
	j += len(multiplierAt(s, j))
	u, ok := unitAt(s, j)
	return ok && u != "%"
}

func isASCIIAlnum(r rune) bool  { return r < 0x80 && (r >= '0' && r <= '9' || isASCIILetter(r)) }
func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

func amountIndex(as []amount) rangeIndex {
	rs := make(ranges, len(as))
	for i, a := range as {
		rs[i] = byteRange{a.start, a.end}
	}
	return index(rs)
}

func sortAmounts(as []amount) {
	slices.SortStableFunc(as, func(a, b amount) int { return cmp.Compare(a.start, b.start) })
}

// textCues is what the expressions of things that are not amounts need a
// text to hold before they are run, read in one pass over its bytes: Han
// characters, most of a text, are stepped over whole.
type textCues struct {
	digits       int  // the longest run of ASCII digits
	at, slash    bool // @ (e-mail), / (web address)
	closeBracket bool // 〕 ] ］ 】, which close the year of a document number
	clock        bool // a colon between digits (9:30, 14：00), not a label's
}

func cuesOf(s string) textCues {
	var c textCues
	run := 0
	for i := 0; i < len(s); {
		b := s[i]
		switch {
		case span.HanLead(b):
			run = 0
			i += 3
			continue
		case b >= '0' && b <= '9':
			run++
			c.digits = max(c.digits, run)
			i++
			continue
		case b == ':':
			c.clock = c.clock || i > 0 && isDigitByte(s[i-1]) && i+1 < len(s) && isDigitByte(s[i+1])
		case b == '@':
			c.at = true
		case b == '/':
			c.slash = true
		case b == ']':
			c.closeBracket = true
		case strings.HasPrefix(s[i:], "〕") || strings.HasPrefix(s[i:], "】") || strings.HasPrefix(s[i:], "］"):
			c.closeBracket = true
		case strings.HasPrefix(s[i:], "："):
			c.clock = c.clock || i > 0 && isDigitByte(s[i-1]) && i+3 < len(s) && isDigitByte(s[i+3])
		}
		run = 0
		i++
	}
	return c
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// numbersIn finds the runs of digits in s, with thousands separators and a
// decimal part (4,416 and 12.73): what arabicRe matches, without the cost
// of a regular expression over a whole text.
func numbersIn(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		for j+3 < len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) && (j+4 == len(s) || !isDigit(s[j+4])) {
			j += 4
		}
		if j-i <= 3 && !spacedGroupBefore(s, i) {
			for w := groupSpace(s, j); w > 0 && threeDigits(s, j+w); w = groupSpace(s, j) {
				j += w + 3
			}
		}
		if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
			j++
			for j < len(s) && isDigit(s[j]) {
				j++
			}
		}
		out = append(out, [2]int{i, j})
		i = j - 1
	}
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// withoutGroupSpaces is the figure t with the spaces between its groups of
// three digits taken out (4 000 is 4000).
func withoutGroupSpaces(t string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u2009' || r == '\u202f' || r == '\u00a0' {
			return -1
		}
		return r
	}, t)
}

// groupSpace is the width of the space that separates two groups of
// three digits at k (4 000, 12 500 000), or 0: 《出版物上数字用法》
// (GB/T 15835-2011, 5.1.3) lets a long figure be grouped by threes with a
// quarter-em space in place of the comma, and print turns it into a
// thin space, a no-break space or a plain space.
func groupSpace(s string, k int) int {
	for _, sp := range []string{" ", "\u2009", "\u202f", "\u00a0"} {
		if strings.HasPrefix(s[k:], sp) {
			return len(sp)
		}
	}
	return 0
}

// threeDigits reports whether exactly three digits stand at k: a group of
// a spaced figure has three, no more (the bound is the group's width).
func threeDigits(s string, k int) bool {
	return k+3 <= len(s) && isDigit(s[k]) && isDigit(s[k+1]) && isDigit(s[k+2]) && (k+3 == len(s) || !isDigit(s[k+3]))
}

// spacedGroupBefore reports whether the digits at i follow a digit and a
// space: figures set apart by spaces (2019 100 200, a row of numbers),
// where the digits at i start no spaced figure of their own.
func spacedGroupBefore(s string, i int) bool {
	t := strings.TrimRight(s[:i], " \u2009\u202f\u00a0")
	return len(t) < i && len(t) > 0 && isDigit(t[len(t)-1])
}

// vagueAmount reports whether the Chinese numeral at [i, j) is written
// with a word that stands for its leading digit (cue_words.tsv, vaguedigit:
// 数十支, 几百名, 幾十對 — some tens, some hundreds) or with a word of
// reaching before a bare order of magnitude (vaguereach: 上百人, 上千名,
// 成百 — up to hundreds): such a numeral says "many", it names no amount,
// and read as one it gives the magnitude alone (10, 100), a wrong
// figure. Either word that closes a longer word (人数, 次数: the noun
// "number"; 会上, 以上) is no such word.
func vagueAmount(in *Input, s string, i, j int) bool {
	if w, ok := lexicon.CueWordList("vaguedigit").EndingAt(s, i); ok {
		return !closesWord(in, i-len(w))
	}
	w, ok := lexicon.CueWordList("vaguereach").EndingAt(s, i)
	if !ok || closesWord(in, i-len(w)) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:j])
	return numeral.Exponent(string(r)) >= 2
}

// closesWord reports whether the character at p closes a word the
// segmenter read from before it (人|数 of 人数, 会|上 of 会上).
func closesWord(in *Input, p int) bool {
	ts := in.Words(p)
	k := tokenOver(ts, p+1)
	return k < len(ts) && ts[k].Start < p
}

// digitByDigit reports whether the Chinese numeral num is written digit by
// digit, two digits or more with no 十, 百 or 千 (一一五, 二〇二五, 三五,
// 一两): Chinese writes a count with its places named (一百一十五), so such
// a run is a year (民国一一五年, the ROC calendar's way of writing years),
// a code, or two neighbouring digits that guess a count (三五人: three or
// five, 一两个: one or two) — never an amount.
func digitByDigit(num string) bool {
	n := 0
	for _, r := range num {
		if _, ok := numeral.Digit(r); !ok {
			return false
		}
		n++
	}
	return n >= 2
}

// chineseNumeralsIn finds the runs of Chinese numeral characters in s
// (四千四百一十六, 十余, 百), without a regular expression over the text.
func chineseNumeralsIn(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		if numeral.IsChinese(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// floorUnit is the measure word of a building's storeys, which numbers
// the floor after a building's name.
const floorUnit = "层"

// buildingFloor reports whether the number at i with the unit 层 is the
// floor of an address: a building's name ends right before it
// (cue_words.tsv, building: 某某大厦5层, 3号楼2层). A floor is a place's
// ordinal, no amount (GOLD.md, quantities: addresses are none); a count
// of storeys has its verb or measure before it (建成3栋5层的楼房).
func buildingFloor(s string, i int, unit string) bool {
	if unit != floorUnit {
		return false
	}
	before := strings.TrimRight(s[:i], " ")
	_, ok := lexicon.CueWordList("building").EndingAt(before, len(before))
	return ok
}
