package extract

import (
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// tradedInSettlement reports whether the words that end at i are a trade
// name, words the segmenter reads as proper (惠民/nr, 民祥道/x 智慧/nr),
// printed right after the name of a settlement (某街道, 某社区: the
// settleend cue words), one of them a word the dictionary holds as a
// proper name (a guess alone, 社区|助老/x, may be a common word the
// dictionary lacks): the way the service points of a street or a
// community are named (某社区惠民餐厅), each its own body, as a firm is.
// An ending labelled traded (餐厅, 食堂) names a body only so; after a
// common word it names a kind (社区长者食堂, 老年食堂) and after a body's
// name a room of that body (敬老院餐厅).
func tradedInSettlement(s string, ts []segment.Token, i int) bool {
	k := tokenEndingAt(ts, i)
	named := false // a word the dictionary tags proper, not only guesses
	for ; k >= 0 && properTag(ts[k].Tag) && ts[k].Tag != "nt"; k-- {
		named = named || ts[k].Tag != "x"
		i = ts[k].Start
		if k > 0 && ts[k-1].End != i {
			return false
		}
	}
	if !named {
		return false
	}
	_, ok := lexicon.CueWordList("settleend").EndingAt(s, i)
	return ok
}

// quotedBrand reports whether the quote q ends in an ending labelled
// traded (餐厅, 食堂): a quoted canteen's name is the brand a programme
// gives its kind of service point (“快乐食堂”, “某某长者餐厅”), as a quoted
// project's name is, no one body; a canteen names one only after its
// settlement's name, unquoted.
func quotedBrand(q string) bool {
	w, ok := lexicon.AgencySuffixes().Suffix(q)
	return ok && lexicon.AgencySuffixes().Label(w, 1) == "traded"
}
