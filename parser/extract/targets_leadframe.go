package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/punct"
)

// A report of a meeting prints what was said after a frame that names who
// said it (会议强调，2025年，全省民政系统要…。一是…；二是…，建成1000个…): the
// frame's clause closes with a verb of saying (cue_words.tsv, speechframe:
// 强调, 指出, 要求, 提出, 表示), and the clause after it opens what was said.
// A year that opens that clause as its time adverbial leads the paragraph
// as a year that opens the line does (paragraphLeadDeadline): the plan's
// targets under it that name no time of their own are due at that year's
// end (GOLD.md, targets: the deadline the text gives).

// framedLeadAt is where the clause after a speech frame opens on the line
// that starts at i, or -1: the line's first clause, no stop of a sentence
// and no figure in it, closed by a comma right after a verb of saying. The
// clause after it must start before at.
func framedLeadAt(s string, i, at int) int {
	k := strings.IndexAny(s[i:at], clauseStops+sentenceStops)
	if k <= 0 {
		return -1
	}
	c, w := utf8.DecodeRuneInString(s[i+k:])
	if c != '，' && c != ',' {
		return -1 // a colon sets out a list, a stop ends the sentence
	}
	frame := s[i : i+k]
	if strings.ContainsAny(frame, "0123456789"+punct.SentenceEnds) {
		return -1
	}
	if _, ok := lexicon.CueWordList("speechframe").EndingAt(frame, len(frame)); !ok {
		return -1
	}
	return i + k + w
}
