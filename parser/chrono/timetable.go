package chrono

import "strings"

// clockAfter reports whether a time of day on the clock (15:00, 8：30)
// follows byte i, white space aside. A month with no day before it
// (7-8月 15:00-18:00, in a guide's 办理时间) is a season of a timetable
// that recurs each year: a time of day belongs to a day, and a date
// names its day before its time (6月3日 15:00).
func clockAfter(s string, i int) bool {
	t := strings.TrimLeft(s[i:], " \t\u3000")
	h, n := leadingDigits(t)
	if n == 0 || n > 2 || h > 24 {
		return false
	}
	t = t[n:]
	if u, ok := strings.CutPrefix(t, ":"); ok {
		t = u
	} else if u, ok := strings.CutPrefix(t, "："); ok {
		t = u
	} else {
		return false
	}
	m, n := leadingDigits(t)
	return n == 2 && m < 60
}

// leadingDigits reads the ASCII figures that open s: their value and count.
func leadingDigits(s string) (v, n int) {
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		v = v*10 + int(s[n]-'0')
		n++
	}
	return v, n
}
