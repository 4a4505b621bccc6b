package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// nounVerb reports whether t is a verb the segmenter tags as a noun
// (cue_words.tsv nounverb: 救济/n, 规范/n): after an intent word
// (计划|救济|…103,400户) it is the verb whose object the number counts, as a
// word tagged v would be.
func nounVerb(t segment.Token) bool {
	return t.Tag == "n" && lexicon.CueWordList("nounverb").Has(t.Word)
}

// listedEnd is where the words' clause ending at end runs on to over the
// marks that part the words but no object: the 、 of a list and the
// thousands comma of a figure (救济…103,400户、171,403人). A bracket, a
// quote or a clause's comma ends it.
func listedEnd(in *Input, s string, end, limit int) int {
	for end < limit {
		r, n := utf8.DecodeRuneInString(s[end:])
		if r != '、' && !thousandsComma(s, end) {
			break
		}
		ts := in.Words(end + n)
		if len(ts) == 0 || ts[len(ts)-1].End <= end {
			break
		}
		end = ts[len(ts)-1].End
	}
	return end
}
