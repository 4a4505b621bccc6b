package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/punct"
)

// andPairedRule marks the second of two names joined by a conjunction
// that andPaired found.
const andPairedRule = "and-paired"

// andPaired finds the second of two bodies joined by a conjunction, each
// named whole with the same ending of two characters or more (黄梅镇沙岭
// 社区和蒋花园社区): the first is a found name, and the words after the
// conjunction, Han characters alone up to a mark, close on the first's
// ending, so they name a second body of that kind, in the place the first
// names, though no place or ending read them. A class after the
// conjunction (和其他社区, 和各社区: the generic prefixes) or a second that
// runs on past the ending is left alone.
func andPaired(s string, cs []candidate) []candidate {
	var out []candidate
	for _, c := range cs {
		suffix, ok := lexicon.AgencySuffixes().EndingAt(s, c.end)
		if !ok || utf8.RuneCountInString(suffix) < 2 {
			continue
		}
		// The conjunctions that join two members of a list (cue list
		// conjunction: 和, 与, 及, 以及).
		conj, ok := lexicon.CueWordList("conjunction").At(s, c.end)
		if !ok {
			continue
		}
		start := c.end + len(conj)
		e := start
		for e < len(s) {
			r, w := utf8.DecodeRuneInString(s[e:])
			if !unicode.Is(unicode.Han, r) {
				break
			}
			e += w
		}
		if r, _ := utf8.DecodeRuneInString(s[e:]); e < len(s) && !strings.ContainsRune(punct.ClauseMarks+punct.SentenceEnds+"、)）\n", r) {
			continue // a letter or a figure runs on: no name closes there
		}
		name := s[start:e]
		head, ok := strings.CutSuffix(name, suffix)
		if !ok || utf8.RuneCountInString(head) < 2 || strings.Contains(head, suffix) {
			continue
		}
		if _, class := lexicon.GenericPrefixes().At(name, 0); class {
			continue
		}
		out = append(out, candidate{start, e, andPairedRule})
	}
	return out
}
