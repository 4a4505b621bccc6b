package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// gluedWordLast reads the last character of a three-character name that
// the segmenter glued to the conjunction after it into a word it knows
// (局长王某|平和|市民政局局长…: 平和, an adjective; 祥和), where gluedLast
// takes only a word it did not know. The word is a describing or naming
// one, two characters, its second a conjunction of the list (cue_words.tsv,
// conjunction and nameclose: 和, 及, 与), and a noun or another name opens
// right after it: no adjective stands between a name and the next member
// of a list, so the conjunction joins the two (王某某和市民政局…) and the
// character before it is the name's. A verb (参与, 涉及) or a function word
// (以及) is read as the segmenter cut it, and an adjective before a
// particle or a clause's end (王某温和地说, 王某平和。) describes the person.
func gluedWordLast(s string, ts []segment.Token, k int) (string, bool) {
	if k+1 >= len(ts) {
		return "", false
	}
	next, after := ts[k], ts[k+1]
	if utf8.RuneCountInString(next.Word) != 2 || !allHan(next.Word) || after.Start != next.End {
		return "", false
	}
	if strings.HasPrefix(next.Tag, "v") || !surnameTag(next.Tag) {
		return "", false
	}
	first, w := utf8.DecodeRuneInString(next.Word)
	c := string(first)
	if lexicon.NameStops().Has(c) || bodyChar(c) {
		return "", false
	}
	if _, ok := lexicon.CueWordList("nameclose").At(s, next.Start+w); !ok {
		return "", false
	}
	if _, ok := conjunctions().At(s, next.Start+w); !ok {
		return "", false
	}
	return c, memberOpens(s, after)
}

// memberOpens reports whether the token tok can open the next member of a
// list of people and bodies: a noun (省, 民政厅, a name the segmenter
// knows), or a word it did not know that opens with a surname which is no
// stop of names (李某某; not 地说).
func memberOpens(s string, tok segment.Token) bool {
	if strings.HasPrefix(tok.Tag, "n") {
		return true
	}
	if tok.Tag != "x" || !allHan(tok.Word) {
		return false
	}
	sur, ok := surnameAt(s, tok.Start)
	return ok && !lexicon.NameStops().Has(sur)
}
