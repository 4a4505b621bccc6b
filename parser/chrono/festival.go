package chrono

import (
	_ "embed"
	"strings"
	"time"
)

// festivalRule reads festivals that move with the lunar calendar or stand on
// a fixed day: 春节, 春节期间 (New Year's Eve to the sixth day), 春节前
// (a deadline: New Year's Eve), 元旦, 国庆期间 (1–7 October).
type festivalRule struct{}

func (festivalRule) Name() string { return "festival" }

func (festivalRule) Starts(r rune) bool {
	return r == '春' || r == '元' || r == '国'
}

// springFestivals maps a year to the date of its Spring Festival (正月初一).
//
//go:embed festivals.tsv
var festivalData string

var springFestival = func() map[int]time.Time {
	out := map[int]time.Time{}
	for _, line := range strings.Split(festivalData, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(line, "#") {
			continue
		}
		t, err := time.Parse("2006-01-02", f[1])
		if err == nil {
			out[t.Year()] = t
		}
	}
	return out
}()

func (festivalRule) Match(s string, i int, ref Ref) (Expr, bool) {
	e := Expr{Rule: "festival", Kind: Period, YearFrom: "reference"}
	year := ref.Year
	switch {
	case hasPrefixAt(s, i, "春节"):
		j := i + len("春节")
		if ref.Month >= 10 {
			year++ // a festival ahead, in an autumn document, is next year's
		}
		day, ok := springFestival[year]
		if !ok {
			e.YearFrom = ""
		}
		iso := func(t time.Time) string {
			if !ok {
				return ""
			}
			return t.Format("2006-01-02")
		}
		switch {
		case hasPrefixAt(s, j, "期间"), hasPrefixAt(s, j, "假期"):
			j += len("期间")
			e.From, e.To = iso(day.AddDate(0, 0, -1)), iso(day.AddDate(0, 0, 6))
		case hasPrefixAt(s, j, "前后"):
			j += len("前后")
			e.From, e.To, e.Fuzzy = iso(day.AddDate(0, 0, -7)), iso(day.AddDate(0, 0, 7)), true
		case hasPrefixAt(s, j, "前"), hasPrefixAt(s, j, "之前"):
			if hasPrefixAt(s, j, "之前") {
				j += len("之前")
			} else {
				j += len("前")
			}
			e.Relation, e.To = Before, iso(day.AddDate(0, 0, -1))
		default:
			e.From, e.To = iso(day.AddDate(0, 0, -1)), iso(day.AddDate(0, 0, 6))
		}
		e.End = j
		return e, true
	case hasPrefixAt(s, i, "元旦"):
		if ref.Month >= 10 {
			year++
		}
		if year > 0 {
			e.From, e.To = isoDay(year, 1, 1), isoDay(year, 1, 1)
		}
		e.End = i + len("元旦")
		return e, true
	case hasPrefixAt(s, i, "国庆期间"), hasPrefixAt(s, i, "国庆假期"):
		if year > 0 {
			e.From, e.To = isoDay(year, 10, 1), isoDay(year, 10, 7)
		}
		e.End = i + len("国庆期间")
		return e, true
	}
	return e, false
}
