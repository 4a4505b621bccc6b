package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// andPairedRule marks the second of two names joined by a conjunction
// that andPaired found.
const andPairedRule = "and-paired"

// pairWords are the conjunctions that join two names of one kind (甲社区和
// 乙社区): 和, 与, 及 (《现代汉语词典》 连词).
var pairWords = []string{"和", "与", "及"}

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
		var conj string
		for _, w := range pairWords {
			if strings.HasPrefix(s[c.end:], w) {
				conj = w
			}
		}
		if conj == "" {
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
		if e < len(s) && !strings.ContainsRune("，,、。；;：:！？)）\n", []rune(s[e:])[0]) {
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
