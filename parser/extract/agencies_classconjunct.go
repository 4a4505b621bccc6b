package extract

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// dropClassConjuncts drops a name with no place of its own joined by a
// conjunction to a kind of institution named by its ending alone (聚焦|
// 敬老院及|殡仪服务站, 、福利院和|残疾人托养中心: the homes and the stations
// of the places inspected): the first conjunct opens after a mark or a
// verb, so it is the kind, a class, and the members of one list share
// their kind, so the second is a class too (GOLD.md: a generic class or
// plural is not an agency). A name joined to a body that is named or
// qualified (城关镇敬老院及…, 公益性公墓和…), to a unit or a zone (婚姻登记处
// 和…, 开发区和…), or one with its place (敬老院及县殡仪服务站) stays.
func dropClassConjuncts(s string, words wordsAt, cs []candidate) []candidate {
	ends := map[int]bool{}
	for _, c := range cs {
		ends[c.end] = true
	}
	return slices.DeleteFunc(cs, func(c candidate) bool {
		if agency.HasLocality(s[c.start:c.end]) {
			return false
		}
		conj, ok := conjunctions().EndingAt(s, c.start)
		if !ok {
			return false
		}
		k := c.start - len(conj)
		suffix, ok := lexicon.AgencySuffixes().EndingAt(s, k)
		return ok && !ends[k] && lexicon.AgencySuffixes().Label(suffix, 0) == "institution" && kindOpens(s, words, k-len(suffix))
	})
}

// kindOpens reports whether a bare ending opening at i opens its phrase:
// after the text's start, a mark, a conjunction or a verb.
func kindOpens(s string, words wordsAt, i int) bool {
	if i == 0 {
		return true
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); !unicode.Is(unicode.Han, r) {
		return true
	}
	if _, ok := conjunctions().EndingAt(s, i); ok {
		return true
	}
	ts := words(i - 1)
	k := tokenEndingAt(ts, i)
	return k >= 0 && ts[k].Tag == "v"
}
