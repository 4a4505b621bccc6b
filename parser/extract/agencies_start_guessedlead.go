package extract

import (
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// guessedLead finds no body where the segmenter guessed one word of a
// single character and a whole ending of two characters or more (因墓园/x
// 停车位有限: 因, because, and the kind 墓园): a body is named by its
// place or level and its own words before the ending (the agency package),
// and one character that is neither is a word of the clause before the
// kind, no name of its own (a cemetery's own name is two characters at
// the least, 福寿墓园).
type guessedLead struct{}

func (guessedLead) open(r *startReading) bool {
	return !guessedLeadAt(r.s, r.i, r.j(), r.e, r.ts)
}

// guessedLeadAt reports whether the name [i, e) is one Chinese character
// and the ending at [j, e) of two characters or more, which the segmenter
// guessed as one word, the character no level (市公墓) and no place's.
func guessedLeadAt(s string, i, j, e int, ts []segment.Token) bool {
	r, w := utf8.DecodeRuneInString(s[i:])
	if i+w != j || !unicode.Is(unicode.Han, r) || utf8.RuneCountInString(s[j:e]) < 2 {
		return false
	}
	if agency.OneCharLevel(s[i:e]) != "" {
		return false
	}
	if _, ok := lexicon.Places().At(s, i); ok {
		return false
	}
	if _, ok := lexicon.GenericPrefixes().At(s, i); ok {
		return false // 该中心, 各中心: read by the rules for those
	}
	k := tokenAt(ts, i)
	return k >= 0 && ts[k].End == e && ts[k].Tag == "x"
}
