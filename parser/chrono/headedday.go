package chrono

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// headedDayRule reads a day written alone (3日, 20日至21日) where a heading
// over the text names its month (Ref.HeadMonth: a chronicle's 1月 over
// 3日，…, 5日，…): the day is read as the calendar rule reads it with that
// month written before it. It opens the text or a clause, as an entry's
// day does: after other words a day is a count of days (历时3日); after
// figures or a month (5月3日) it is the calendar's. With no month heading
// it is none.
type headedDayRule struct{}

func (headedDayRule) Name() string { return "headed-day" }

func (headedDayRule) Starts(r rune) bool { return r >= '1' && r <= '9' }

func (headedDayRule) Match(s string, i int, ref Ref) (Expr, bool) {
	if ref.HeadMonth == 0 {
		return Expr{}, false // tried at every figure of every text: most have no month heading
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && !strings.ContainsRune(clauseEnds+" （(", r) {
		return Expr{}, false
	}
	if _, j, ok := readDigits(s, i, 1, 2); !ok || !hasPrefixAt(s, j, "日") {
		return Expr{}, false
	}
	month := strconv.Itoa(ref.HeadMonth) + "月"
	e, ok := calendarRule{}.Match(month+s[i:], 0, Ref{Year: ref.Year})
	if !ok {
		return Expr{}, false
	}
	e.End += i - len(month)
	e.Rule = "headed-day"
	return e, true
}
