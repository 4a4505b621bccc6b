package extract

import (
	"unicode/utf8"

	"bulletin/parser/span"
)

// spacedPairValue reads the name a credit label gives at i where the
// line prints a name of two characters spaced to the width of three
// (编 辑:向 甜, 审核：郭 宇): one Han character, the printed space, one
// more, and then the line's end, a space or a closing bracket. The name
// rules read the pair squeezed together as words (向 a preposition, 甜 an
// adjective) and find none, but a credit's field holds a name, and a pair
// of single characters set apart so is its surname and given name
// (gapCutName reads the pair the rules do find). The first must be a
// surname of the lexicon; a run of three single characters (张 三 丰) or
// a second field of more is no such pair, nor is a place's name.
func spacedPairValue(t span.Text, i int) (string, bool) {
	s := t.String()
	sur := fieldRun(t, i)
	if utf8.RuneCountInString(sur) != 1 {
		return "", false
	}
	// A run of one character ends at a printed space or where the Han run
	// does; after the latter the next field is empty, so no gap is checked.
	j := i + len(sur)
	given := fieldRun(t, j)
	if utf8.RuneCountInString(given) != 1 {
		return "", false
	}
	e := j + len(given)
	r, _ := utf8.DecodeRuneInString(s[e:])
	if !(e >= len(s) || r == '\n' || r == '）' || r == ')') {
		if !t.HasGapAt(e) {
			return "", false
		}
		if next := fieldRun(t, e); utf8.RuneCountInString(next) == 1 {
			return "", false // 张 三 丰: a run of single characters
		}
	}
	p, ok := spacedName(t, []bounds{{i, j}, {j, e}}, "")
	if !ok {
		return "", false
	}
	return p.Name, true
}
