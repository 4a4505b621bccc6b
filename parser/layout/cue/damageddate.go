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
func DamagedDate(s string) (chrono.Expr, bool) { return DamagedDateBy(s, "") }

// DamagedDateBy is DamagedDate where the page that carries the text
// states the day it was posted (ISO, or ""): figures that read as two
// days (2023125: 1-25 or 12-5) read as the later of them not after that
// day, as a notice is posted on or after the day it is signed.
func DamagedDateBy(s, posted string) (chrono.Expr, bool) {
	s = strings.TrimRightFunc(strings.TrimSpace(s), ornament)
	if e, ok := lostDayMark(s); ok {
		return e, true
	}
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
		// is a month, no day). Figures alone shorter than a two-figure
		// month's day (2023323) may be a postcode (200031) or a month
		// (202412): they are a day only where the page says when it was
		// posted and they read as a day of that year not after it
		// (201771 on a page posted 2017-08-21), as a notice is posted on
		// or after the day it is signed.
		short := len(groups) == 1 && !strings.ContainsAny(s, "年日") && len(groups[0]) < len("2023323")
		if strings.Contains(s, "月") || short && !strings.HasPrefix(posted, groups[0][:4]) {
			return chrono.Expr{}, false
		}
		var ok bool
		if month, day, ok = monthDayBy(groups[0][:4], rest[0], posted); !ok {
			return chrono.Expr{}, false
		}
		if short && fmt.Sprintf("%s-%02d-%02d", groups[0][:4], month, day) > posted {
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

// monthDayBy reads figures that hold month and day with no mark between
// them, where one reading alone makes a day of the calendar; or, of
// several, the latest in year not after the day posted (ISO; "" for none).
func monthDayBy(year, f, posted string) (month, day int, ok bool) {
	n := utf8.RuneCountInString(f)
	if n < 2 || n > 4 {
		return 0, 0, false
	}
	var readings [][2]int
	for k := 1; k < n; k++ {
		m, _ := strconv.Atoi(f[:k])
		dd, _ := strconv.Atoi(f[k:])
		if k <= 2 && n-k <= 2 && chrono.ValidDay(0, m, dd) {
			readings = append(readings, [2]int{m, dd})
		}
	}
	if len(readings) == 1 {
		return readings[0][0], readings[0][1], true
	}
	best := ""
	for _, r := range readings {
		if iso := fmt.Sprintf("%s-%02d-%02d", year, r[0], r[1]); strings.HasPrefix(posted, year) && iso <= posted && iso > best {
			best, month, day = iso, r[0], r[1]
		}
	}
	return month, day, best != ""
}

// sealDate reports whether line j is the date of a 落款 under the body's
// name on line j-1: a full date, or one whose marks the copy damaged.
func (d *Doc) sealDate(j int) bool {
	if j == 0 {
		return false
	}
	if _, ok := FullDate(d.Lines[j].Sq); !ok {
		if _, ok := DamagedDateBy(d.Lines[j].Sq, d.posted); !ok {
			return false
		}
	}
	// The name over it, read only under a date; a time's label (活动时间,
	// which ends as a 车间 does) is none.
	return agency.Shapes(d.Lines[j-1].Sq) && !timeLabel(d.Lines[j-1].Sq)
}

// postedDay is the day, ISO, that the page's information line says it was
// posted: its first timestamp, or its first dated field's; "" if none.
func (d *Doc) postedDay() string {
	for i, l := range d.Lines {
		if !d.info[i] {
			continue
		}
		if iso, ok := Timestamp(l.Text); ok {
			return iso
		}
		for _, f := range InfoFields(l.Text) {
			if iso, ok := Timestamp(f.Value); ok && DatedField(f.Key) {
				return iso
			}
		}
	}
	return ""
}

// Posted is the day the page says it was posted (postedDay).
func (d *Doc) Posted() string { return d.posted }

// hanDateRunes are what a date in Chinese numerals is written with: the
// numerals, the zero's look-alikes (〇 ○ Ο O) and the marks 年 and 月.
const hanDateRunes = "〇○ΟO零一二三四五六七八九十年月"

// lostDayMark reads a date written in Chinese numerals that lost its
// closing 日 (二○一三年三月二十八): with the mark put back it is a full
// date, read to its end. Figures that lost it (2021年4月21) are read with
// the other lost marks.
func lostDayMark(s string) (chrono.Expr, bool) {
	if strings.HasSuffix(s, "日") || !strings.Contains(s, "月") || strings.IndexFunc(s, func(r rune) bool { return !strings.ContainsRune(hanDateRunes, r) }) >= 0 {
		return chrono.Expr{}, false // Chinese numerals and their marks alone: a date's line
	}
	e, ok := FullDate(s + "日")
	if !ok {
		return chrono.Expr{}, false
	}
	e.Text, e.End = s, len(s)
	return e, true
}
