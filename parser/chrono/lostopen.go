package chrono

// lostOpenRule reads a range whose opening day lost all its marks, 年, 月
// and 日 (年检时间：202459——719日; 开通时间：2023315—61日): the figures of
// a year, a month and a day run together up to a range's connector, and
// after it the closing day, whole (7月19日) or with its 月 lost too (719日,
// its 日 kept). The 日 after the end is what makes the figures before the
// connector a day: without it (2023315—61) nothing is read. As lost-marks
// asks, only a year of four figures opens the run, and the month and day
// after it must split one way only; the end must come after the start in
// the same year, so a span of numbers (2019121—1231) that reads as no such
// pair of days is none.
type lostOpenRule struct{}

func (lostOpenRule) Name() string { return "lost-open" }

func (lostOpenRule) Starts(r rune) bool { return r >= '0' && r <= '9' }

func (lostOpenRule) Match(s string, i int, ref Ref) (Expr, bool) {
	e := Expr{Rule: "lost-open", Kind: Day, YearFrom: "text"}
	y, m, d, j, ok := readLostDay(s, i) // as lost-marks reads its day
	if !ok {
		return e, false
	}
	k, ok := readConnector(s, j)
	if !ok {
		return e, false
	}
	m2, d2, end, ok := lostOpenEnd(s, k, y, m)
	if !ok || m2 < m || m2 == m && d2 <= d {
		return e, false
	}
	e.Value, e.EndValue = isoDay(y, m, d), isoDay(y, m2, d2)
	e.From, e.To = e.Value, e.EndValue
	e.End = end
	return e, true
}

// lostOpenEnd reads the closing day of a range at byte i of s, in year y
// after a start in month m: a whole day (7月19日), a day of the start's
// month (19日, where it is one), or figures of a month and a day run
// together before the 日 that was kept (719日, 61日).
func lostOpenEnd(s string, i, y, m int) (int, int, int, bool) {
	if m2, k, ok := readMonth(s, i); ok {
		d2, k, ok := readDay(s, k)
		return m2, d2, k, ok && ValidDay(y, m2, d2)
	}
	const day = "日"
	_, k, ok := readDigits(s, i, 2, 4)
	if !ok || !hasPrefixAt(s, k, day) {
		return 0, 0, i, false
	}
	if d2, _, _ := readDigits(s, i, 2, 2); k-i == 2 && ValidDay(y, m, d2) {
		return m, d2, k + len(day), true
	}
	m2, d2, ok := monthAndDay(s[i:k], y)
	return m2, d2, k + len(day), ok
}
