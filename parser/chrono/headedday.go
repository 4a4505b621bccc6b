package chrono

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// headedDayRule reads a day written alone (3日, 20日至21日) where a heading
// over the text names its month (Ref.HeadMonth: a chronicle's 1月 over
// 3日，…, 5日，…): the day is read as the calendar rule reads it with that
// month written before it. It opens the text or a clause as an entry's
// day does (DayOpens): after other words, or with no mark after it, a day
// is a count of days (历时3日, 3日内完成); after figures or a month (5月3日)
// it is the calendar's. With no month heading it is none.
type headedDayRule struct{}

func (headedDayRule) Name() string { return "headed-day" }

func (headedDayRule) Starts(r rune) bool { return r >= '1' && r <= '9' }

func (headedDayRule) Match(s string, i int, ref Ref) (Expr, bool) {
	if ref.HeadMonth == 0 {
		return Expr{}, false // tried at every figure of every text: most have no month heading
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && !strings.ContainsRune(clauseEnds, r) || !DayOpens(s[i:]) {
		return Expr{}, false
	}
	// The day's clause alone, up to its mark: no copy of the text after it.
	clause := s[i:]
	if k := strings.IndexAny(clause, clauseEnds); k > 0 {
		clause = clause[:k]
	}
	month := strconv.Itoa(ref.HeadMonth) + "月"
	e, ok := calendarRule{}.Match(month+clause, 0, Ref{Year: ref.Year})
	if !ok {
		return Expr{}, false
	}
	e.End += i - len(month)
	e.Rule = "headed-day"
	return e, true
}

// DayOpens reports whether s opens with a day of the month written alone
// as a chronicle's entry opens with it, its month left to a heading over
// it: figures of 1 to 31, 日, then a clause mark or a range's 至 (3日，…,
// 20日至21日，…). A count of days goes on otherwise (3日内, 3日活动).
func DayOpens(s string) bool {
	v, j, ok := readDigits(s, 0, 1, 2)
	if !ok || v < 1 || v > 31 || !hasPrefixAt(s, j, "日") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[j+len("日"):])
	return strings.ContainsRune("，,、至-—", r)
}
