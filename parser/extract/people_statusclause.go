package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// statusClause reports whether the three characters n read at i after a
// word for a class of people (困难群众, 低保户) are the clause's verb and
// its object rather than a name: the first is a surname outside the common
// hundred (过, 享) and the two after it a word the segmenter knows as a
// word of another kind (温暖, an adjective), not a given name it guessed or
// tagged as one (为困难群众过温暖祥和春节). rareShortName decides the
// two-character case; a common surname keeps the name (低保户王建国).
func statusClause(ts []segment.Token, i int, n string) bool {
	if utf8.RuneCountInString(n) != 3 {
		return false
	}
	sur, ok := surnameAt(n, 0)
	if !ok || lexicon.Surnames().Label(sur, 0) == surnameCommon {
		return false
	}
	k := tokenAt(ts, i+len(sur))
	return k >= 0 && ts[k].Word == n[len(sur):] && !nameTag(ts[k].Tag)
}
