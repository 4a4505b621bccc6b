// Package chrono finds the dates and periods that Chinese administrative
// text writes (2025年6月3日, 5月30日, 1月18日至19日, 二〇二五年六月三日,
// 2025.6.3, 上旬, 年底前, 一季度, 春节期间, 今年以来, 近日) and resolves them
// to ISO dates against a reference year. Each kind of expression is one Rule
// in its own file; All lists them in the order they are tried.
package chrono

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"bulletin/parser/numeral"
	"bulletin/parser/punct"
)

// Kind says what an expression names.
type Kind string

const (
	// Day is a calendar day, or a range of days.
	Day Kind = "day"
	// Month is a calendar month, or part of one (上旬, 月底).
	Month Kind = "month"
	// Period is a stretch of time that names no month: 年底, 一季度,
	// 上半年, 春节期间, 今年以来.
	Period Kind = "period"
	// Vague is a time word that points at no date (近日, 日前): kept, not guessed.
	Vague Kind = "vague"
)

// Relation says how the text relates an event to the expression.
type Relation string

const (
	At     Relation = ""       // on or during it
	Before Relation = "before" // a deadline: 年底前, 6月30日前
	Since  Relation = "since"  // an open start: 今年以来
	Until  Relation = "until"  // an open end: 截至目前, 截至6月底
)

// Expr is one date or period found in a text.
type Expr struct {
	Start, End int    // byte offsets in the searched string
	Text       string // the text as written
	Kind       Kind
	Value      string // ISO start: YYYY-MM-DD (Day) or YYYY-MM (Month); "" otherwise
	EndValue   string // ISO end of a range, same precision, or ""
	From, To   string // the window the expression covers, ISO days, where known
	Fuzzy      bool   // the window is a convention (上旬 = days 1-10), not exact
	Relation   Relation
	YearFrom   string // where the year came from: "text", "reference", "" when no year
	Rule       string

	// yearless says the text wrote no year for it, not even one relative
	// to the document's (今年): Find may take it from the date before it.
	yearless bool
	// month is the calendar month of a day the calendar rule read, which
	// the days listed after it share (12月13日、20日).
	month int
}

// Ref is what a yearless date is resolved against.
type Ref struct {
	Year  int // the document's year, or the year the text states; 0 if none
	Month int // the document's month, 0 if unknown
	Day   int // the document's day, 0 if unknown
	// HeadMonth is the month a heading over the text names for the days
	// under it (a chronicle's 1月 over 3日，…), 0 if none.
	HeadMonth int
}

// Rule recognises one kind of expression starting at byte offset i of s.
// It returns the expression and true, or false when nothing starts there.
type Rule interface {
	Name() string
	// Starts reports whether an expression of the rule can start with r:
	// the rule is tried only there.
	Starts(r rune) bool
	Match(s string, i int, ref Ref) (Expr, bool)
}

// All is every rule, tried in this order at each position; the longest
// match wins.
var All = []Rule{
	calendarRule{},
	numericRule{},
	runOnMonthRule{},
	lostMarksRule{},
	lostOpenRule{},
	lostYearMarkRule{},
	lostMonthMarkRule{},
	splitStampRule{},
	englishRule{},
	yearPartRule{},
	festivalRule{},
	headedDayRule{},
	sinceRule{},
	vagueRule{},
}

// starts are the characters an expression can start with: digits, Chinese
// numerals, and the first characters of the words the rules read (今年,
// 截至, 上半年, 春节, 近日 …). Find tries the rules only there.
func starts(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9' || englishStarts[r]
	}
	return r < 1<<16 && startRunes[r/64]&(1<<(r%64)) != 0
}

// startRunes holds the characters other than digits that an expression
// can start with, one bit each: the test runs at every rune of a text.
var startRunes = func() (set [1 << 16 / 64]uint64) {
	for _, r := range "〇零○ΟО—─一二两三四五六七八九十今本当去上明下全年第截目到春元国近日前不" {
		set[r/64] |= 1 << (r % 64)
	}
	return set
}()

// Starting returns the expression that starts at byte offset i of s, if any.
func Starting(s string, i int, ref Ref) (Expr, bool) {
	if i >= len(s) {
		return Expr{}, false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if !starts(r) {
		return Expr{}, false
	}
	return starting(s, i, r, ref)
}

// starting tries every rule that can start with r, the rune at i, and
// keeps the longest expression.
func starting(s string, i int, r rune, ref Ref) (Expr, bool) {
	var best Expr
	found := false
	for _, rule := range All {
		if !rule.Starts(r) {
			continue
		}
		e, ok := rule.Match(s, i, ref)
		if ok && (!found || e.End > best.End) {
			best, found = e, true
		}
	}
	if !found || best.End <= i {
		return Expr{}, false
	}
	best.Start = i
	best.Text = s[i:best.End]
	return best, true
}

// Find returns the expressions of s in order, none overlapping. Most runes
// start none, and are passed over without trying a rule.
//
// A date written without a year takes it from the date before it in the
// same sentence, read against that date as against the document's
// (2019年12月25日前完成…，12月31日前报送… → 2019-12-31; …，1月15日前结束
// → 2020-01-15), before the document's year: the sentence has set its
// own time. Days listed after a day share its month (12月13日、20日,
// 4月24日和25日), as the end of a range does.
func Find(s string, ref Ref) []Expr {
	var out []Expr
	var last Ref // the date before, in this sentence; zero for none
	for i := 0; i < len(s); {
		r, n := decodeAt(s, i)
		if starts(r) {
			if e, ok := starting(s, i, r, ref); ok {
				if lunarBefore(s, i) {
					// A day of the lunar calendar is no day of the
					// Gregorian one the record's dates are given in.
					i = e.End
					continue
				}
				carried := false
				if e.yearless && last.Year > 0 {
					if f, ok := starting(s, i, r, last); ok && f.End == e.End {
						e, carried = f, true // YearFrom reference: the date before
					}
				}
				out = append(out, e)
				if !e.yearless || carried {
					if at, ok := refOf(e); ok {
						last = at
					}
				}
				i = e.End
				for {
					d, ok := listedDay(s, i, e)
					if !ok {
						break
					}
					out = append(out, d)
					e, i = d, d.End
				}
				continue
			}
			if isDigitRune(r) {
				// No rule starts inside a number (12025年 holds no 2025年):
				// step over the rest of its digits.
				for i += n; i < len(s) && isDigitRune(rune(s[i])); i++ {
				}
				continue
			}
		} else if strings.ContainsRune(sentenceEnds, r) {
			last = Ref{}
		}
		i += n
	}
	return out
}

// sentenceEnds are the marks that end the sentence a date's year holds in.
const sentenceEnds = punct.SentenceEnds + "\n"

// refOf is the last day a day or month expression covers, as a reference
// for the yearless dates after it.
func refOf(e Expr) (Ref, bool) {
	if e.Kind != Day && e.Kind != Month || len(e.To) != len("2006-01-02") {
		return Ref{}, false
	}
	y, err1 := strconv.Atoi(e.To[:4])
	m, err2 := strconv.Atoi(e.To[5:7])
	d, err3 := strconv.Atoi(e.To[8:])
	if err1 != nil || err2 != nil || err3 != nil {
		return Ref{}, false
	}
	return Ref{Year: y, Month: m, Day: d}, true
}

// listedDay reads a day listed after the single day e with 、 or a
// conjunction (12月13日、20日, 4月1、2、5日, 4月24日和25日, dayJoiners): a
// day of the same month and year, later than it.
func listedDay(s string, i int, e Expr) (Expr, bool) {
	if e.Kind != Day || e.month == 0 || e.EndValue != "" && !sameMonthRange(e) {
		return Expr{}, false
	}
	n, conj := dayJoinerAt(s, i)
	if n == 0 {
		return Expr{}, false
	}
	j := i + n
	d, k, ok := readDay(s, j)
	if !ok && !conj {
		d, k, ok = readListedDay(s, j) // one of days that share the last's 日 (4月1、2、5日)
	}
	if !ok {
		return Expr{}, false
	}
	l := Expr{Start: j, Kind: Day, Rule: e.Rule, YearFrom: e.YearFrom, yearless: e.yearless, month: e.month}
	if e.Value != "" {
		y, _ := strconv.Atoi(e.Value[:4])
		last := e.Value
		if e.EndValue != "" {
			last = e.EndValue // 4月4-6、13日: 13 comes after the range's end
		}
		if prev, _ := strconv.Atoi(last[8:]); d <= prev || !ValidDay(y, e.month, d) {
			return Expr{}, false
		}
		l.Value = isoDay(y, e.month, d)
		l.From, l.To = l.Value, l.Value
	}
	k = skipTimeOfDay(s, k)
	if k2, ok := readDeadline(s, k); ok {
		k, l.Relation, l.From = k2, Before, ""
	}
	l.End, l.Text = k, s[j:k]
	return l, true
}

// sameMonthRange reports whether e is a range of days inside its one month
// (4月4-6日), after which more days of the month may be listed (4月4-6、13、
// 14日); after a range into another month (11月20日-12月3日、5日) the
// month of a day listed is no longer plain.
func sameMonthRange(e Expr) bool {
	return len(e.Value) == len("2006-01-02") && len(e.EndValue) == len(e.Value) && e.Value[:8] == e.EndValue[:8]
}

// decodeAt decodes the rune at i of text that is valid UTF-8, the
// three-byte Han characters in line; Find and StatedYear call it for every
// rune.
func decodeAt(s string, i int) (rune, int) {
	if c := s[i]; c < 0x80 {
		return rune(c), 1
	} else if c&0xF0 == 0xE0 && i+2 < len(s) {
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// resolveYear picks the year of a date written without one: the reference
// year, moved back a year when the month lies far after the reference month
// (a December event in a January issue) unless the text sets it ahead (12月底前
// in an April report is this year's, as 年底前 is) and it is not the month
// just before the reference's (12月31日前 in a January page: the December
// just past, a notice put up after its term), and forward when it lies far
// before and the date is one the text sets ahead, a deadline (1月5日前 in
// a December notice). A date the text reports (中新网1月17日电 in a page
// saved in September) lies in the reference year: reports tell what has
// happened.
func resolveYear(month int, ref Ref, ahead bool) (int, string) {
	if ref.Year == 0 {
		return 0, ""
	}
	y := ref.Year
	if ref.Month > 0 && month > 0 {
		switch d := month - ref.Month; {
		case d > 6 && (!ahead || d == 11):
			y--
		case d < -6 && ahead:
			y++
		}
	}
	return y, "reference"
}

// ValidDay reports whether y-m-d is a day of the calendar (y 0: any year,
// 2月29日 possible).
func ValidDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	if y == 0 {
		y = 2000 // a leap year: 2月29日 stays possible
	}
	return d <= lastDay(y, m)
}

func lastDay(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func isoDay(y, m, d int) string  { return fmt.Sprintf("%04d-%02d-%02d", y, m, d) }
func isoMonth(y, m int) string   { return fmt.Sprintf("%04d-%02d", y, m) }
func monthEnd(y, m int) string   { return isoDay(y, m, lastDay(y, m)) }
func monthStart(y, m int) string { return isoDay(y, m, 1) }

// PlausibleYear reports whether y can be the year of a civil-affairs text
// or of the events it reports.
func PlausibleYear(y int) bool { return y >= 1949 && y <= 2100 }
func hasPrefixAt(s string, i int, p string) bool {
	return len(s)-i >= len(p) && s[i:i+len(p)] == p
}

// StatedYear is the year a text states for its subject: the first year
// written with 年 or in a full date, or in four figures before the place of
// an event's yearly name (2023北京某区…活动, bareYearAt), outside document
// numbers and titles in 《》. It stands in for the document's year where no issue date is printed.
// A year its words give another role (year_roles.tsv) is not the text's: a
// goal (到2020年实现…), a deadline (2020年底前), the start of a period
// that runs up to the text's own time, which it does not name (2020年以来,
// 总结2002年全省第十八次民政会议以来的工作), a whole year summed up
// (2021年全年).
func StatedYear(s string) int {
	y, _ := LineYear(s)
	return y
}

// citedDepth is how deep in brackets that cite (《》, 〔〕, [], 【】) the
// text stands after rune r, from depth: a year inside them is a title's or
// a document number's, no year the text states.
func citedDepth(r rune, depth int) int {
	switch r {
	case '《', '〔', '[', '【':
		return depth + 1
	case '》', '〕', ']', '】':
		if depth > 0 {
			return depth - 1
		}
	}
	return depth
}

// LineYear is the year s states for its subject, as StatedYear reads it,
// and whether s places its text in time at all: by that year, or by a word
// that names a year by its relation to the text's own (今年, 去年) before
// any. A text placed that way has put its year in the word, and a year it
// writes afterwards may be any of those it names: it states none (会议总结
// 了去年工作,部署今年工作。…2021年,全省… → 0, placed).
func LineYear(s string) (year int, placed bool) {
	if !strings.Contains(s, "年") && !hasBareYear(s) {
		return 0, false // every year it reads is written with 年, or before a place
	}
	depth := 0
	for i := 0; i < len(s); {
		r, n := decodeAt(s, i)
		depth = citedDepth(r, depth)
		if depth == 0 && isRelativeYear(r) && relativeAt(s, i) {
			return 0, true
		}
		if y, ok := subjectYearAt(s, i, r, depth); ok {
			return y, true
		}
		i += n
	}
	return 0, false
}

// clauseEnds are the marks that end the clause of a year.
const clauseEnds = "，,。；;：:！？!?、\n"

func isRangeDash(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r == '-' || r == '—' || r == '至' || r == '~' || r == '～'
}

func isConnectorBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r == '-' || r == '—' || r == '~' || r == '～'
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

func isNumeralStart(r rune) bool {
	if isDigitRune(r) || r == '十' {
		return true
	}
	_, ok := numeral.Digit(r)
	return ok || r == 'Ο' || r == 'О' || r == '—' || r == '─' // look-alikes in years
}

func isRelativeYear(r rune) bool {
	return r == '今' || r == '本' || r == '当' || r == '去' || r == '上' || r == '明'
}
