package extract

import (
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/segment"
)

// townSplitBack moves the start of a name that opens with a township's or
// a village's guess of one character and its level (走|进城/v|桥镇/x|综合
// 为老服务中心) back over the last character of the word before it, where
// the document prints that character and the guess together apart from
// the rest of that word (设在城桥镇): a township's proper name has two
// characters or more before its level (splitTownStem), the segmenter took
// its first for the end of the word before, and the document's own
// spelling of the town tells where the name opens.
func townSplitBack(s string, words wordsAt, cs []candidate, e *Env) []candidate {
	if e == nil {
		return cs
	}
	for n, c := range cs {
		ts := words(c.start)
		k := tokenAt(ts, c.start)
		if h := adverbInTown(s, ts, k); h >= 0 {
			cs[n].start = h
			continue
		}
		if k < 1 || !oneCharTownGuess(ts[k]) || ts[k-1].End != c.start || utf8.RuneCountInString(ts[k-1].Word) < 2 {
			continue
		}
		prev := ts[k-1].Word
		_, w := utf8.DecodeLastRuneInString(prev)
		if e.printedApart(prev[:len(prev)-w], s[c.start-w:ts[k].End]) {
			cs[n].start = c.start - w
		}
	}
	return cs
}

// adverbInTown is where a township's name opens whose second character
// the segmenter read as a one-character adverb (洙/x|边/d|镇: the name
// read from 镇), or -1: the level of a township alone (镇, 乡) at ts[k],
// after it one character tagged an adverb, and before that one character
// it could not read (x) that opens the clause. An adverb qualifies a
// verb, and a level is none; a character no word holds, the clause's
// first, is no word of a clause either: the two characters are the town's
// proper name, of two characters as most are (splitTownStem).
func adverbInTown(s string, ts []segment.Token, k int) int {
	if k < 2 || utf8.RuneCountInString(ts[k].Word) != 1 {
		return -1
	}
	if _, level, ok := agency.LevelAt(ts[k].Word, 0); !ok || level != "乡" {
		return -1
	}
	d, x := ts[k-1], ts[k-2]
	if d.Tag != "d" || x.Tag != "x" || utf8.RuneCountInString(d.Word) != 1 || utf8.RuneCountInString(x.Word) != 1 {
		return -1
	}
	if d.End != ts[k].Start || x.End != d.Start || !clauseOpensAt(s, x.Start) {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(x.Word)
	if !unicode.Is(unicode.Han, r) {
		return -1
	}
	return x.Start
}
