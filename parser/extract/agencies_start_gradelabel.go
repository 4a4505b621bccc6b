package extract

import (
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// gradeLabelLeads moves the start past a grade label that a grading list
// prints before the names it ranks (三级养老机构|昆山市福利院: the grade, the
// kind graded, then one body graded so, as 《养老机构等级划分与评定》
// (GB/T 37276-2018) grades homes 一级 to 五级, and star grades 五星级): the
// label heads a list, the body's name opens with its own place after it.
// Only a place or a level after the label moves the start: a name with no
// place after the grade (三级医院, 一级社会组织) is left to the other rules.
type gradeLabelLeads struct{}

// grades are the grades a rating gives (cue list grade: 一级 to 五级, the
// star grades, 1A to 5A), which the layout reads in lists of results too.
func grades() *lexicon.Words { return lexicon.CueWordList("grade") }

func (gradeLabelLeads) open(r *startReading) bool {
	k := tokenAt(r.ts, r.i)
	if k < 0 {
		return true
	}
	for ; k < len(r.ts) && r.ts[k].End <= r.j(); k++ {
		if !grades().Has(r.ts[k].Word) {
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

// gradeBeforePlace reports whether a line holds a grade label with a place
// or a level after it (昆山市三级养老机构昆山市福利院: a grading list's
// heading that the decoder ran into the line of the body it ranks): the
// line is no one body's name (listLineNames).
func gradeBeforePlace(text string) bool {
	graded := false
	for i := 0; i < len(text); {
		if graded && agency.HasLocality(text[i:]) {
			return true
		}
		if g, ok := grades().At(text, i); ok {
			graded, i = true, i+len(g)
			continue
		}
		_, w := utf8.DecodeRuneInString(text[i:])
		i += w
	}
	return false
}
