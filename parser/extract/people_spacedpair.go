package extract

import (
	"unicode/utf8"

	"bulletin/parser/span"
	"bulletin/schema"
)

// spacedPairCredits finds a two-character name letter-spaced among the
// other names of a closing credit ((吴 丰 张凤元)): the typesetting of
// credits pads a two-character name to the width of three (spacedName
// reads a bracket that holds it alone), so two fields of one Han
// character side by side, a surname and a given name, are one name. The
// bracket must name someone else as a credit does (a bare name field of
// its own), and the pair must stand alone: a run of three or more single
// characters (张 三 丰) is no pair this reads.
func spacedPairCredits(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	single := func(f bounds) bool {
		v := s[f.start:f.end]
		return utf8.RuneCountInString(v) == 1 && allHan(v)
	}
	for fields := range credits(t) {
		if len(fields) < 3 || !namedField(t, words, fields) {
			continue
		}
		for k := 0; k+1 < len(fields); k++ {
			if !single(fields[k]) || !single(fields[k+1]) {
				continue
			}
			if k > 0 && single(fields[k-1]) || k+2 < len(fields) && single(fields[k+2]) {
				continue
			}
			if p, ok := spacedName(t, fields[k:k+2], "people/closing-credit"); ok {
				out = append(out, p)
			}
		}
	}
	return out
}
