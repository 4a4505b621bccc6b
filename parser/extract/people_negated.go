package extract

import (
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// negations are the adverbs of negation a verb takes right before it (不,
// 并不, 未, 没有): cue_words.tsv, list negation.
func negations() *lexicon.Words { return lexicon.CueWordList("negation") }

// negatedTitle reports whether the title word ti stands right after a word
// of negation of its own (不|代表): a noun takes no 不, so the word is the
// verb it also is (本文来自网络,不代表某网立场: 代表, to stand for), no
// title of a name after it. A negation inside a longer word (要不, 不|断)
// is none: the segmenter's word ending at the title must be the adverb
// whole.
func negatedTitle(ts []segment.Token, ti title) bool {
	k := tokenEndingAt(ts, ti.start)
	return k >= 0 && negations().Has(ts[k].Word)
}
