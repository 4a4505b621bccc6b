package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// A visit report prints the home of the person a status word names right
// after the name (低保户某某家中: cue list home, 家中, 家里). Where the
// segmenter glues the given name's last character to the home's 家 (孙维|农家|中:
// 农家, a farm household) it cuts the name one character short; the
// character before 家 is the name's, as homeName reads the other way (杨学|家中).
// Only after a status word, where the name is the person visited, and
// only with a character that may end a given name (no stop of
// name_stops.txt: 和, 到).

// homeGluedName is the two-character name n read at i with the character
// the segmenter glued to the 家 of the home after it, or n where none is.
func homeGluedName(s string, ts []segment.Token, i int, n string) string {
	e := i + len(n)
	k := tokenAt(ts, e)
	if utf8.RuneCountInString(n) != 2 || k < 0 || utf8.RuneCountInString(ts[k].Word) != 2 {
		return n
	}
	// A home a clause of 在 closes (在低保户冯某|弟家，) is the visit's
	// whatever the segmenter guessed the pair to be (people_visithome.go).
	visit := visitHome(s, ts[k].End-len(homeChar))
	if nameTag(ts[k].Tag) && !visit {
		return n
	}
	c, w := utf8.DecodeRuneInString(ts[k].Word)
	if !strings.HasSuffix(ts[k].Word, homeChar) || lexicon.NameStops().Has(string(c)) {
		return n
	}
	r, _ := utf8.DecodeRuneInString(s[ts[k].End:])
	if !lexicon.CueWordList("home").Has(homeChar+string(r)) && !visit {
		return n // 冯某|弟家，in a clause of 在: people_visithome.go
	}
	if m, ok := checkName(s[i : e+w]); ok {
		return m
	}
	return n
}
