package cue

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/chrono"
)

// DamagedDate reads s as a full date whose marks the copy lost or
// mistyped (2023323 for 2023年3月23日, 2025月2月18日): a year of four
// figures, then month and day as figures that the marks 年, 月, 日 part
// in some places and not in others. Where no mark parts month from day,
// the figures must read one way only (323: 3-23, as 32 is no month; 112,
// 1-12 or 11-2, reads none). A date printed whole is FullDate's, and a
// month alone (2023年12月) is no day; only a line's place (the 落款's,
// under the body's name) says that such figures are a date at all.
func DamagedDate(s string) (chrono.Expr, bool) {
	s = strings.TrimRightFunc(strings.TrimSpace(s), ornament)
	mark := func(r rune) bool { return strings.ContainsRune("年月日", r) }
	if s == "" || strings.IndexFunc(s, func(r rune) bool { return (r < '0' || r > '9') && !mark(r) }) >= 0 {
		return chrono.Expr{}, false // figures and marks alone
	}
	if _, ok := FullDate(s); ok {
		return chrono.Expr{}, false
	}
	groups := strings.FieldsFunc(s, mark)
	if len(groups) == 0 || len(groups[0]) < 4 {
		return chrono.Expr{}, false
	}
	rest := append([]string{groups[0][4:]}, groups[1:]...)
	if rest[0] == "" {
		rest = rest[1:]
	}
	var month, day int
	switch len(rest) {
	case 2:
		month, _ = strconv.Atoi(rest[0])
		day, _ = strconv.Atoi(rest[1])
	case 1:
		// Month and day run together: no 月 may stand after them (2023年12月
		// is a month, no day), and figures alone are a date's only as long
		// as one (2023323; 200031 is a postcode, 202412 a month).
		if strings.Contains(s, "月") || len(groups) == 1 && !strings.ContainsAny(s, "年日") && len(groups[0]) < len("2023323") {
			return chrono.Expr{}, false
		}
		var ok bool
		if month, day, ok = monthDay(rest[0]); !ok {
			return chrono.Expr{}, false
		}
	default:
		return chrono.Expr{}, false
	}
	year, _ := strconv.Atoi(groups[0][:4])
	if !chrono.PlausibleYear(year) || !chrono.ValidDay(year, month, day) {
		return chrono.Expr{}, false
	}
	iso := fmt.Sprintf("%04d-%02d-%02d", year, month, day)
	return chrono.Expr{End: len(s), Text: s, Kind: chrono.Day, Value: iso, From: iso, To: iso, YearFrom: "text", Rule: "damaged-date"}, true
}

// monthDay reads figures that hold month and day with no mark between
// them, where one reading alone makes a day of the calendar.
func monthDay(f string) (month, day int, ok bool) {
	n := utf8.RuneCountInString(f)
	if n < 2 || n > 4 {
		return 0, 0, false
	}
	found := 0
	for k := 1; k < n; k++ {
		m, _ := strconv.Atoi(f[:k])
		dd, _ := strconv.Atoi(f[k:])
		if k <= 2 && n-k <= 2 && chrono.ValidDay(0, m, dd) {
			month, day = m, dd
			found++
		}
	}
	return month, day, found == 1
}

// sealDate reports whether line j is the date of a 落款 under the body's
// name on line j-1: a full date, or one whose marks the copy damaged.
func (d *Doc) sealDate(j int) bool {
	if j == 0 {
		return false
	}
	if _, ok := FullDate(d.Lines[j].Sq); !ok {
		if _, ok := DamagedDate(d.Lines[j].Sq); !ok {
			return false
		}
	}
	return agency.Shapes(d.Lines[j-1].Sq) // the name over it, read only under a date
}
