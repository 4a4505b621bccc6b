package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// centreListedRule marks 中央 read as a body in a list of the Party's
// committees.
const centreListedRule = "centre-listed"

// centreListed finds 中央 printed alone as the first member of a list of
// the bodies of the levels below it (贯彻中央、省委的部署, 中央和省委): the
// Party's documents name its Central Committee 中央 where they list it with
// the committees of each level (《中国共产党章程》 ch. 3-4: 党的中央组织,
// 党的地方组织), as 党中央 is listed elsewhere. It is a body only where the
// member after the mark is itself a party or government body, found
// (省委, 省政府, 国务院), and 中央 stands as a word of its own: after a mark
// or a verb, not inside a word (党中央, 团中央) or before a noun it
// qualifies (中央财政、省级财政资金).
func centreListed(s string, words wordsAt, cs []candidate) []candidate {
	const centre = "中央"
	var out []candidate
	for k := 0; ; {
		p := strings.Index(s[k:], centre)
		if p < 0 {
			return out
		}
		p += k
		k = p + len(centre)
		j, ok := listJoinAt(s, k)
		if !ok || !centreOpensWord(s, words, p) {
			continue
		}
		for _, c := range cs {
			if c.start != j {
				continue
			}
			if _, kind := agency.Ending(s[c.start:c.end]); kind == "party" || kind == "government" {
				out = append(out, candidate{p, k, centreListedRule})
				break
			}
		}
	}
}

// centreOpensWord reports whether 中央 at p opens a word: the text or a
// mark before it, or a verb or a word that bounds a name (贯彻|中央).
func centreOpensWord(s string, words wordsAt, p int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:p])
	if p == 0 || !unicode.Is(unicode.Han, r) {
		return true
	}
	ts := words(p)
	n := tokenEndingAt(ts, p)
	if n < 0 || tokenAt(ts, p) < 0 {
		return false
	}
	w := ts[n]
	return strings.HasPrefix(w.Tag, "v") || lexicon.AgencyBoundaries().Has(w.Word)
}
