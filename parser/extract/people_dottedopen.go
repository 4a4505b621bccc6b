package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// dottedNameWord reports whether the token is a piece of a transcribed
// name before its dot: a word the segmenter did not know or read as a
// name's (x, nr), or a name word of the lexicon whatever it read it as
// (买买提, a noun to it: name_syllables.txt).
func dottedNameWord(tok segment.Token) bool {
	return allHan(tok.Word) && (nameTag(tok.Tag) || lexicon.NameSyllables().Has(tok.Word))
}

// nameWordOpens is where the first piece of a dotted name starts that a
// name word of the lexicon opens before the words read back from the dot
// d to i (古丽|苏木·托合提: 苏木, a place's word to the segmenter, between the
// name word 古丽 and the dot): the transcription's characters are read as
// the segmenter's words they happen to spell, and the run a listed name
// word opens is the piece up to the dot. The run holds Chinese characters
// only, no function word (和, 的), and at most dottedPartMax characters
// with the dot's piece; i where no name word opens it.
func nameWordOpens(s string, ts []segment.Token, i, d int) int {
	start, at := i, i
	for k := tokenEndingAt(ts, i); k >= 0 && ts[k].End == at; k-- {
		tok := ts[k]
		if !allHan(tok.Word) || functionTag(tok.Tag) || utf8.RuneCountInString(s[tok.Start:d]) > dottedPartMax {
			break
		}
		if lexicon.NameSyllables().Has(tok.Word) {
			start = tok.Start
		}
		at = tok.Start
	}
	return start
}
