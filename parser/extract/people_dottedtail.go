package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// dottedTail reports whether name, a transcribed name with its dot
// (明江·扎日), is the tail of a longer one the document prints right
// after a title of office elsewhere, one character more before its first
// part (厅长依明江·扎日 beside 厅长明江·扎日): a copy that drops a
// character of a long transcribed name names the same person, whom the
// record lists once under the name printed whole. The character before
// is no name's where it closes a title itself (副秘书长艾赛提·吾拉音木: 副秘书
// and 长, but 长 is the last of 副秘书长): the name there is printed whole.
func dottedTail(doc, name string) bool {
	if !strings.ContainsAny(name, nameDots) {
		return false
	}
	for i := range printedAt(doc, name) {
		r, w := utf8.DecodeLastRuneInString(doc[:i])
		if i == 0 || !unicode.Is(unicode.Han, r) {
			continue
		}
		if _, ok := lexicon.Titles().EndingAt(doc, i); ok {
			continue // 副秘书长|艾赛提·吾拉音木: the title's own last character
		}
		if t, ok := lexicon.Titles().EndingAt(doc, i-w); ok && officeWord(t) {
			return true
		}
	}
	return false
}
