package extract

import (
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// A name of three characters whose given name is a word of a place (玉山,
// 江北, 南山) is read by the segmenter as its surname alone, a word of
// another kind (练, to train; 甘, sweet), and the place (练|玉山): the
// name is no word it knows. Right after a title of office and right
// before a verb a report prints after a name (cue_words.tsv, actverb:
// 出席, 表示) or the verb of saying that opens a quotation (说：“, 说，),
// such a surname and place stand where only the holder's name can (副局长
// 练玉山说: no one trains a county). A character that is a stop of names
// (到, 在, 赴: name_stops.txt) or a surname that leads a phrase (于, 向)
// is the verb or preposition it reads as (副局长到江北出席), no surname.

// sayVerb is the verb of saying a report prints after a speaker's name
// (某某说：“…”).
const sayVerb = "说"

// surnamePlaceNamedAfter reads the name at i after a title of office that
// the segmenter cut as a one-character word that is also a surname and a
// place of two characters (ns), a verb after it as above.
func surnamePlaceNamedAfter(s string, ts []segment.Token, i int) (string, bool) {
	k := tokenAt(ts, i)
	if k < 0 || k+2 >= len(ts) || ts[k].Start != i || utf8.RuneCountInString(ts[k].Word) != 1 {
		return "", false
	}
	sur, ok := surnameAt(s, i)
	if !ok || sur != ts[k].Word || lexicon.Surnames().Label(sur, 1) == surnameLead || lexicon.NameStops().Has(sur) {
		return "", false
	}
	place, verb := ts[k+1], ts[k+2]
	if place.Start != ts[k].End || place.Tag != "ns" || utf8.RuneCountInString(place.Word) != 2 || !allHan(place.Word) {
		return "", false
	}
	if verb.Start != place.End || !actVerbs().Has(verb.Word) && !saidAt(s, verb) {
		return "", false
	}
	return checkName(sur + place.Word)
}

// saidAt reports whether the token v is the verb of saying with a mark
// right after it (说：, 说，, 说“): the quotation or the clause it opens.
func saidAt(s string, v segment.Token) bool {
	if v.Word != sayVerb || v.End >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[v.End:])
	return unicode.IsPunct(r)
}
