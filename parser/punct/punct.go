// Package punct names the marks of punctuation the parser's stages share:
// what ends a sentence, what parts its clauses, what opens and closes a
// quotation or a bracket. One set for all, so that the layout, the dates
// and the extractors cut text at the same places.
package punct

import (
	"strings"
	"unicode/utf8"
)

// SentenceEnds are the marks that end a sentence, full width and ASCII.
const SentenceEnds = StatementEnds + QuestionMarks

// StatementEnds end a sentence that states or exclaims: the full stop and
// the exclamation mark.
const StatementEnds = "。！!"

// QuestionMarks end a question.
const QuestionMarks = "？?"

// Semicolons part the clauses of a sentence that each could stand alone.
const Semicolons = "；;"

// ClauseMarks part the clauses of a sentence.
const ClauseMarks = "，," + Semicolons + "：:"

// NoLineStart are the marks Chinese typesetting never sets at a line's
// start (行首禁则: W3C's Requirements for Chinese Text Layout, §3.1.7,
// GB/T 15834-2011's marks that close): a stop, a comma, a colon, a closing
// quote or bracket (Bracket's closers). A line that opens with one goes on
// from the line above it, wherever an extraction broke it.
const NoLineStart = SentenceEnds + ClauseMarks + "、"

// OpensWithCloser reports whether s opens with a mark of NoLineStart or
// a mark that closes a quotation or a bracket.
func OpensWithCloser(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " 　"))
	return r != utf8.RuneError && (strings.ContainsRune(NoLineStart, r) || Bracket(r) < 0)
}

// Bracket is 1 for a mark that opens a quotation or a bracket, -1 for one
// that closes it, 0 for any other rune.
func Bracket(r rune) int {
	switch r {
	case '“', '《', '（', '(', '「', '『', '‘', '【', '〔', '〈':
		return 1
	case '”', '》', '）', ')', '」', '』', '’', '】', '〕', '〉':
		return -1
	}
	return 0
}

// Balanced reports whether every bracket and quote s closes it opened:
// a piece that closes one it did not open (…方案》，以) or leaves one open
// (以“善行温州) is cut out of a longer text.
func Balanced(s string) bool {
	depth := 0
	for _, r := range s {
		if depth += Bracket(r); depth < 0 {
			return false
		}
	}
	return depth == 0
}

// RangeDashes are the marks that join the two ends of a range (GB/T
// 15834-2011 标点符号用法 4.13, 连接号: the short hyphen, the en dash and the
// wave dash; the em dash, the horizontal bar, the full-width hyphen and
// wave dashes that keyboards and conversions print for them).
const RangeDashes = "-–—―－~～〜"

// RangeWords join the two ends of a range in words (3至5个, 5月1日到3日).
var RangeWords = []string{"至", "到"}

// RangeJoinAt is the connector at byte offset i of s that joins a range's
// two ends, or "": a dash, once or doubled (80--89周岁, 1日——3日: two marks
// join the ends as one does), or one of the words.
func RangeJoinAt(s string, i int) string {
	r, n := utf8.DecodeRuneInString(s[i:])
	if n > 0 && r != utf8.RuneError && strings.ContainsRune(RangeDashes, r) {
		if next, m := utf8.DecodeRuneInString(s[i+n:]); m > 0 && next == r {
			return s[i : i+n+m]
		}
		return s[i : i+n]
	}
	for _, w := range RangeWords {
		if strings.HasPrefix(s[i:], w) {
			return w
		}
	}
	return ""
}
