package chrono

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// numericRule reads dates written with numbers and separators only:
// 2025.6.3, 2025-06-03, 2025/6/3, and months: 2019.06, 2019/6, 2019-06 (a
// month of two digits after a dash), with their ranges (2019.06-2020.12).
// The separator must be the same twice and the number must stand alone, so
// 0375-4976695, 1.1万 and 2019.5万元 are not dates.
type numericRule struct{}

func (numericRule) Name() string { return "numeric" }

func (numericRule) Starts(r rune) bool {
	return isDigitRune(r)
}

func (numericRule) Match(s string, i int, ref Ref) (Expr, bool) {
	e := Expr{Rule: "numeric", Kind: Day, YearFrom: "text"}
	if numberBefore(s, i) {
		return e, false
	}
	if len(s)-i < 6 {
		return e, false
	}
	y, j, ok := readDigits(s, i, 4, 4)
	if !ok || !PlausibleYear(y) || j >= len(s) {
		return e, false
	}
	sep := s[j]
	if sep != '.' && sep != '-' && sep != '/' {
		return e, false
	}
	// A page may print a space after each separator (2019- 04- 21), as a
	// copy of its information line gives it; a day so spaced is spaced
	// after both, and a month so spaced is read as no date.
	p := skipSpaces(s, j+1)
	spaced := p > j+1
	m, k, ok := readDigits(s, p, 1, 2)
	if !ok {
		return e, false
	}
	if k >= len(s) || s[k] != sep {
		if spaced {
			return e, false
		}
		return yearMonth(s, k, y, m, sep, e)
	}
	q := k + 1
	if spaced {
		if q = skipSpaces(s, q); q == k+1 {
			return e, false
		}
	}
	d, k2, ok := readDigits(s, q, 1, 2)
	if !ok || !ValidDay(y, m, d) {
		return e, false
	}
	if k2 < len(s) && (s[k2] >= '0' && s[k2] <= '9' || s[k2] == sep) {
		return e, false
	}
	e.Value = isoDay(y, m, d)
	e.From, e.To = e.Value, e.Value
	if y2, m2, d2, j, ok := dayRangeEnd(s, k2, y, sep); ok && isoDay(y2, m2, d2) > e.Value {
		e.EndValue, e.To, k2 = isoDay(y2, m2, d2), isoDay(y2, m2, d2), j
	}
	if k3, ok := readDeadline(s, k2); ok {
		k2, e.Relation, e.From = k3, Before, ""
	}
	e.End = k2
	return e, true
}

// EpochDay is the first day of Unix time, which a site's database prints
// where a page's time was never set (某网友 1970-01-01): in the text's
// lines no day of it; in a table's cell, a day as any other (a birth date).
const EpochDay = "1970-01-01"

// dayRangeEnd reads the end of a range of days after a numeric day that
// ends at k: a connector, then a whole day in the same separators or its
// month and day alone (a weekly report's 2020.10.12——10.18), the year
// carried from the start.
func dayRangeEnd(s string, k, y int, sep byte) (int, int, int, int, bool) {
	c, ok := readConnector(s, k)
	if !ok {
		return 0, 0, 0, k, false
	}
	a, j, ok := readDigits(s, c, 1, 4)
	if !ok || j >= len(s) || s[j] != sep {
		return 0, 0, 0, k, false
	}
	b, j2, ok := readDigits(s, j+1, 1, 2)
	if !ok {
		return 0, 0, 0, k, false
	}
	y2, m2, d2 := y, a, b
	switch {
	case j-c == 4 && j2 < len(s) && s[j2] == sep:
		if !PlausibleYear(a) {
			return 0, 0, 0, k, false
		}
		y2, m2 = a, b
		if d2, j2, ok = readDigits(s, j2+1, 1, 2); !ok {
			return 0, 0, 0, k, false
		}
	case j-c > 2:
		return 0, 0, 0, k, false
	}
	// The end stands alone as a month does: an amount after a date
	// (2020.1.12-3.5万元, 2020.10.12—11.5%) ends no range.
	if !ValidDay(y2, m2, d2) || j2 < len(s) && s[j2] == '%' || !monthEndsAt(s, j2) {
		return 0, 0, 0, k, false
	}
	return y2, m2, d2, j2, true
}

// numberBefore reports whether the figures at i go on from a number
// before them: a figure or a separator of one (2019.5, 0375-, 6/).
func numberBefore(s string, i int) bool {
	if i == 0 {
		return false
	}
	p := s[i-1]
	return p >= '0' && p <= '9' || p == '.' || p == '-' || p == '/'
}

func readDigits(s string, i, min, max int) (int, int, bool) {
	j, v := i, 0
	for j < len(s) && j-i < max && s[j] >= '0' && s[j] <= '9' {
		v = v*10 + int(s[j]-'0')
		j++
	}
	if j-i < min || j < len(s) && s[j] >= '0' && s[j] <= '9' {
		return 0, i, false
	}
	return v, j, true
}

// yearMonth reads the month y.m whose digits end at k: only where nothing
// that makes it a number follows (2019.5万元, 2019.06.1x), and after a
// dash only as two digits (2019-06, not 2019-6, the start of a range of
// years). A range to a second month (2019.06-2020.12) is read with it.
func yearMonth(s string, k, y, m int, sep byte, e Expr) (Expr, bool) {
	if m < 1 || m > 12 || !monthEndsAt(s, k) {
		return e, false
	}
	if sep == '-' && (k < 3 || s[k-3] != '-') {
		return e, false
	}
	e.Kind = Month
	e.Value = isoMonth(y, m)
	e.From, e.To = monthStart(y, m), monthEnd(y, m)
	if c, ok := readConnector(s, k); ok {
		if y2, j, ok := readDigits(s, c, 4, 4); ok && PlausibleYear(y2) && j < len(s) && s[j] == sep {
			if m2, j2, ok := readDigits(s, j+1, 1, 2); ok && m2 >= 1 && m2 <= 12 && monthEndsAt(s, j2) &&
				(y2 > y || y2 == y && m2 > m) {
				e.EndValue, e.To, k = isoMonth(y2, m2), monthEnd(y2, m2), j2
			}
		}
	}
	if k2, ok := readDeadline(s, k); ok {
		k, e.Relation, e.From = k2, Before, ""
	}
	e.End = k
	return e, true
}

// monthEndsAt reports whether a numeric month may end at k: at the end,
// before a space, a mark or a range's connector, or before 前, 底 or 至,
// never before a digit, a letter, a separator or a word that makes the
// digits a quantity.
func monthEndsAt(s string, k int) bool {
	if k >= len(s) {
		return true
	}
	c := s[k]
	if c >= '0' && c <= '9' || c == '.' || c == '/' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' {
		return false
	}
	if c < 0x80 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	if !unicode.Is(unicode.Han, r) {
		return true
	}
	return strings.ContainsRune("前底至到起止", r)
}
