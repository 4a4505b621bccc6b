package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// nameOpensWord moves the start to where a word starts (2025年度|鞍山市
// 民政局, 原属|呼热胡社区, 指|宝兴殡仪馆, 综合|鄂城区…办公室): a name is
// words, so it opens where the segmenter cut one. Where a space that
// parts two words opens the name, the segmenter, which reads the text
// without it, may have run a word across it (广东省医疗保障局 共青团…: 局共青团
// as one guess): the space bounds the name, not that word.
type nameOpensWord struct{}

func (nameOpensWord) open(r *startReading) bool {
	if r.gap(r.i) {
		return true
	}
	r.i = wordStart(r.s, r.ts, r.i, r.j(), r.e)
	return true
}

// wordStart is where a name opens that the scan back from its ending
// (at j; the name ends at e) took to open at i: where a word starts. A
// name is words, so it opens where the segmenter cut one:
//   - a word of the text before it that runs into the name (2025|年度|
//     鞍山市民政局, 原属/x|呼热胡社区) is none of it: the name opens after
//     that word, where a proper name, a place or a level follows it (a
//     guess of the segmenter's runs on as readily into the name's own
//     first character: 原呼/x 热胡社区 is left alone); but a township's or
//     a village's level cut alone after a guess (原雅桥/x|乡|人民政府)
//     closes a place's name that the guess holds the rest of: the name
//     opens where the scan stopped, after the word before the place (原);
//     so does a guess of one character and such a level after it (原罗/x|
//     回村/x: a village's name has two characters before its level), or
//     a county's or a district's level (由峰/x|溪区/x 社管局: a county or
//     a district is named by two characters or more before its level,
//     as 《行政区划管理条例》 and the gazetteer write them);
//     and a guess that opens with a word that bounds names (对南联/x 颐养
//     中心: 对, the agency boundaries) ran that word into the name's
//     first characters, two at the least, as a proper name has them (原
//     属/x is a word and one more): the name opens after it; after a verb
//     of going (赴, 到: cue list motion), whose object is the place or the
//     body gone to, one character is enough, the guess perhaps opening
//     before the verb (检查|组赴鑫/x 百龄安养院);
//   - a guess of the segmenter's that ends inside a place of the
//     gazetteer starting one character in (指宝兴/x|殡仪馆: 宝兴) ran the
//     character before the place on: the name opens with the place;
//   - a verb or a verbal noun right before a place of the gazetteer
//     (综合/vn|鄂城区…办公室, compiled from) is the clause's act: a name
//     opens with its place;
//   - but a 、-list or a conjunction (和, 及, 与) joins names, not a clause
//     and its act: a member opens right after the list's mark, so a
//     guess that opens there (和|苍马山/x 公墓管理所, not 马山, a county of
//     the gazetteer) and one character the segmenter read as a verb
//     before a place (、|演/v 丰镇…公墓, 、|浮/v 陵水公墓) are the name's
//     first characters: a list member is a noun phrase (《现代汉语语法》:
//     the members of a coordinate phrase are of one kind), and a clause
//     with its own verb is set off by a comma, not by a 、.
//
// A name that opens with its place, its level or a national prefix
// opens where the scan found it.
func wordStart(s string, ts []segment.Token, i, j, e int) int {
	if len(ts) == 0 || i >= j || agency.HasLocality(s[i:e]) {
		return i
	}
	k := tokenOver(ts, i+1) // the first word that ends after i
	if k >= len(ts) {
		return i
	}
	t := ts[k]
	switch {
	case t.Start < i && t.End < j:
		rest := s[t.End:e]
		if w, ok := lexicon.AgencyBoundaries().EndingAt(s, i); ok && t.Tag == "x" && (t.Start == i-len(w) && utf8.RuneCountInString(s[i:t.End]) >= 2 || t.Start <= i-len(w) && motionVerbs().Has(w)) {
			return i // 集中|对南联/x 颐养中心, 检查|组赴鑫/x 百龄安养院: the guess ran the bounding word into the name
		}
		if t.Tag == "x" && levelGoesOn(s, ts, t.End) {
			return i // 原雅桥/x|乡人民政府: the guess's tail and the level are a town's name
		}
		if t.Tag == "x" && k+1 < len(ts) && ts[k+1].Start == t.End && (oneCharTownGuess(ts[k+1]) || oneCharCountyGuess(ts[k+1])) {
			return i // 原罗/x|回村/x 村民委员会, 由峰/x|溪区/x: the guess's tail opens the division's name
		}
		if t.Tag != "x" || agency.HasLocality(rest) || properNameOpens(rest, t.End, ts) {
			return t.End
		}
	case t.Start == i && t.Tag == "x":
		if listJoinBefore(s, i) {
			return i // 婚姻登记处和|苍马山/x 公墓管理所: a member opens after the list's mark
		}
		if atPlaceBefore(s, i) {
			return i // 在|银台山/x 公墓: the place the preposition points at opens the name
		}
		_, w := utf8.DecodeRuneInString(t.Word)
		if place, ok := lexicon.Places().At(s, i+w); ok && i+w+len(place) >= t.End && i+w+len(place) <= j {
			return i + w
		}
	case t.Start == i && (t.Tag == "v" || t.Tag == "vn") && t.End < j:
		if listJoinBefore(s, i) && utf8.RuneCountInString(t.Word) == 1 {
			return i // 、|演/v 丰镇/x…公墓: one character after the list's mark opens the member
		}
		if _, ok := lexicon.Places().At(s, t.End); ok {
			return t.End
		}
	}
	return i
}

// oneCharCountyGuess reports whether t is a guess of the segmenter's made
// of one character and a county's or a district's level (溪区/x; 县, 区,
// 旗 as the levels lexicon labels them): the few divisions named by one
// character (丰县, 东区) are words of the segmenter's dictionary, so a
// guess of one character and the level is the tail of a longer name
// whose first character a guess before it ran onto the word before it.
func oneCharCountyGuess(t segment.Token) bool {
	l, ok := lexicon.Levels().Suffix(t.Word)
	return t.Tag == "x" && ok && lexicon.Levels().Label(l, 0) == "县" && utf8.RuneCountInString(t.Word)-utf8.RuneCountInString(l) == 1
}

// listJoinBefore reports whether a list's mark (、) or a conjunction
// (和, 及, 与: cue words) ends at i.
func listJoinBefore(s string, i int) bool {
	if strings.HasSuffix(s[:i], "、") {
		return true
	}
	_, ok := conjunctions().EndingAt(s, i)
	return ok
}
