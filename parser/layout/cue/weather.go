package cue

import (
	"regexp"
	"strings"
	"unicode"

	"bulletin/parser/lexicon"
)

// weather: a site's weather box, copied with the page line by line (36°,
// 西南风 1级, 空气优 43, 相对湿度 45%, 26°/37°, 多云, 今天, 周三): a line
// that gives a reading of the weather, and the short lines among such
// readings (the sky's words, the day, the town's name, the box's close
// button). No document states its weather so, line by line.
type weather struct{}

func (weather) Settles() Role   { return Chrome }
func (weather) Name() string    { return "weather" }
func (weather) Roles() []Role   { return []Role{Chrome} }
func (weather) Needs() []string { return nil }

func (weather) Match(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	if weatherReading(s) {
		return true
	}
	if d.punct[i] || len([]rune(s)) > 6 || !(skyWordsOnly(s) || !strings.ContainsFunc(s, isWordRune) || lexicon.Places().Has(s)) {
		return false
	}
	// A short line among readings: one within three lines either way.
	for j := max(0, i-3); j < min(len(d.Lines), i+4); j++ {
		if j != i && weatherReading(d.Lines[j].Sq) {
			return true
		}
	}
	return false
}

// weatherReadingRe is a reading: a temperature or its day's range, the
// wind's force, the air's quality, the humidity, the time it was issued.
var weatherReadingRe = regexp.MustCompile(`-?\d{1,2}(?:°C?|℃)(?:[/~～-]-?\d{1,2}(?:°C?|℃))?|\p{Han}{0,2}风\d{1,2}(?:-\d{1,2})?级|空气(?:质量)?[:：]?(?:优|良|轻度污染|中度污染|重度污染)?\d{0,3}|(?:相对)?湿度[:：]?\d{1,3}%|\d{1,2}:\d{2}发布`)

// weatherReading reports whether s is made of readings and the sky's
// words alone, one reading at least.
func weatherReading(s string) bool {
	if !strings.ContainsAny(s, "°℃级%布气") {
		return false
	}
	rest := weatherReadingRe.ReplaceAllString(s, "/")
	return rest != s && skyWordsOnly(rest)
}

// skyWordsOnly reports whether s is made of the sky's words (多云, 阵雨,
// 高温), the day's (今天, 周三) and the marks between them.
func skyWordsOnly(s string) bool {
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("/~～-|丨转 ", r) }) {
		if !skyWords.has(part) && weekdayRe.FindString(part) != part {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
