package extract

import (
	"regexp"
	"unicode/utf8"

	"bulletin/parser/agency"
)

// gradeLabelLeads moves the start past a grade label that a grading list
// prints before the names it ranks (三级养老机构|昆山市福利院: the grade, the
// kind graded, then one body graded so, as 《养老机构等级划分与评定》
// (GB/T 37276-2018) grades homes 一级 to 五级, and star grades 五星级): the
// label heads a list, the body's name opens with its own place after it.
// Only a place or a level after the label moves the start: a name with no
// place after the grade (三级医院, 一级社会组织) is left to the other rules.
type gradeLabelLeads struct{}

// gradeWord is a grade of a grading list: a numeral of rank, stars or
// not, and 级.
var gradeWord = regexp.MustCompile(`^[一二三四五六七八九十1-9]星?级$`)

func (gradeLabelLeads) open(r *startReading) bool {
	k := tokenAt(r.ts, r.i)
	if k < 0 {
		return true
	}
	for ; k < len(r.ts) && r.ts[k].End <= r.j(); k++ {
		if !gradeWord.MatchString(r.ts[k].Word) {
			continue
		}
		for m := k + 2; m < len(r.ts) && r.ts[m].End <= r.j(); m++ {
			if agency.HasLocality(r.s[r.ts[m].Start:r.e]) {
				r.i, r.weak = r.ts[m].Start, false
				return true
			}
		}
	}
	return true
}

// gradeInText finds a grade label inside a line's words.
var gradeInText = regexp.MustCompile(`[一二三四五六七八九十1-9]星?级`)

// gradeBeforePlace reports whether a line holds a grade label with a place
// or a level after it (昆山市三级养老机构昆山市福利院: a grading list's
// heading that the decoder ran into the line of the body it ranks): the
// line is no one body's name (listLineNames).
func gradeBeforePlace(text string) bool {
	loc := gradeInText.FindStringIndex(text)
	if loc == nil {
		return false
	}
	for i := loc[1]; i < len(text); {
		if agency.HasLocality(text[i:]) {
			return true
		}
		_, w := utf8.DecodeRuneInString(text[i:])
		i += w
	}
	return false
}
