package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// gluedActLast reads the last character of a three-character name that the
// segmenter read into one word with the first character of the verb after
// it (副区长马成|全率|队来…, a word it did not know), or alone as a word
// of another class (王成|全|出席: 全, an adjective): a report prints the
// verb of who acts (actverb: 率队, 出席, 主持) right after the name, so the
// one character between a name of two and that verb is the name's own. A
// stop of names (来, 都, 也), a body's character (县, 局), a word that leads
// the verb alone (leadsOnly: an adverb, a preposition) or a verb that leads
// another (verblead: 会, 去) there is the clause's, no name's.
func gluedActLast(s string, ts []segment.Token, k int) (string, bool) {
	if k+1 >= len(ts) {
		return "", false
	}
	next := ts[k+1]
	if next.Start != ts[k].End || !allHan(next.Word) {
		return "", false
	}
	n := utf8.RuneCountInString(next.Word)
	if n > 2 || n == 2 && next.Tag != "x" {
		return "", false // a word the segmenter knows (正在, 亲自) is no name's character and a verb's
	}
	_, w := utf8.DecodeRuneInString(next.Word)
	c := next.Word[:w]
	if lexicon.NameStops().Has(c) || bodyChar(c) || leadsOnly(c) || leadingVerbs().Has(c) {
		return "", false
	}
	if _, ok := actVerbs().At(s, next.Start+w); !ok {
		return "", false
	}
	return c, true
}
