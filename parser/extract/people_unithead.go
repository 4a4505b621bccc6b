package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// unitHeadName reports whether n, read as a name before the title w,
// ends with the one-character ending of the body that w heads (计财处|
// 处长, 办公科|科长, 事务股|股长): the head of a 处, 科 or 股 is its
// ending and 长 (处长, 科长, 股长), so a body's name printed before its
// head's title ends with the title's first character, and the words are
// the body, no name (agency_suffixes.tsv, the endings of a body's name).
func unitHeadName(n, w string) bool {
	last, _ := utf8.DecodeLastRuneInString(n)
	first, _ := utf8.DecodeRuneInString(w)
	return last == first && lexicon.AgencySuffixes().Has(string(last))
}
