package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/span"
	"bulletin/schema"
)

// openingCredits finds the writers a news report credits in a bracket
// that opens a paragraph, its dateline left out ((许宁)近日，由…; (张丽
// 王建国)日前，…): the byline a report prints after 本报讯 or …日电 stands
// alone at the lead's start, and a bare name there is a writer with no
// title (GOLD.md, people: a bare name in a credit has role null). The
// lead's time word right after the bracket (近日, 日前, 5月31日: cue_words
// leadtime, or a figure) says the report's text opens there; a bracket of
// a heading's number ((一)近日…) names no one (bracketNames reads only
// names). Source: the leads of bureaus' and papers' news reports
// (本报讯(某某)近日, and the same with the outlet's words dropped).
func openingCredits(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	times := lexicon.CueWordList("leadtime")
	for at := 0; at < len(s); {
		line := at
		if k := strings.IndexByte(s[at:], '\n'); k >= 0 {
			at += k + 1
		} else {
			at = len(s)
		}
		open := line + len(spacesAt(s, line))
		r, w := utf8.DecodeRuneInString(s[open:])
		if r != '（' && r != '(' {
			continue
		}
		open += w
		end := bracketEnds.index(s[open:])
		if end < 0 {
			continue
		}
		close := open + end
		c, cw := utf8.DecodeRuneInString(s[close:])
		if c != '）' && c != ')' {
			continue
		}
		after := close + cw
		if _, ok := times.At(s, after); !ok && (after >= len(s) || !isDigit(s[after])) {
			continue // (注)…, (一)…: no lead opens after it
		}
		out = append(out, bracketNames(t, words, creditFields(t, open, close), "people/opening-credit", true)...)
	}
	return out
}
