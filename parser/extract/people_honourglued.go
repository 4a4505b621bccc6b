package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// gluedHonourLast reads the last character of a three-character name that
// the segmenter, knowing none of it, read into one word with the verb of
// an honour after it (遗体整容师姜益|青获|全国…称号): an honours list prints
// the verb (cue list honour: 获, 荣获) right after the name, and the clause
// names the honour (a quoted name or 称号: honourmark), so the one
// character between a name of two and the verb is the name's own, as
// before a verb of acting (gluedActLast). A stop of names, a body's
// character or a word that leads the verb alone is the clause's.
func gluedHonourLast(s string, ts []segment.Token, k int) (string, bool) {
	if k+1 >= len(ts) {
		return "", false
	}
	next := ts[k+1]
	if next.Start != ts[k].End || next.Tag != "x" || !allHan(next.Word) || utf8.RuneCountInString(next.Word) != 2 {
		return "", false // a word the segmenter knows is no name's character and a verb's
	}
	_, w := utf8.DecodeRuneInString(next.Word)
	c := next.Word[:w]
	if lexicon.NameStops().Has(c) || bodyChar(c) || leadsOnly(c) {
		return "", false
	}
	at := next.Start + w
	for _, v := range honourVerbs() {
		if len(s)-at >= len(v) && s[at:at+len(v)] == v && newHonourClauses(s).honourAfter(at+len(v)) {
			return c, true
		}
	}
	return "", false
}
