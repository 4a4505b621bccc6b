package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// betweenNames reads the member of a list of names that the mark 、 at
// j opens and another 、 closes, with a name read after that mark (杨春敏、
// 左文学、热先古力·托乎提): the 顿号 parts coordinate words of one kind (GB/T
// 15834-2011, 4.6), so a member between two names is a name too, though
// the segmenter read its given name as a word it knows (左|文学). Its two
// or three characters open with a surname and hold no title, no body's
// ending and no place; the name before it is the caller's.
func betweenNames(s string, words wordsAt, j int) (string, bool) {
	e := hanRunEnd(s, j, len(s))
	if c := utf8.RuneCountInString(s[j:e]); c < 2 || c > 3 || !strings.HasPrefix(s[e:], "、") {
		return "", false
	}
	v := s[j:e]
	if _, ok := surnameAt(v, 0); !ok || hasTitle(v) || lexicon.Places().Has(v) {
		return "", false
	}
	if _, ok := lexicon.AgencySuffixes().EndingAt(v, len(v)); ok {
		return "", false
	}
	for _, r := range v {
		if lexicon.NameStops().Has(string(r)) {
			return "", false
		}
	}
	next := e + len("、")
	if _, ok := nameAfter(s, words(next), next); !ok {
		return "", false
	}
	return checkName(v)
}
