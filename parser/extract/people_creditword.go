package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// wordGivenCredit reports whether the field f of a closing credit, three
// Chinese characters, is a surname and a given name the segmenter read as
// a word of the dictionary ((万|如意 卢超华), (王|建华 李明)): where another
// field of the bracket is a name (bracketNames' split), the bracket lists
// the writers, each field one name, and a given name is often a word of
// its own (如意, 建华). The surname must stand as a token alone, whatever
// the segmenter read it as (万, a numeral), and the given name be one word
// of two characters of no closed class (the particles, prepositions and
// numerals of closedClassTag) and no title or body's ending; a place (张家|
// 港) or a body's word the segmenter reads whole is no surname and a word.
func wordGivenCredit(f string, ts []segment.Token, at int) bool {
	if utf8.RuneCountInString(f) != 3 || !allHan(f) {
		return false
	}
	sur, ok := surnameAt(f, 0)
	if !ok || utf8.RuneCountInString(sur) != 1 {
		return false
	}
	k := tokenAt(ts, at)
	if k < 0 || k+1 >= len(ts) || ts[k].Word != sur {
		return false
	}
	given := ts[k+1]
	if given.Start != ts[k].End || given.End != at+len(f) || closedClassTag(given.Tag) {
		return false
	}
	if lexicon.Titles().Has(given.Word) || lexicon.AgencySuffixes().Has(given.Word) || lexicon.Places().Has(f) {
		return false
	}
	_, ok = checkName(f)
	return ok
}
