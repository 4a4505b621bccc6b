package chrono

import (
	"strings"
	"sync"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// calendarRule reads dates written with 年, 月 and 日: 2025年6月3日,
// 5月30日, 11月26日上午, 1月份, 今年1月, 二〇二五年六月三日, their ranges
// (11月20日-12月3日, 1月18日至19日, 2022年1月12-14日, 1月至3月), parts of a
// month (5月上旬, 6月底) and deadlines (6月30日前, 6月底前).
type calendarRule struct{}

func (calendarRule) Name() string { return "calendar" }

func (calendarRule) Starts(r rune) bool {
	return isNumeralStart(r) || isRelativeYear(r) || r == '截' || r == '元' // 元月
}

// Parts of a month, with the days they are taken to cover.
var monthParts = []struct {
	word     string
	from, to int // to 0 means the last day of the month
}{
	{"上旬", 1, 10}, {"中旬", 11, 20}, {"下旬", 21, 0}, {"中下旬", 11, 0},
	{"初", 1, 10}, {"底", 21, 0}, {"末", 21, 0},
}

// partEnd is where a part of a month written at i ends (12月底前: the
// deadline mark after 底), or i where none is.
func partEnd(s string, i int) int {
	for _, p := range monthParts {
		if hasPrefixAt(s, i, p.word) {
			return i + len(p.word)
		}
	}
	return i
}

// namedPartAt reports whether a part of a month that only a month takes
// follows at i (四月下旬, 十月底): a month in Chinese numerals with no year
// is then a month, no count, as 4月上旬 is. 初 is left out: after a month
// in Chinese numerals it opens a lunar day (五月初五, 九月初九), a day of
// another calendar.
func namedPartAt(s string, i int) bool {
	for _, p := range monthParts {
		if p.word != "初" && hasPrefixAt(s, i, p.word) {
			return true
		}
	}
	return false
}

var relativeYears = []struct {
	word  string
	delta int
}{{"今年", 0}, {"本年", 0}, {"当年", 0}, {"去年", -1}, {"上年", -1}, {"明年", 1}}

// relativeYearAt reads a year named against ref at byte i (今年, 去年, 明年)
// and returns it and where its word ends.
func relativeYearAt(s string, i int, ref Ref) (int, int, bool) {
	const that = "当年"
	if hasPrefixAt(s, i, that) {
		if y := sentenceYearBefore(s, i); y > 0 {
			return y, i + len(that), true
		}
	}
	if ref.Year == 0 {
		return 0, i, false
	}
	for _, ry := range relativeYears {
		if hasPrefixAt(s, i, ry.word) {
			return ref.Year + ry.delta, i + len(ry.word), true
		}
	}
	return 0, i, false
}

// sentenceYearBefore is the year last written with 年 in the sentence
// before byte i, or 0: 当年 (that year) names the year the sentence has
// just given (只有2007年(当年8月19日)), and the text's own year only
// where the sentence gave none (上年12月1日至当年11月末).
func sentenceYearBefore(s string, i int) int {
	from := strings.LastIndexAny(s[:i], "。；;！？!?\n") + 1
	last := 0
	for k := from; k < i; k++ {
		if s[k] < '0' || s[k] > '9' {
			continue
		}
		// readYear reads no year inside a longer number.
		if y, j, ok := readYear(s, k); ok && PlausibleYear(y) && j <= i {
			last = y
		}
	}
	return last
}

func (calendarRule) Match(s string, i int, ref Ref) (Expr, bool) {
	e := Expr{Rule: "calendar"}
	if j, ok := readUntil(s, i); ok {
		i, e.Relation = j, Until
	}
	if precededByDigit(s, i) || hasSuffixBefore(s, i, "每") || hasSuffixBefore(s, i, "第") || everyYearBefore(s, i) || countedFromEveryYear(s, i) {
		return e, false
	}
	year, yearFrom := 0, ""
	if y, j, ok := readYear(s, i); ok && PlausibleYear(y) {
		year, yearFrom, i = y, "text", j
	} else {
		if y, j, ok := relativeYearAt(s, i, ref); ok {
			year, yearFrom, i = y, "reference", j
		}
	}
	if year > 0 {
		i = afterFiscalYear(s, i)
	}
	if r, ok := readSharedMonths(s, i, year, yearFrom, ref, e); ok {
		if year == 0 && clockAfter(s, r.End) {
			return e, false // a season of a timetable (7-8月 15:00-18:00)
		}
		return r, true
	}
	monthAt := i
	m, j, ok := readMonth(s, i)
	if !ok {
		return e, false
	}
	i = j
	cnMonth := s[monthAt] >= 0x80
	byMonth := false
	if hasPrefixAt(s, i, "份") {
		i += len("份")
		byMonth = true
	}
	d, d2 := 0, 0
	if !byMonth {
		if v, k, ok := readDay(s, i); ok {
			d, i = v, k
		} else if v, k, ok := readListedDay(s, i); ok {
			d, i = v, k // 4月1、2、5日: the first of the days listed
		} else if v, k, ok := readNumber(s, i, 2, 3); ok {
			// 12-14日: a range of days inside one month.
			if k2, ok := readConnector(s, k); ok {
				if v2, k3, ok := readDay(s, k2); ok && v2 > v {
					d, d2, i = v, v2, k3
				} else if v2, k3, ok := readListedDay(s, k2); ok && v2 > v {
					// 4月4-6、13、14日: the range's end shares the 日 of
					// the days listed after it.
					d, d2, i = v, v2, k3
				}
			}
		}
	}
	if d == 0 && !byMonth {
		// A month on its own: only where it cannot be a count (3月26 without
		// 日, 月度, 月薪) and, in Chinese numerals, only with its year or a
		// part of the month after it (四月下旬).
		if cnMonth && year == 0 && !namedPartAt(s, i) {
			return e, false
		}
		if next := runeAt(s, i); next >= '0' && next <= '9' || next == '度' || next == '薪' || next == '均' || next == '供' {
			return e, false
		}
	}
	if year == 0 {
		_, deadline := readDeadline(s, partEnd(s, i))
		year, yearFrom = resolveYear(m, ref, deadline)
		e.yearless = true
	}
	e.YearFrom = yearFrom
	if d > 0 {
		e.month = m
		if !ValidDay(year, m, d) {
			return e, false
		}
		e.Kind = Day
		if year > 0 {
			e.Value = isoDay(year, m, d)
			e.From, e.To = e.Value, e.Value
		}
		if d2 > 0 && ValidDay(year, m, d2) && year > 0 {
			e.EndValue = isoDay(year, m, d2)
			e.To = e.EndValue
		}
		i = skipTimeOfDay(s, i)
		if d2 == 0 {
			i = readRangeEnd(s, i, year, m, d, &e)
		}
	} else {
		e.Kind = Month
		if year > 0 {
			e.Value = isoMonth(year, m)
			e.From, e.To = monthStart(year, m), monthEnd(year, m)
		}
		matched := false
		for _, p := range monthParts {
			if hasPrefixAt(s, i, p.word) {
				i += len(p.word)
				if year > 0 {
					to := p.to
					if to == 0 {
						to = lastDay(year, m)
					}
					e.From, e.To = isoDay(year, m, p.from), isoDay(year, m, to)
				}
				e.Fuzzy, matched = true, true
				break
			}
		}
		if !matched {
			i = readMonthRangeEnd(s, i, year, m, &e)
		}
	}
	if k, ok := readDeadline(s, i); ok && e.Relation == At {
		i, e.Relation = k, Before
		e.From = ""
	}
	// A year printed makes the month one of the calendar (2024年7月
	// 15:00召开…), no season that recurs.
	if e.Kind == Month && e.yearless && clockAfter(s, i) {
		return e, false // a season of a timetable (7月 15:00-18:00)
	}
	e.End = i
	return e, true
}

// readRangeEnd reads the second half of a range of days (至19日, -12月3日,
// 至2023年1月5日) after a first day y-m-d.
func readRangeEnd(s string, i, y, m, d int, e *Expr) int {
	k, ok := readOpenedConnector(s, i)
	if !ok {
		return i
	}
	y2, m2 := y, m
	if v, k2, ok := readYear(s, k); ok && PlausibleYear(v) {
		y2, k = v, k2
	}
	if v, k2, ok := readMonth(s, k); ok {
		m2, k = v, k2
	} else if y2 != y {
		return i
	}
	d2, k2, ok := readDay(s, k)
	if !ok || !ValidDay(y2, m2, d2) {
		return i
	}
	if y2 == y && (m2 < m || m2 == m && d2 <= d) && y > 0 {
		// An end before the start that was given no year of its own runs
		// into the next year (12月28日至1月3日).
		y2++
	}
	if y2 > 0 {
		e.EndValue = isoDay(y2, m2, d2)
		e.To = e.EndValue
	}
	return skipTimeOfDay(s, k2)
}

// readSharedMonths reads a range of months that share one 月 (1-2月,
// 一至三月): a month expression from the first to the last.
func readSharedMonths(s string, i, year int, yearFrom string, ref Ref, e Expr) (Expr, bool) {
	m1, k, ok := readNumber(s, i, 2, 3)
	if !ok || m1 < 1 || m1 > 12 || hasPrefixAt(s, k, "月") {
		return e, false
	}
	k, ok = readConnector(s, k)
	if !ok {
		return e, false
	}
	m2, k, ok := readMonth(s, k)
	if !ok || m2 <= m1 {
		return e, false
	}
	if _, _, isDay := readDay(s, k); isDay {
		return e, false // 1-2月3日 is no range of months
	}
	if hasPrefixAt(s, k, "份") {
		k += len("份")
	}
	if year == 0 {
		_, deadline := readDeadline(s, k)
		year, yearFrom = resolveYear(m1, ref, deadline)
		e.yearless = true
	}
	e.Kind, e.YearFrom, e.End = Month, yearFrom, k
	if year > 0 {
		e.Value, e.EndValue = isoMonth(year, m1), isoMonth(year, m2)
		e.From, e.To = monthStart(year, m1), monthEnd(year, m2)
	}
	return e, true
}

// readMonthRangeEnd reads the second half of a range of months (1月至3月,
// 2025年10月-2026年3月).
func readMonthRangeEnd(s string, i, y, m int, e *Expr) int {
	k, ok := readOpenedConnector(s, i)
	if !ok {
		return i
	}
	y2 := y
	if v, k2, ok := readYear(s, k); ok && PlausibleYear(v) {
		y2, k = v, k2
	}
	m2, k2, ok := readMonth(s, k)
	if !ok {
		return i
	}
	if _, _, isDay := readDay(s, k2); isDay {
		return i
	}
	if y2 == y && m2 <= m {
		return i
	}
	if y2 > 0 {
		e.EndValue = isoMonth(y2, m2)
		e.To = monthEnd(y2, m2)
	}
	if hasPrefixAt(s, k2, "份") {
		k2 += len("份")
	}
	return k2
}

// afterFiscalYear steps over the 度 of a year written 2020年度 (本年度),
// "the year 2020" as statistics and plans name their year, and the spaces
// after it: a month that follows (2020年度 1月, 2023年度3月底) is that
// year's. Where no month follows, the rules of years read the 年度.
func afterFiscalYear(s string, i int) int {
	if !hasPrefixAt(s, i, "度") {
		return i
	}
	i += len("度")
	for {
		switch {
		case hasPrefixAt(s, i, " "):
			i++
		case hasPrefixAt(s, i, "\u3000"):
			i += len("\u3000")
		default:
			return i
		}
	}
}

// everyYearBefore reports whether 每年 (every year: cue list everyyear)
// stands right before i, white space between aside (于每年 11 月底前,
// 每年的5月20日): the month and day that follow fall in every year, no one
// date of the calendar; so do the days listed after such a day
// (每年的2月14日、5月20日).
func everyYearBefore(s string, i int) bool {
	t := strings.TrimRight(s[:i], " \t\u3000")
	for {
		t = strings.TrimSuffix(t, "的")
		if _, ok := everyYearWords().EndingAt(t, len(t)); ok {
			return true
		}
		sep := false
		for _, w := range listMarks() {
			if u, ok := strings.CutSuffix(t, w); ok {
				t, sep = u, true
				break
			}
		}
		day, ok := monthDayBefore(t)
		if !sep || !ok {
			return false
		}
		// The day listed before the separator: the list is every year's
		// where that day is.
		t = t[:day]
	}
}

// monthDayBefore is where the month and day that end s open (2月14日,
// 十二月三十一号), read backwards: a day's mark, its figures, 月, the
// month's figures.
func monthDayBefore(s string) (int, bool) {
	r, n := utf8.DecodeLastRuneInString(s)
	if r != '日' && r != '号' {
		return 0, false
	}
	s = s[:len(s)-n]
	k := figuresBefore(s)
	if k == len(s) || !strings.HasSuffix(s[:k], "月") {
		return 0, false
	}
	s = s[:k-len("月")]
	k = figuresBefore(s)
	return k, k < len(s)
}

// figuresBefore is where the run of figures (digits or Chinese numerals)
// that ends s opens.
func figuresBefore(s string) int {
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		if !isNumeralStart(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return len(s)
}

// listMarks are what parts a list of days: the pause mark, and the
// conjunctions (cue list conjunction: 和, 及, 与 …).
var listMarks = sync.OnceValue(func() []string { return append([]string{"、"}, lexicon.CueList("conjunction")...) })

func hasSuffixBefore(s string, i int, w string) bool {
	return i >= len(w) && s[i-len(w):i] == w
}

func runeAt(s string, i int) rune {
	if i >= len(s) {
		return 0
	}
	for _, r := range s[i:] {
		return r
	}
	return 0
}

// YearAt reads a year named alone at byte i of s, where a plan sets its
// term: a word relative to ref (今年, 明年) or a year written with 年 and no
// month after it (2018年). It returns the year and where its words end.
func YearAt(s string, i int, ref Ref) (year, end int, ok bool) {
	if year, end, ok := relativeYearAt(s, i, ref); ok {
		if _, _, month := readMonth(s, end); month || hasPrefixAt(s, end, "底") || hasPrefixAt(s, end, "度") && hasPrefixAt(s, end+len("度"), "底") {
			return 0, i, false // 今年6月, 今年底: a month or a period, read by their rules
		}
		return year, end, true
	}
	if precededByDigit(s, i) {
		return 0, i, false
	}
	y, j, ok := readYear(s, i)
	if !ok || !PlausibleYear(y) || isRangeDash(s, j) {
		return 0, i, false
	}
	if _, _, month := readMonth(s, afterFiscalYear(s, j)); month || hasPrefixAt(s, j, "底") {
		return 0, i, false
	}
	return y, j, true
}
