package chrono

// runOnMonthRule reads a month written in figures whose month has two
// figures (2021.04) where another such month runs straight on after it
// (开工年月 and 竣工年月 in a grid's row: 2021.042021.08, 2002.032002.065…):
// the cells of a table that the copy joined with no space between them.
// numeric reads neither, as figures run on make a number; but a month of
// two figures has its width fixed, so where a plausible year and the same
// separator follow it the figures part there. The first month is read
// where such a month follows it and no number runs on before it; each
// after it where the one before ends right at its year, whatever follows
// its own two figures (the next row's number, 5 in 2002.065培元路). One
// month alone (2021.04, read by numeric), a month of one figure
// (2021.42021.8), a month past 12 or a year no text has is none.
type runOnMonthRule struct{}

func (runOnMonthRule) Name() string { return "run-on-month" }

func (runOnMonthRule) Starts(r rune) bool { return r >= '0' && r <= '9' }

func (runOnMonthRule) Match(s string, i int, ref Ref) (Expr, bool) {
	e := Expr{Rule: "run-on-month", Kind: Month, YearFrom: "text"}
	y, m, sep, j, ok := paddedMonth(s, i)
	if !ok {
		return e, false
	}
	_, _, sep2, _, next := paddedMonth(s, j)
	if !runOnAt(s, i, sep) && (numberBefore(s, i) || !next || sep2 != sep) {
		return e, false
	}
	e.Value = isoMonth(y, m)
	e.From, e.To = monthStart(y, m), monthEnd(y, m)
	e.End = j
	return e, true
}

// paddedMonth reads a month at byte i of s written as four figures of a
// plausible year, a separator (. / -) and two figures of a month (2021.04),
// whatever follows it: its year, month, separator and the byte after it.
func paddedMonth(s string, i int) (y, m int, sep byte, j int, ok bool) {
	if len(s)-i < len("2021.04") {
		return 0, 0, 0, i, false
	}
	y, k, ok := readDigits(s, i, 4, 4)
	if !ok || !PlausibleYear(y) || !isDigitRune(rune(s[k+1])) || !isDigitRune(rune(s[k+2])) {
		return 0, 0, 0, i, false
	}
	if sep = s[k]; sep != '.' && sep != '/' && sep != '-' {
		return 0, 0, 0, i, false
	}
	m = int(s[k+1]-'0')*10 + int(s[k+2]-'0')
	return y, m, sep, k + 3, m >= 1 && m <= 12
}

// runOnAt reports whether a month of two figures in separator sep ends
// right at byte i of s, itself the first of a run of them (no number
// before it) or run on after another. The one before that is asked only
// whether it ends there, not walked back to the run's start: a run read
// month by month stays linear in its length.
func runOnAt(s string, i int, sep byte) bool {
	k, ok := paddedMonthEndsAt(s, i, sep)
	if !ok {
		return false
	}
	_, before := paddedMonthEndsAt(s, k, sep)
	return !numberBefore(s, k) || before
}

// paddedMonthEndsAt reports whether a month of two figures in separator sep ends
// right at byte i of s, and where it starts.
func paddedMonthEndsAt(s string, i int, sep byte) (int, bool) {
	k := i - len("2021.04")
	if k < 0 {
		return k, false
	}
	_, _, sep0, j, ok := paddedMonth(s, k)
	return k, ok && j == i && sep0 == sep
}
