package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// unitBeforePreposition reports whether the segmenter read a unit's
// one-character ending at e (处, 科, 室, 股) and the preposition after it
// as one word of its dictionary (民政局婚姻登记|处在/v|特殊的日子里: 处在,
// 处于 are verbs of their own), while the words before the ending name the
// unit after its parent body: a body's name (民政局, 政务服务中心), then
// only nouns of the field the unit serves (婚姻登记). Such an office is
// named after its parent, so its name runs whole to its ending (GOLD.md
// keeps the longest form) and the preposition (在, 于, 从, 自: the
// dateprep cue words, 《现代汉语八百词》's prepositions of time and place)
// opens the clause's adverbial. With no parent body before it the ending
// stays a word's (处在困境, 婚姻登记处在哪里 names no office).
func unitBeforePreposition(s string, ts []segment.Token, e int, suffix string) bool {
	if utf8.RuneCountInString(suffix) != 1 || lexicon.AgencySuffixes().Label(suffix, 0) != "unit" {
		return false
	}
	k := tokenAt(ts, e-len(suffix))
	if k <= 0 {
		return false
	}
	rest := s[e:ts[k].End]
	if utf8.RuneCountInString(rest) != 1 || !lexicon.CueWordList("dateprep").Has(rest) {
		return false
	}
	return parentBodyBefore(ts, k)
}

// parentBodyBefore reports whether the tokens right before token k are
// nouns of a field (婚姻登记/n) that follow a body's name, a word the
// segmenter tags as an organisation's (民政局/nt) or one that ends in an
// agency's ending (中心, 局): the unit at k is that body's.
func parentBodyBefore(ts []segment.Token, k int) bool {
	fields := 0
	for j := k - 1; j >= 0 && ts[j].End == ts[j+1].Start; j-- {
		tag := ts[j].Tag
		if fields > 0 {
			if _, ok := lexicon.AgencySuffixes().Suffix(ts[j].Word); ok || tag == "nt" {
				return true
			}
		}
		if !strings.HasPrefix(tag, "n") && tag != "vn" {
			return false
		}
		fields++
	}
	return false
}
