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
// verb of actverb right after it, a word of its own. The words of a
// clause follow one another with nothing between (the text's spaces are
// squeezed out, a mark or a line's end closes the clause), so the next
// word starts where one ends, and a word the segmenter tags a place is
// Chinese characters only.
func placeNamedAfter(s string, ts []segment.Token, i int) (string, bool) {
	k := tokenAt(ts, i)
	if k < 0 || ts[k].Tag != "ns" || utf8.RuneCountInString(ts[k].Word) != 2 {
		return "", false
	}
	sur, ok := surnameAt(s, i)
	if !ok || utf8.RuneCountInString(sur) != 1 || lexicon.Surnames().Label(sur, 1) == surnameLead {
		return "", false
	}
	if n, ok := placeNamedLast(ts, k); ok {
		return n, true // 书记黄原|松|分别为…: people_placename.go
	}
	if k+1 >= len(ts) || !actVerbs().Has(ts[k+1].Word) {
		return "", false // 局长江北调研组: the verb must be a word of its own
	}
	return checkName(ts[k].Word)
}

// placeNamedLast reads a name of three characters whose first two the
// segmenter read as the place ts[k] and whose last it read as a word of
// one character of its own (书记黄原|松|分别为…: 松, a verb): the place
// is no subject of that character, and right after it stands an adverb
// (d: 分别, 亲自) or a verb of actverb, which a report prints after a
// name. The last character is no stop of names, no body's ending (江北|区)
// and no localizer, adverb, function word or count (黄河|边), which a place
// takes.
func placeNamedLast(ts []segment.Token, k int) (string, bool) {
	if k+2 >= len(ts) {
		return "", false
	}
	c, after := ts[k+1], ts[k+2]
	if utf8.RuneCountInString(c.Word) != 1 || !allHan(c.Word) {
		return "", false
	}
	if lexicon.NameStops().Has(c.Word) || bodyChar(c.Word) || functionTag(c.Tag) {
		return "", false
	}
	switch c.Tag {
	case "f", "s", "m", "q", "d":
		return "", false // 黄河|边, 江北|一: a localizer, a count or an adverb goes with the place
	}
	if after.Tag != "d" && !actVerbs().Has(after.Word) {
		return "", false
	}
	return checkName(ts[k].Word + c.Word)
}
