package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// unitBeforeHeadRule marks a unit printed right before its head's name
// and title that unitsBeforeHeads found.
const unitBeforeHeadRule = "unit-before-head"

// unitsBeforeHeads finds a unit named by its own words printed right
// before the name of the person who heads it and that person's title
// (政权科|董鹏飞|科长, 救助股|王某|股长): a list of those present names each
// person by the unit they work in, the name, then the title; the title of
// the unit's head holds the unit's ending (科长 of a 科, 股长 of a 股), so
// the words before the name are the unit that person heads, one body in
// context (GOLD.md: a unit that names one body in context is an agency).
// The unit opens a list's member (after 、: a list of those present, each
// by unit, name and title, as headedBodies reads one), its ending is a
// unit's (agency_suffixes.tsv: unit), and the name is a surname and one or
// two characters (surnames.txt); a unit with a place's name is read by
// the ending rules, and a kind of unit (各科室) names no one body.
func unitsBeforeHeads(s string, titles []title) []candidate {
	var out []candidate
	for _, t := range titles {
		for _, start := range headNameStarts(s, t.start) {
			from := wordsBack(s, start, true)
			if !strings.HasSuffix(s[:from], "、") {
				continue // a list of those present, as headedBodies reads
			}
			v := s[from:start]
			suffix, ok := lexicon.AgencySuffixes().Suffix(v)
			if !ok || lexicon.AgencySuffixes().Label(suffix, 0) != "unit" || len(v) == len(suffix) {
				continue
			}
			if !strings.HasPrefix(t.word, suffix) && !strings.HasPrefix(t.word, "副"+suffix) {
				continue // 办公室张某主任: the title is no head's of the ending
			}
			if !agency.Shape(v) || kindOfUnit(v) || agency.HasLocality(v) {
				continue
			}
			out = append(out, candidate{from, start, unitBeforeHeadRule})
			break
		}
	}
	return out
}

// headNameStarts are where a person's name that ends at e may start: a
// surname (surnames.txt), then one or two Chinese characters, longest
// first.
func headNameStarts(s string, e int) []int {
	var starts []int
	i := e
	for n := 1; n <= 4 && i > 0; n++ {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		i -= w
		if sur, ok := lexicon.Surnames().At(s, i); ok && n > utf8.RuneCountInString(sur) && n-utf8.RuneCountInString(sur) <= 2 {
			starts = append([]int{i}, starts...)
		}
	}
	return starts
}
