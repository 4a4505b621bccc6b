package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/numeral"
)

// countedName reports whether a name read after a title is a count of the
// holders: a Chinese numeral that is also a surname (三, 万, 百) and a
// measure word of units.tsv after it (书记三人, 主任两名, 局长万人): the
// title is the class of people counted, no one's post, and a given name of
// one character is no measure word. A name whose given part is no measure
// word (局长万鹏, 书记三宝) stays a name.
func countedName(n string) bool {
	r, w := utf8.DecodeRuneInString(n)
	if !numeral.IsChinese(r) || w == len(n) {
		return false
	}
	return lexicon.Units().Has(n[w:])
}
