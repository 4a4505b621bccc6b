package extract

import (
	"unicode/utf8"

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

// canteenOfCommunity reports whether the words that end at i are a few
// common words of the canteen's kind (敬老, 免费助老: four characters at
// most) right after a community's own name (长源|社区, 民益|社区: a word of
// two characters or more the segmenter reads as proper or guesses, no
// division of the gazetteer and no level's word): the community's one
// canteen, named by the community as a firm's is by its trade name
// (长源社区敬老餐厅, one body, as the review golds list it). After a
// division's name (宝山社区长者食堂: the district's programme), a level
// (庙行镇社区长者食堂: every community of the town) or a common word
// (城市社区老年食堂) the kind stays a kind.
func canteenOfCommunity(s string, ts []segment.Token, i int) bool {
	_, ok := canteenCommunityStart(ts, i)
	return ok
}

// canteenCommunityStart is where the community's name opens before the
// canteen's words that end at i (canteenOfCommunity).
func canteenCommunityStart(ts []segment.Token, i int) (int, bool) {
	k := tokenEndingAt(ts, i)
	words := 0
	for ; k >= 0 && ts[k].Word != "社区"; k-- {
		switch ts[k].Tag {
		case "n", "v", "vn", "a", "ad", "d", "x":
		default:
			return 0, false
		}
		words += utf8.RuneCountInString(ts[k].Word)
		if words > 4 || k > 0 && ts[k-1].End != ts[k].Start {
			return 0, false
		}
	}
	if k < 1 || words < 2 || ts[k-1].End != ts[k].Start {
		return 0, false
	}
	name := ts[k-1]
	if !properTag(name.Tag) || name.Tag == "nt" || utf8.RuneCountInString(name.Word) < 2 || lexicon.Places().Has(name.Word) {
		return 0, false
	}
	if _, ok := lexicon.Levels().EndingAt(name.Word, len(name.Word)); ok {
		return 0, false // 行镇/x|社区: a town's level, every community of it
	}
	return name.Start, true
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
