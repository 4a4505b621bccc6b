package cue

import (
	"strings"

	"bulletin/parser/chrono"
)

// chronicleMonth: a month alone on its line (1, 1月, 一月) over entries
// that open with their day alone (3日，… / 20日至21日，…), as a bureau's
// chronicle (大事记) sets its year out: the month heads the entries under
// it, which print their days only. The convention holds where the nearest
// other such month heads entries too, later in the year if it stands
// further on, earlier if above: one figure over a dated line is a page
// number or a count.
type chronicleMonth struct{}

func (chronicleMonth) Name() string    { return "chronicle-month" }
func (chronicleMonth) Roles() []Role   { return []Role{Section} }
func (chronicleMonth) Kind() string    { return "bulletin" }
func (chronicleMonth) Defines() bool   { return true }
func (chronicleMonth) Needs() []string { return nil }
func (chronicleMonth) Settles() Role   { return Section }

func (chronicleMonth) Match(d *Doc, i int) bool {
	m, ok := headsDays(d, i)
	if !ok {
		return false
	}
	for j := i + 1; j < len(d.Lines); j++ {
		if n, ok := headsDays(d, j); ok {
			return n > m
		}
	}
	for j := i - 1; j >= 0; j-- {
		if n, ok := headsDays(d, j); ok {
			return n < m
		}
	}
	return false
}

// ChronicleMonth reads line i as a chronicle's month over its entries
// (the cue chronicle-month): the month, and whether it is one.
func (d *Doc) ChronicleMonth(i int) (int, bool) {
	if !(chronicleMonth{}).Match(d, i) {
		return 0, false
	}
	return MonthAlone(d.Lines[i].Sq)
}

// headsDays reports whether line i is a month alone over a line that
// opens with a day alone, and the month.
func headsDays(d *Doc, i int) (int, bool) {
	m, ok := MonthAlone(d.Lines[i].Sq)
	if !ok || i+1 >= len(d.Lines) {
		return 0, false
	}
	return m, DayLed(d.Lines[i+1].Sq)
}

// MonthAlone reads a line that is a month and nothing else: 1 to 12 in
// figures, with 月 or without, or in Chinese numerals with 月 (十二月).
func MonthAlone(s string) (int, bool) {
	s = strings.TrimSpace(s)
	t := strings.TrimSuffix(s, "月")
	if v, k := digits(t, 0); k == len(t) && v >= 1 && v <= 12 {
		return v, true
	}
	if t == s {
		return 0, false // Chinese numerals alone count things; a month says 月
	}
	if v, k := cnNumber(t, 0); k == len(t) && v >= 1 && v <= 12 {
		return v, true
	}
	return 0, false
}

// DayLed reports whether s opens with a day of the month alone, its
// month left to a heading over it (chrono.DayOpens: 3日，… / 20日至21日，…).
func DayLed(s string) bool { return chrono.DayOpens(s) }
