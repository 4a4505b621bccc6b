package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// namedListMemberEnds reports whether a division's level that needs a name
// of its own (社区: the suffixes labelled named) ends a name at e though
// common words stand before it (光明/n|社区, which endsWord reads as a kind
// of community), because the name is a member of a list beside a member
// named by a proper name (listedBesideNamed); a figure after it still
// counts a place (figureAt).
func namedListMemberEnds(s string, words wordsAt, e int, suffix string) bool {
	if lexicon.AgencySuffixes().Label(suffix, 1) != "named" || figureAt(s, e) {
		return false
	}
	ts := words(e - 1)
	return tokenEndingAt(ts, e) >= 0 && commonWordBefore(ts, e-len(suffix)) && listedBesideNamed(s, words, e-len(suffix), suffix)
}

// listedBesideNamed reports whether the common words that end at j,
// before a division's level that needs a name of its own (社区: the
// suffixes labelled named), stand as a member of a list (、, 和, 及) whose
// member right beside them ends in the same level after a proper name
// (东风社区、西湖社区, 某某社区和长岭社区): the members of one list are
// bodies of one kind, so the words before this member's level are its
// name too, as the proper name is the neighbour's, wherever the member
// stands in the list (first after a verb, last after 和). A generic kind
// (城乡社区) stays a kind beside any neighbour.
func listedBesideNamed(s string, words wordsAt, j int, level string) bool {
	ts := words(j - 1)
	st, ok := commonNameBefore(s, ts, j)
	if !ok || lexicon.GenericAgencies().Has(s[st:j+len(level)]) {
		return false
	}
	if after := j + len(level); strings.HasPrefix(s[after:], "、") {
		if properMemberAfter(s, words(after+len("、")), after+len("、"), level) {
			return true
		}
	}
	before := s[:st]
	if strings.HasSuffix(before, "、") {
		return properMemberEndingAt(s, words(st-len("、")-1), st-len("、"), level)
	}
	if c, ok := conjunctions().EndingAt(s, st); ok {
		return properMemberEndingAt(s, ts, st-len(c), level)
	}
	return false
}

// commonNameBefore is where the common words (nouns, adjectives, verbs:
// the segmenter cuts an unknown name into such, 长/a|铺/v) that end at j
// start, up to villageNameRunes characters, with a word of another kind
// or a mark before them. A verb opens no such name: the clause's act
// stands there (到/v|东风社区), so leading verbs are left out.
func commonNameBefore(s string, ts []segment.Token, j int) (int, bool) {
	last := tokenEndingAt(ts, j)
	first := -1
	for k := last; k >= 0; k-- {
		if !nameWordTag(ts[k].Tag) || utf8.RuneCountInString(s[ts[k].Start:j]) > villageNameRunes {
			break
		}
		first = k
		if k == 0 || ts[k-1].End != ts[k].Start {
			break
		}
	}
	for first >= 0 && first <= last && ts[first].Tag == "v" {
		first++
	}
	if first < 0 || first > last {
		return 0, false
	}
	return ts[first].Start, true
}

// nameWordTag reports whether a word so tagged may stand in a name of
// common words: a noun, a verbal noun, an adjective or a verb.
func nameWordTag(tag string) bool { return tag == "n" || tag == "vn" || tag == "a" || tag == "v" }

// properMemberEndingAt reports whether a member that ends at e ends in
// level right after a proper name (西湖/ns|社区, 古塔/x|社区).
func properMemberEndingAt(s string, ts []segment.Token, e int, level string) bool {
	if !strings.HasSuffix(s[:e], level) {
		return false
	}
	k := tokenEndingAt(ts, e-len(level))
	return k >= 0 && properTag(ts[k].Tag)
}

// properMemberAfter reports whether the member that opens at i is a
// proper name that ends in level (、|民西社区).
func properMemberAfter(s string, ts []segment.Token, i int, level string) bool {
	k := tokenAt(ts, i)
	if k < 0 || !properTag(ts[k].Tag) {
		return false
	}
	return strings.HasPrefix(s[ts[k].End:], level)
}
