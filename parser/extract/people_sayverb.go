package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// sayVerbs are the verbs of saying a news report prints right after the
// name of whom it quotes, closing the quote or opening it (“…。”某某说。;
// 某某说：“…”; 某某称，…): cue_words.tsv, list say.
func sayVerbs() *lexicon.Words { return lexicon.CueWordList("say") }

// sayFollows are the marks that stand right after a verb of saying: the
// end of the sentence that closes a quote, or the comma, colon or quotation
// mark that opens what is said.
const sayFollows = "。，,：:“\"！!；;\n"

// gluedSayLast reads the last character of a three-character name that
// the segmenter glued to the verb of saying after it into a word it did
// not know (副校长李子|良说。): a report quotes an official by title, name
// and 说, so the character before the verb is the name's own, whatever the
// segmenter read it as (良, an adjective). A stop of names, a body's
// character (县, 局), a word that leads the verb alone (还说, 又说: an adverb
// as the segmenter tags it; leadsOnly) or a verb that leads another
// (verblead: 要说, 来说) there is no name's; nor is the verb one where no
// mark of a quote's end or opening follows it (说明, 说法: words of their
// own the segmenter would read whole).
func gluedSayLast(s string, next segment.Token) (string, bool) {
	if next.Tag != "x" || utf8.RuneCountInString(next.Word) != 2 || !allHan(next.Word) {
		return "", false
	}
	_, w := utf8.DecodeRuneInString(next.Word)
	c := next.Word[:w]
	if !sayVerbs().Has(next.Word[w:]) {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(s[next.End:]); next.End < len(s) && !strings.ContainsRune(sayFollows, r) {
		return "", false
	}
	if lexicon.NameStops().Has(c) || bodyChar(c) || leadsOnly(c) || leadingVerbs().Has(c) {
		return "", false
	}
	return c, true
}
