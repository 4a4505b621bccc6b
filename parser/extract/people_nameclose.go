package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// gluedLast reads the last character of a three-character name that the
// segmenter glued to the function word after it (局长王某|某及|局班子成员,
// 厅长王某|某关|於: cue_words.tsv, nameclose: 及, 和, 关于) and cut off the
// two it read as the name: a conjunction or a preposition opens the phrase
// after a name, so the character before it, which the segmenter did not
// know as a word with it, is the name's own. A body's character (县, 局)
// there is the next member's, and a stop of name_stops.txt that is a
// function word or a verb alone (在, 说) is a word of its own; neither is
// the name's. A stop that only opens a verb (强 of 强调) opens none before
// the conjunction, so it is the name's (副区长张国|强及|相关单位: stopWord).
func gluedLast(s string, next segment.Token) (string, bool) {
	if next.Tag != "x" || utf8.RuneCountInString(next.Word) < 2 || !allHan(next.Word) {
		return "", false
	}
	_, w := utf8.DecodeRuneInString(next.Word)
	c := next.Word[:w]
	if stopWord(c) || bodyChar(c) {
		return "", false
	}
	if _, ok := lexicon.CueWordList("nameclose").At(s, next.Start+w); !ok {
		return "", false
	}
	return c, true
}
