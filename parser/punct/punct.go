// Package punct names the marks of punctuation the parser's stages share:
// what ends a sentence, what parts its clauses, what opens and closes a
// quotation or a bracket. One set for all, so that the layout, the dates
// and the extractors cut text at the same places.
package punct

// SentenceEnds are the marks that end a sentence, full width and ASCII.
const SentenceEnds = "。！？!?"

// ClauseMarks part the clauses of a sentence.
const ClauseMarks = "，,；;：:"

// Bracket is 1 for a mark that opens a quotation or a bracket, -1 for one
// that closes it, 0 for any other rune.
func Bracket(r rune) int {
	switch r {
	case '“', '《', '（', '(', '「', '『', '‘', '【':
		return 1
	case '”', '》', '）', ')', '」', '』', '’', '】':
		return -1
	}
	return 0
}
