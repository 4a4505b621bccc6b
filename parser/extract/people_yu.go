package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"bulletin/parser/segment"
)

// hantYu is the preposition 于 (at, on, about: 关于, 对于, 于是) as 繁體
// prints it (關於, 對於, 於是). The character map (parser/hant) folds the
// 繁體 forms of the other function words (為, 與, 從, 對, 們) into the
// simplified ones the name rules and the segmenter know, but leaves 於 as
// printed: the simplified standard keeps 於 for the surname
// (《通用规范汉字表》, 2013, note to 于), so the character has no one
// simplified form. 關於 thus reaches the extractors as 关於, which the
// segmenter, knowing 於 only as that surname (nr), cuts 关|於 and the name
// rules read as a surname and its given name; 王明於日前 as 王明|於, a
// name of three.
const hantYu = "於"

// yuRead serves the words of words with each 於 the segmenter read alone
// tagged the preposition (p) that 于 is, so that the name rules read 关於
// and 王明於 as they read 关于 and 王明于: a function word after a title
// or a name, no name nor part of one. A 於 right before a given name the
// segmenter read as a name's or did not know (於|洪涛, of one or two
// characters) keeps its tag: there it is the surname. The character is
// not a stop of name_stops.txt, as 于 is, for that reason: a stop read
// without the words would cut the surname off (於洪涛局长 → 洪涛). Where
// the text holds no 於 the words are served as they are.
func yuRead(s string, words wordsAt) wordsAt {
	if !strings.Contains(s, hantYu) {
		return words
	}
	read := map[int][]segment.Token{} // by the first word's start
	return func(i int) []segment.Token {
		ts := words(i)
		if len(ts) == 0 {
			return ts
		}
		if out, ok := read[ts[0].Start]; ok && len(out) == len(ts) {
			return out
		}
		out := ts
		for k, t := range ts {
			if t.Word != hantYu || t.Tag == "p" || givenAfter(ts, k) {
				continue
			}
			if &out[0] == &ts[0] {
				out = slices.Clone(ts) // the words are shared: tag a copy
			}
			out[k].Tag = "p"
		}
		read[ts[0].Start] = out
		return out
	}
}

// givenAfter reports whether the word right after ts[k] is one the
// segmenter read as a name's, a proper noun's or did not know, of one or
// two characters: the given name a surname opens.
func givenAfter(ts []segment.Token, k int) bool {
	if k+1 >= len(ts) || ts[k+1].Start != ts[k].End {
		return false
	}
	n := ts[k+1]
	// A given name the segmenter took for a proper noun (於|文华/nz 出席)
	// is a given name all the same.
	return (nameTag(n.Tag) || n.Tag == "nz") && allHan(n.Word) && utf8.RuneCountInString(n.Word) <= 2
}
