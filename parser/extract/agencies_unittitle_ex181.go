package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// unitTitledRule marks a unit printed right before its own head's title
// that unitsTitled found.
const unitTitledRule = "unit-titled"

// unitsTitled finds a unit of a body named by its own words alone, printed
// right before the title of the person who heads it (…、副局长某某，福利科|
// 科长某某; 救助股|副股长): the head's title holds the unit's ending (科长
// of a 科, 股长 of a 股), so the words before it are the unit that person
// heads, one body in context (GOLD.md: a unit that names one body in
// context is an agency; the golds list such a unit before its head's title
// 17 times of 18). The unit opens a list's member or a clause (after 、 or
// a comma) and has its own words of two characters or more before the
// ending (agency_suffixes.tsv: unit); a unit after a body's name or a
// place is read whole by the ending rules, and a kind of unit (各科, 有关
// 科室) names no one body.
func unitsTitled(s string, titles []title) []candidate {
	var out []candidate
	for _, t := range titles {
		suffix, ok := lexicon.AgencySuffixes().EndingAt(s, t.start)
		if !ok || lexicon.AgencySuffixes().Label(suffix, 0) != "unit" {
			continue
		}
		if !strings.HasPrefix(t.word, suffix) && !strings.HasPrefix(t.word, "副"+suffix) {
			continue // 办公室|科长: the title is no head's of the ending
		}
		from := wordsBack(s, t.start, true)
		if !strings.HasSuffix(s[:from], "、") && !strings.HasSuffix(s[:from], ",") && !strings.HasSuffix(s[:from], "，") {
			continue // a unit after a verb, a body or a place: the ending rules read it
		}
		v := s[from:t.start]
		if utf8.RuneCountInString(v)-utf8.RuneCountInString(suffix) < 2 {
			continue // 各科|科长, 本科: no unit's own words
		}
		if !agency.Shape(v) || kindOfUnit(v) || agency.HasLocality(v) {
			continue
		}
		out = append(out, candidate{from, t.start, unitTitledRule})
	}
	return out
}
