package chrono

import (
	"strings"
	"unicode/utf8"
)

// lostMarksRule reads a day whose 年 and 月 the copy lost (a font's glyphs
// an extractor could not map: 登记时间在2023630日之前): the figures of a
// year, a month and a day run together and closed by the 日 that was
// kept. Only a year of four figures opens them, and the month and day
// after it must split one way only (630: 6-30, as 63 is no month; 112,
// 1-12 or 11-2, reads none), so a count of days (365日) is none.
type lostMarksRule struct{}

func (lostMarksRule) Name() string { return "lost-marks" }

func (lostMarksRule) Starts(r rune) bool { return r >= '0' && r <= '9' }

func (lostMarksRule) Match(s string, i int, ref Ref) (Expr, bool) {
	e := Expr{Rule: "lost-marks", Kind: Day, YearFrom: "text"}
	const day = "日"
	y, m, d, j, ok := readLostDay(s, i)
	if !ok || !hasPrefixAt(s, j, day) {
		return e, false
	}
	e.Value = isoDay(y, m, d)
	e.From, e.To = e.Value, e.Value
	e.End = readRangeEnd(s, j+len(day), y, m, d, &e) // 2023630日至7月2日, as 2023年6月30日至7月2日
	if k, ok := readDeadline(s, e.End); ok && e.EndValue == "" {
		e.End, e.Relation, e.From = k, Before, ""
	}
	return e, true
}

// readLostDay reads the figures of a day that lost its 年, 月 and 日, run
// together from byte i of s (2023630, 202459): a plausible year of four
// figures, then a month and a day that split one way only (monthAndDay),
// six to eight figures in all and none run on from a number before them.
// j is the byte after the figures, where what closes them (the 日 kept, a
// range's connector) is for the caller to read.
func readLostDay(s string, i int) (y, m, d, j int, ok bool) {
	_, j, ok = readDigits(s, i, 6, 8)
	if numberBefore(s, i) || !ok {
		return 0, 0, 0, i, false
	}
	y, _, _ = readDigits(s[:i+4], i, 4, 4)
	if !PlausibleYear(y) {
		return 0, 0, 0, i, false
	}
	m, d, ok = monthAndDay(s[i+4:j], y)
	return y, m, d, j, ok
}

// lostYearMarkRule reads a month or a day whose 年 alone the copy lost:
// four figures of a year run into the month, its 月 kept (新标准自20237月
// 开始执行; a grid's 20224月临时救助), and the day's figures and 日 after
// it where the copy printed a day (统计期限为20251月1日至202512月31日). The
// figures before 月 are a year and a month only where the year is
// plausible and what follows it is a month (20251: 2025 and 1; 202513
// reads none), so an amount before 月 (12000月薪: 1200 is no year; 20000月:
// no month 0) is none, nor are figures run on from a number. A month read
// alone keeps its own rule name, lost-year-month, in the record.
type lostYearMarkRule struct{}

func (lostYearMarkRule) Name() string { return "lost-year-mark" }

func (lostYearMarkRule) Starts(r rune) bool { return r >= '0' && r <= '9' }

func (lostYearMarkRule) Match(s string, i int, ref Ref) (Expr, bool) {
	e := Expr{Rule: "lost-year-month", Kind: Month, YearFrom: "text"}
	const month, day = "月", "日"
	_, j, ok := readDigits(s, i, 5, 6)
	if numberBefore(s, i) || !ok || !hasPrefixAt(s, j, month) {
		return e, false
	}
	y, _, _ := readDigits(s[:i+4], i, 4, 4)
	m, _, _ := readDigits(s[:j], i+4, 1, 2)
	if !PlausibleYear(y) || m < 1 || m > 12 {
		return e, false
	}
	k := j + len(month)
	if d, k, ok := readDigits(s, k, 1, 2); ok && hasPrefixAt(s, k, day) && ValidDay(y, m, d) {
		e.Rule, e.Kind = "lost-year-mark", Day
		e.Value = isoDay(y, m, d)
		e.From, e.To = e.Value, e.Value
		e.End = k + len(day)
		return e, true
	}
	e.Value = isoMonth(y, m)
	e.From, e.To = monthStart(y, m), monthEnd(y, m)
	e.End = k
	return e, true
}

// lostMonthMarkRule reads a day of the document's year whose 月 the copy
// lost (一是召开推进会。729日，…; 于531日前报送): three or four figures
// closed by the 日 that was kept, standing where a date stands: after a
// clause's end or a word that leads into a time (于, 自, 至 …), and
// before no word of a count of days (120日内, 30日以上). The figures must
// split into a month and a day one way only, as lost-marks asks.
type lostMonthMarkRule struct{}

func (lostMonthMarkRule) Name() string { return "lost-month-mark" }

func (lostMonthMarkRule) Starts(r rune) bool { return r >= '0' && r <= '9' }

func (lostMonthMarkRule) Match(s string, i int, ref Ref) (Expr, bool) {
	e := Expr{Rule: "lost-month-mark", Kind: Day}
	const day = "日"
	_, j, ok := readDigits(s, i, 3, 4)
	if numberBefore(s, i) || !ok || !hasPrefixAt(s, j, day) || !leadsToDay(s, i) || countsDays(s, j+len(day)) {
		return e, false
	}
	rest := s[i:j]
	m, d, ok := monthAndDay(rest, 2000) // a leap year: the day is checked again once the year is known
	if !ok {
		return e, false
	}
	e.End = j + len(day)
	k, deadline := readDeadline(s, e.End)
	y, from := resolveYear(m, ref, deadline)
	e.YearFrom, e.yearless, e.month = from, true, m
	if y > 0 && !ValidDay(y, m, d) {
		return e, false
	}
	if y > 0 {
		e.Value = isoDay(y, m, d)
		e.From, e.To = e.Value, e.Value
	}
	if deadline {
		e.End, e.Relation, e.From = k, Before, ""
	} else {
		// 516日至17日: the range's end is read as after a whole day
		// (5月16日至17日), taking the start's month.
		e.End = readRangeEnd(s, e.End, y, m, d, &e)
	}
	return e, true
}

// leadsToDay reports whether what stands before byte i of s is where a
// date stands: the text's start, a mark that ends or parts a clause, or
// a word that leads into a time.
func leadsToDay(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return strings.ContainsRune("，。；：、,;:（(—－-～~ \n于在自至到从截", r)
}

// countsDays reports whether the words after a number of 日 at byte i of
// s make it a count of days: 内, 以内, 之内, 以上, 后, 左右.
func countsDays(s string, i int) bool {
	for _, w := range []string{"内", "以内", "之内", "以上", "以下", "后", "左右", "多", "余"} {
		if hasPrefixAt(s, i, w) {
			return true
		}
	}
	return false
}

// monthAndDay splits figures run together into a month and a day of year
// y, where they split one way only (630: 6-30, as 63 is no month; 112,
// 1-12 or 11-2, reads none). A day led by 0 is zero-padded, as its month
// then is (0105): 101 is 10-1, not 1-01.
func monthAndDay(rest string, y int) (m, d int, ok bool) {
	found := 0
	for k := 1; k <= 2 && k < len(rest); k++ {
		mm, _, _ := readDigits(rest[:k], 0, k, k)
		dd, _, _ := readDigits(rest, k, 1, 2)
		if len(rest)-k <= 2 && (rest[k] != '0' || k == 2) && ValidDay(y, mm, dd) {
			m, d = mm, dd
			found++
		}
	}
	return m, d, found == 1
}
