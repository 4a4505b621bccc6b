package extract

import "bulletin/parser/lexicon"

// thanksWords are the words of thanks a speaker opens a turn with,
// addressed to the title of whom is thanked (谢谢主持人！, 谢谢各位): their
// characters read as a surname and a given name (谢, a surname), but the
// title after them is the one thanked, no title of theirs: cue_words.tsv,
// list thanks.
func thanksWords() *lexicon.Words { return lexicon.CueWordList("thanks") }

// thanksWord reports whether the name n read before a title is a word of
// thanks, no name.
func thanksWord(n string) bool { return thanksWords().Has(n) }
