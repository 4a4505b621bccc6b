package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/span"
	"bulletin/schema"
)

// entryCredits finds the writers a yearbook or a digest credits in a
// bracket that closes an entry where the copy put it at the start of the
// next entry's line, right before that entry's heading in lenticular
// brackets (…完成年计划的100%。 / (李某某)【双拥活动】1996年…): an entry
// closes with its writer's bracket, and 【 opens the next one's heading,
// so the bracket between them is the credit of the entry above. A bare
// name there is a writer with no title (GOLD.md, people: a bare name in a
// closing credit has role null); a bracket of other words names no one
// (bracketNames reads only names).
func entryCredits(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for start, end := range lineSpans(s) {
		open := start + len(spacesAt(s, start))
		r, w := utf8.DecodeRuneInString(s[open:end])
		if r != '（' && r != '(' {
			continue
		}
		open += w
		k := bracketEnds.index(s[open:end])
		if k < 0 {
			continue
		}
		close := open + k
		c, cw := utf8.DecodeRuneInString(s[close:])
		if c != '）' && c != ')' || !strings.HasPrefix(s[close+cw:end], "【") {
			continue
		}
		out = append(out, bracketNames(t, words, creditFields(t, open, close), "people/entry-credit", true)...)
	}
	return out
}
