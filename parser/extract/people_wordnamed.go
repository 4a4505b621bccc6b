package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// A report prints an official's name right after the title and the verb of
// what the official did right after the name (副市长某某某通报…, 局长某某某
// 出席). A name of three characters whose surname and first given
// character make a word of the dictionary (高新, an adverb or a zone's
// short name; 严明, 方正) is cut by the segmenter into that word and a
// character of its own, and the word is no name. Between a title of office
// and a verb of actverb (cue_words.tsv) a report prints only the holder's
// name, or an adverb or a leading verb that the verb takes (亲自出席, 随即
// 看望, 会出席): so a word of two characters that opens with a surname,
// and one character after it that is no stop of names, no leading verb and
// no function word, together are the name (副市长|高新|文|通报). An adverb
// before the verb alone (局长|亲自|主持) or with a stop of names (局长|
// 亲自|到会|讲话, 书记|全程|陪同) names no one.

// wordNamedAfter reads the name at i after a title of office: a word of two
// Chinese characters opening with a surname that leads no other word, one
// more Chinese character that is a word of its own, and a verb of actverb
// right after it.
func wordNamedAfter(s string, ts []segment.Token, i int) (string, bool) {
	k := tokenAt(ts, i)
	if k < 0 || k+1 >= len(ts) || ts[k].Start != i || utf8.RuneCountInString(ts[k].Word) != 2 || !allHan(ts[k].Word) {
		return "", false
	}
	sur, ok := surnameAt(s, i)
	if !ok || utf8.RuneCountInString(sur) != 1 || lexicon.Surnames().Label(sur, 1) == surnameLead {
		return "", false
	}
	last := ts[k+1]
	if last.Start != ts[k].End || utf8.RuneCountInString(last.Word) != 1 || !allHan(last.Word) || closedClassTag(last.Tag) {
		return "", false
	}
	if lexicon.NameStops().Has(last.Word) || leadingVerbs().Has(last.Word) {
		return "", false
	}
	if _, ok := lexicon.Titles().At(s, last.Start); ok {
		return "", false
	}
	if k+2 >= len(ts) || ts[k+2].Start != last.End || !actVerbs().Has(ts[k+2].Word) {
		return "", false // the verb must be a word of its own
	}
	return checkName(ts[k].Word + last.Word)
}

// closedClassTag reports whether a tag is one of the closed classes, whose
// words are no name's characters: particles (u: 地, 的), prepositions,
// conjunctions, adverbs, pronouns, numerals and measures, localizers,
// modal particles and interjections.
func closedClassTag(tag string) bool {
	return tag != "" && strings.ContainsRune("upcdrmqfyeo", rune(tag[0]))
}
