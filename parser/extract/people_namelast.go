package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// nameLastChars are the common last characters of given names that,
// read alone, are words no report prints right after a name (才 the
// adverb, 人 the noun): cue_words.tsv, list namelast.
func nameLastChars() *lexicon.Words { return lexicon.CueWordList("namelast") }

// nameLastAfter reports whether the one-character token next, right after
// a two-character name the segmenter did not know (王荣|才|参加, 董杰|人|
// 逐字), is that name's third character: a character of the namelast list
// that the clause goes on after (a word of Chinese follows it at once). A
// report prints a name's verb right after the name; an adverb or a noun
// of one character does not stand there alone. Before punctuation or a
// space it stays a word of its own (…的人。).
func nameLastAfter(s string, name, next segment.Token) bool {
	if name.Tag != "x" || next.Start != name.End || !nameLastChars().Has(next.Word) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[next.End:])
	return next.End < len(s) && allHan(string(r))
}

// objectlessStop reports whether the stop character c closing the unknown
// word of a three-character name (张三发。) is a verb that takes an object
// only (objectStop) with no object after it: punctuation, a space or the
// text's end follows the word. Such a verb closes no clause with nothing
// after it, so c is the name's.
func objectlessStop(s string, end int, c string) bool {
	if !objectStop(c) {
		return false
	}
	if end >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[end:])
	return !allHan(string(r))
}

// objectStop reports whether the stop character c is a verb that takes an
// object only and that given names often end with (cue list objectstop,
// 发). At a byline field's end (记者 李凤发 刘信军: a space, a bracket, the
// line's end) it has no object, so it is the name's last character.
func objectStop(c string) bool { return lexicon.CueWordList("objectstop").Has(c) }
