package chrono

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
	_, j, ok := readDigits(s, i, 6, 8)
	if numberBefore(s, i) || !ok || !hasPrefixAt(s, j, day) {
		return e, false
	}
	y, _, _ := readDigits(s[:i+4], i, 4, 4)
	if !PlausibleYear(y) {
		return e, false
	}
	rest := s[i+4 : j]
	found := 0
	var m, d int
	for k := 1; k <= 2 && k < len(rest); k++ {
		mm, _, _ := readDigits(rest[:k], 0, k, k)
		dd, _, _ := readDigits(rest, k, 1, 2)
		// A day led by 0 is zero-padded, as its month then is (0105):
		// 101 is 10-1, not 1-01.
		if len(rest)-k <= 2 && (rest[k] != '0' || k == 2) && ValidDay(y, mm, dd) {
			m, d = mm, dd
			found++
		}
	}
	if found != 1 {
		return e, false
	}
	e.Value = isoDay(y, m, d)
	e.From, e.To = e.Value, e.Value
	e.End = j + len(day)
	if k, ok := readDeadline(s, e.End); ok {
		e.End, e.Relation, e.From = k, Before, ""
	}
	return e, true
}

// lostYearMarkRule reads a day whose 年 alone the copy lost (统计期限为
// 20251月1日至202512月31日): four figures of a year run into the month,
// its 月 and the day's 日 kept. The figures before 月 are a year and a
// month only where the year is plausible and what follows it is a month
// (20251: 2025 and 1; 202513 reads none), so an amount before 月 (12000
// 月薪) is none.
type lostYearMarkRule struct{}

func (lostYearMarkRule) Name() string { return "lost-year-mark" }

func (lostYearMarkRule) Starts(r rune) bool { return r >= '0' && r <= '9' }

func (lostYearMarkRule) Match(s string, i int, ref Ref) (Expr, bool) {
	e := Expr{Rule: "lost-year-mark", Kind: Day, YearFrom: "text"}
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
	d, k, ok := readDigits(s, k, 1, 2)
	if !ok || !hasPrefixAt(s, k, day) || !ValidDay(y, m, d) {
		return e, false
	}
	e.Value = isoDay(y, m, d)
	e.From, e.To = e.Value, e.Value
	e.End = k + len(day)
	return e, true
}
