package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// quotedKind reports whether the quote [i, e) of s holds a kind of body
// and no body's name: an ending labelled named (社区, 街道) after one word
// the dictionary knows that is no place (“问题社区”, “明星社区”, “美丽社区”).
// A report quotes such a word as an epithet or an honour's title, as
// unquoted the scanner reads 城乡社区 as a kind (commonWordBefore); the
// tag the segmenter gives the word (美丽/ns, 明星/nr) is a guess, the
// gazetteer decides. A word it guessed (百步亭社区), more words, a place
// of the gazetteer, or a village's or a street's name before the ending
// (villageNamed, streetNamed) still name one.
func quotedKind(s string, words wordsAt, i, e int) bool {
	q := s[i:e]
	suffix, ok := lexicon.AgencySuffixes().Suffix(q)
	if !ok || lexicon.AgencySuffixes().Label(suffix, 1) != "named" || len(q) == len(suffix) || agency.HasLocality(q) {
		return false
	}
	j := e - len(suffix)
	ts := words(j - 1)
	k := tokenEndingAt(ts, j)
	if k < 0 || ts[k].Start != i || ts[k].Tag == "x" {
		return false
	}
	if p, ok := lexicon.Places().At(ts[k].Word, 0); ok && p == ts[k].Word {
		return false
	}
	return !villageNamed(s, ts, j) && !streetNamed(s, ts, j)
}
