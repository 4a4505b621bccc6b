package extract

import "strings"

// numberWords are the characters of the Chinese number words: the digits,
// the units of ten to a hundred million, and 两, 双 and 半 (a pair, a half).
const numberWords = "零〇一二三四五六七八九十百千万亿两双半"

// numberName reports whether a name read is made of number words only
// (双百社工, 三百社工, 千万家庭): the count a programme or a campaign is named
// by before the job or class of people it enlists, which a surname the
// lexicon shares with a number (双, 万, 百) makes look like a name. A
// person's given name never is numbers alone after a number surname.
func numberName(n string) bool {
	if n == "" {
		return false
	}
	for _, r := range n {
		if !strings.ContainsRune(numberWords, r) {
			return false
		}
	}
	return true
}
