package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// A sum in running text is introduced by a word of summing (cue_words.tsv
// sum: 共计, 合计, 总计), and its figure may stand with no measure word
// after it (高龄津贴发放共计45775，合计资金…): the figure is still an amount,
// a count of the noun the sentence names before it, with the unit ""
// (GOLD.md, quantities: a number with nothing after it that reads as a
// count of the noun before it). Only a figure that ends its word counts:
// one run on into letters, a dot or a slash is a code.

// summed reports whether the digits at [i, k) with no unit after them
// follow a word of summing right before them, spaces aside (a colon
// labels a field of a form: 合计：).
func summed(s string, i, k int) bool {
	_, ok := wordBefore(s, i, lexicon.CueWordList("sum"))
	return ok && figureEnds(s, k)
}

// wordBefore is the longest word of ws that ends right before the figure
// at i, spaces aside: the noun or the word of summing that leads a figure
// printed with no unit (summed, fundSum, statusCount).
func wordBefore(s string, i int, ws *lexicon.Words) (string, bool) {
	before := strings.TrimRightFunc(s[:i], unicode.IsSpace)
	return ws.EndingAt(before, len(before))
}

// figureEnds reports whether the figure whose digits end at k ends its
// word there: one run on into letters, a dot or a slash is a code, and one
// a space parts from more digits is cut in two.
func figureEnds(s string, k int) bool {
	next, _ := utf8.DecodeRuneInString(s[k:])
	if after := strings.TrimLeft(s[k:], " \t"); after != "" && isDigit(after[0]) {
		return false // 共10 20人: a figure a space parts from the rest of it
	}
	return k >= len(s) || !isASCIIAlnum(next) && !strings.ContainsRune("./-:·", next)
}
