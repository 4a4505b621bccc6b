package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// A report prints an official's name right after the title and the verb of
// what the official did right after the name (副局长某某出席会议并讲话). A
// given name is often a word of a place (江北, 长江, 南山), and a name of a
// surname and one character may be all such a word: the segmenter reads the
// two characters as the place (ns) and the name as no name. Between a
// title of office and a verb a report prints after a name (cue_words.tsv,
// actverb: 出席, 主持, 讲话), no place stands (副局长江北出席: a place does
// not attend); the word is the holder's name. A place after a title that
// the verb does not follow (书记江北区…, 局长江北调研组) is left alone.

// placeNamedAfter reads the name at i after a title of office that the
// segmenter read as a place: one word of two characters tagged ns, opening
// with a surname that leads no other word (于, 向: surnameLead), with a
// verb of actverb right after it, a word of its own.
func placeNamedAfter(s string, ts []segment.Token, i int) (string, bool) {
	k := tokenAt(ts, i)
	if k < 0 || ts[k].Start != i || ts[k].Tag != "ns" || utf8.RuneCountInString(ts[k].Word) != 2 || !allHan(ts[k].Word) {
		return "", false
	}
	sur, ok := surnameAt(s, i)
	if !ok || utf8.RuneCountInString(sur) != 1 || lexicon.Surnames().Label(sur, 1) == surnameLead {
		return "", false
	}
	if k+1 >= len(ts) || ts[k+1].Start != ts[k].End || !actVerbs().Has(ts[k+1].Word) {
		return "", false // 局长江北调研组: the verb must be a word of its own
	}
	return checkName(ts[k].Word)
}
