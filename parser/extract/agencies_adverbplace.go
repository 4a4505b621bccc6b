package extract

import (
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// adverbOpensPlace reports whether the token ts[k], a character the
// segmenter tagged as an adverb (都/d), opens a division's name of the
// gazetteer that ends with its level where a token ends, by j (都|安县/x|救助管理站: 都安县,
// the county): the character is the place's first, no adverb, and the
// words from it are the name's, as insidePlace reads a character inside a
// place. An adverb of two characters or more (进一步) is a word of its
// own, and one before a place that opens after it (都|安徽省…) leaves that
// place whole to the rules of its words.
func adverbOpensPlace(s string, ts []segment.Token, k, j int) bool {
	t := ts[k]
	if t.Tag != "d" || utf8.RuneCountInString(t.Word) != 1 {
		return false
	}
	place, ok := lexicon.Places().At(s, t.Start)
	if !ok || len(place) <= len(t.Word) {
		return false
	}
	// The place's level follows it (都安|县): 都安排 is an adverb and a
	// verb, no place.
	l, _, ok := agency.LevelAt(s, t.Start+len(place))
	if !ok {
		return false
	}
	end := t.Start + len(place) + len(l)
	m := tokenEndingAt(ts, end)
	return m > k && end <= j
}
