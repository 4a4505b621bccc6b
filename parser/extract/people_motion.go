package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// motionVerbs are the verbs of going a report prints right after the name
// of an official who visits a place, before the place (处长某某到某区开展…,
// 局长某某赴某县调研): cue_words.tsv, list motion.
func motionVerbs() *lexicon.Words { return lexicon.CueWordList("motion") }

// gluedMotionLast reads the last character of a three-character name that
// the segmenter glued to the verb of going after it into a word it did not
// know (处长胡友|坚到|我区开展…): the verb and the place it takes follow
// the name right after its title, so the character before the verb is the
// name's own. A stop of names (来到: 来), a body's character (县, 局), a
// word that leads the verb alone (刚到, 再赴: an adverb as the segmenter
// tags it alone; leadsOnly) or a verb that leads another (要到, 去到:
// verblead) there is no name's, and a verb with no place after it (…到。)
// reaches no place a visit names.
func gluedMotionLast(s string, next segment.Token) (string, bool) {
	if next.Tag != "x" || utf8.RuneCountInString(next.Word) != 2 || !allHan(next.Word) {
		return "", false
	}
	_, w := utf8.DecodeRuneInString(next.Word)
	c := next.Word[:w]
	if !motionVerbs().Has(next.Word[w:]) || clauseEnd(s, next.End) {
		return "", false
	}
	if lexicon.NameStops().Has(c) || bodyChar(c) || leadsOnly(c) || leadingVerbs().Has(c) {
		return "", false
	}
	return c, true
}
