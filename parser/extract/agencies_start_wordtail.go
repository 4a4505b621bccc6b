package extract

import (
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// wordTailLeads finds no body where the name the scan read is one
// character that ends a word the segmenter read with the character before
// it, and a whole ending of two characters or more (送进/x|社区: 送进, to
// deliver into, a verb and its complement of direction, then the kind
// 社区): a body is named by its place or level and its own words before
// the ending (the agency package), and a name opens at a word's start,
// never inside one; the tail of a word is the clause's, before a kind that
// names no one body. A level (市|社区), a place, a word that points (该) or
// a body's own ending (经局|党组: the bureau's) opening the name is read as
// the name's own.
type wordTailLeads struct{}

func (wordTailLeads) open(r *startReading) bool {
	return !wordTailAt(r)
}

func wordTailAt(r *startReading) bool {
	c, w := utf8.DecodeRuneInString(r.s[r.i:])
	if r.i+w != r.j() || !unicode.Is(unicode.Han, c) || utf8.RuneCountInString(r.suffix) < 2 {
		return false
	}
	// The word that holds the name's first character opens before it and
	// ends where the ending starts.
	if k := tokenEndingAt(r.ts, r.j()); k < 0 || r.ts[k].Start >= r.i {
		return false
	}
	// 市|社区, 该|社区: a level, a place or a word that points opens the
	// name as its own.
	if agency.HasLocality(r.s[r.i:r.e]) {
		return false
	}
	if _, ok := lexicon.GenericPrefixes().At(r.s, r.i); ok {
		return false
	}
	// 经局|党组: the character is a body's own ending, the body the text
	// is of, which owns the unit after it.
	if suffix, _ := agency.Ending(r.s[r.i:r.j()]); suffix != "" {
		return false
	}
	return true
}
