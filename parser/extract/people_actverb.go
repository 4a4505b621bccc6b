package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// actVerbs are the verbs a report prints right after the name of an
// official who acts at an event (出席, 主持, 介绍): cue_words.tsv, list
// actverb.
func actVerbs() *lexicon.Words { return lexicon.CueWordList("actverb") }

// leadingVerbs are the one-character verbs that lead another verb straight
// after them (会, 能, 来, 去, 做): cue_words.tsv, list verblead.
func leadingVerbs() *lexicon.Words { return lexicon.CueWordList("verblead") }

// verbBeforeAct reports whether the one-character verb ts[k+1], which the
// segmenter cut between a name of two characters ts[k] and the rest
// (周永|呈|出席), is the name's third character: the characters right
// after it open a verb of actverb, which a report prints right after the
// name of who acts (局长某某出席), and a verb between the name and that one
// would have to lead it, as only the verbs of verblead do (某某会出席, 某某
// 去慰问). So 呈 of 周永呈出席 is the name's, whatever the segmenter read
// it as (呈, to present, a verb that takes a thing as its object). A name
// the segmenter cut whole before the verb (王明|出席, 李强|调研) has no
// character of its own between them, and a stop of names (到会讲话, 作
// 介绍) ends the name before it.
func verbBeforeAct(s string, ts []segment.Token, k int) bool {
	if k+1 >= len(ts) {
		return false
	}
	next := ts[k+1]
	if next.Tag != "v" || next.Start != ts[k].End || utf8.RuneCountInString(next.Word) != 1 || !allHan(next.Word) {
		return false
	}
	if lexicon.NameStops().Has(next.Word) || leadingVerbs().Has(next.Word) {
		return false
	}
	_, ok := actVerbs().At(s, next.End)
	return ok
}
