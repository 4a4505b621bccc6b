package extract

import (
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// levelAfterNoun moves the start to a short name that the segmenter read
// as one word of an upper level and its ending (市局, 市委: a level of 市,
// 县 or 省, then the body's ending), where a common noun of the clause
// stands right before it (对存在的问题|市局将发出…, 将检查情况报告|市委): the
// level opens the short name, as it does after a mark, and the noun, a
// word of the dictionary of two characters or more that names no place,
// no body and no trade (问题, 报告), is the clause's. A one-character word
// (团|市委, the League's committee) or a body's name (共青团|市委) before
// the level is the name's own.
type levelAfterNoun struct{}

func (levelAfterNoun) open(r *startReading) bool {
	for k := tokenOver(r.ts, r.i+1); k > 0 && k < len(r.ts) && r.ts[k].Start < r.j(); k++ {
		t := r.ts[k]
		if t.Start <= r.i || t.End != r.e || !agency.UpperLevelAt(r.s, t.Start) {
			continue
		}
		prev := r.ts[k-1]
		if prev.End != t.Start || prev.Tag != "n" || utf8.RuneCountInString(prev.Word) < 2 || prev.Start < r.i {
			return true
		}
		if agency.HasLocality(prev.Word) || lexicon.Domain().Has(prev.Word) || lexicon.AgencyWords().Has(prev.Word) || lexicon.GenericAgencies().Has(prev.Word) {
			return true
		}
		if _, ok := lexicon.AgencySuffixes().Suffix(prev.Word); ok {
			return true
		}
		r.i, r.weak = t.Start, false
		return true
	}
	return true
}
