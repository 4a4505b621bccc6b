package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/segment"
)

// endingBeforeAdverb reports whether the segmenter read a one-character
// agency ending at e and the word that leads the clause's verb after it
// as one word of its dictionary (社会工作部|将会同…, read 部将/n, a
// general's officer): the ending closes the name the words before it
// opened, and the one-character adverb or verb-leading word (将, 要, 已,
// 也: the cue words labelled verblead, 《现代汉语八百词》's 副词) opens the
// predicate, as it does after 组织部|将 where the dictionary knows the
// unit's name. Only where the words before the ending stand apart from
// it (a name's words: 社会工作|部将), a verb follows the adverb and no 的
// makes the word a noun of its own (部将的故事).
func endingBeforeAdverb(s string, ts []segment.Token, e int, suffix string) bool {
	if utf8.RuneCountInString(suffix) != 1 || tokenEndingAt(ts, e-len(suffix)) < 0 {
		return false
	}
	k := tokenAt(ts, e-len(suffix))
	if k < 0 || k == 0 || !strings.HasPrefix(ts[k].Tag, "n") {
		return false
	}
	rest := s[e:ts[k].End]
	if utf8.RuneCountInString(rest) != 1 || !leadingVerbs().Has(rest) {
		return false
	}
	next := tokenAt(ts, ts[k].End)
	return next >= 0 && !strings.HasPrefix(ts[next].Tag, "u") && ts[next].Tag != "x"
}
