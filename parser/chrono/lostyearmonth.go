package chrono

// lostYearMonthRule reads a month whose 年 the copy lost, with no day after
// it (新标准自20237月开始执行; a grid's 20224月临时救助): four figures of a
// plausible year run into one or two of a month closed by the 月 that was
// kept. lost-year-mark reads the same figures where a day follows them;
// the longer match wins there. An amount before 月 (12000月薪: 1200 is no
// year; 20000月: no month 0) reads none, nor figures run on from a number.
type lostYearMonthRule struct{}

func (lostYearMonthRule) Name() string { return "lost-year-month" }

func (lostYearMonthRule) Starts(r rune) bool { return r >= '0' && r <= '9' }

func (lostYearMonthRule) Match(s string, i int, ref Ref) (Expr, bool) {
	e := Expr{Rule: "lost-year-month", Kind: Month, YearFrom: "text"}
	const month = "月"
	_, j, ok := readDigits(s, i, 5, 6)
	if numberBefore(s, i) || !ok || !hasPrefixAt(s, j, month) {
		return e, false
	}
	y, _, _ := readDigits(s[:i+4], i, 4, 4)
	m, _, _ := readDigits(s[:j], i+4, 1, 2)
	if !PlausibleYear(y) || m < 1 || m > 12 {
		return e, false
	}
	e.Value = isoMonth(y, m)
	e.From, e.To = monthStart(y, m), monthEnd(y, m)
	e.End = j + len(month)
	return e, true
}
