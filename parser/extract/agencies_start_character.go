package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// characterBefore steps the scan over one Chinese character of the
// name's words, and stops it at any other character: a mark, a space, a
// byline's bracket ((记者 崔静)|市民政局) close before a name. A bracket
// of the levels a name stands for (各县（市、区）民政局) or of the other
// reading of a character (村(居)民委员会) prints a class of bodies, no
// one body.
type characterBefore struct{}

func (characterBefore) back(r *startReading) scanMove {
	c, w := utf8.DecodeLastRuneInString(r.s[:r.i])
	if c == blankMark && strings.HasSuffix(r.s[:r.i-w], string(blankMark)) {
		return scanNone // ×××街道办事处: a form's blank for the place, no body
	}
	if !unicode.Is(unicode.Han, c) {
		if open := firmRegionOpen(r.s, r.i, r.suffix); open >= 0 {
			r.i = open // 完美(中国)|有限公司: a company's region in its name
			return scanOn
		}
		if open := placeAliasOpen(r.s, r.i); open >= 0 {
			// 乌鲁木齐经济技术开发区(头屯河区)|民政局: one place, two
			// names; a zone's name before the bracket, itself a body's
			// (开发区), opens where that name opens.
			r.i = open
			if suffix, ok := lexicon.AgencySuffixes().EndingAt(r.s, open); ok {
				ts := r.ts
				if r.protect.words != nil {
					ts = r.protect.words(open - 1) // the bracket may end a clause's words
				}
				if i, _, ok := agencyStart(r.s, ts, r.protect, r.gap, open, suffix); ok {
					r.i = i
					return scanStop
				}
			}
			return scanOn
		}
		if open := placedAlternativeOpen(r.s, r.i); open >= 0 {
			r.i = open // 来宾市社会(儿童)|福利院: one home's two names
			return scanOn
		}
		if (c == '）' || c == ')') && (levelsBracket(r.s, r.i) || alternativeClass(r.s, r.i, r.e)) {
			if k, ok := bodyAfterCategory(r.s, r.i, r.j(), r.e); ok {
				r.i, r.afterBoundary = k, true // 各县(区)人民政府|某某新区管委会
				return scanStop
			}
			return scanNone // 各县（市、区）民政局, 村(居)民委员会: a category
		}
		return scanStop // (记者 崔静)|市民政局: a byline or a note closes before the name
	}
	r.i -= w
	return scanOn
}

// blankMark is the mark a template prints, run together, for a name to
// be filled in (×××县, ×××街道办事处): the forms that 办事指南 and 公文
// templates print; one alone may be a sign of times (3×). A name after
// the run is the form's, no body of the text.
const blankMark = '×'

// placeAliasOpen is where the bracket opens that closes right before i
// and holds the other name of the place before it, a place of the
// gazetteer whole with its level (乌鲁木齐经济技术开发区(头屯河区)民政局: a
// zone and the district it is run as, one body of both, as 挂牌 names
// print it); -1 where it holds anything else. The place before the
// bracket ends in a level (区, 县, 市), as the name's place does; a
// bracket of level words alone (各县（市、区）) is levelsBracket's.
func placeAliasOpen(s string, i int) int {
	open, end, bw, ok := hanBracketBefore(s, i)
	if !ok {
		return -1
	}
	alias := s[open:end]
	if !(utf8.RuneCountInString(alias) >= 3 && lexicon.Places().Has(alias) || shortPlaceAlias(alias)) || lexicon.Levels().Has(alias) {
		return -1
	}
	if _, ok := lexicon.Levels().EndingAt(s, open-bw); !ok {
		return -1
	}
	return open - bw
}

// shortPlaceAlias reports whether a bracket's words are a county's or a
// district's name in the short form a text uses for it, its first
// character or two and its level (头区 for 头屯河区, as 经开区 stands for
// the zone): a proper character, no level word, before a county-level
// ending (县, 区, 旗 as the levels lexicon labels them). Such a short name
// is in no gazetteer, but its shape is a division's; after a place that
// ends in a level it is that place's other name (placeAliasOpen).
func shortPlaceAlias(alias string) bool {
	l, ok := lexicon.Levels().Suffix(alias)
	if !ok || lexicon.Levels().Label(l, 0) != "县" || len(alias) == len(l) {
		return false
	}
	for k, r := range alias[:len(alias)-len(l)] {
		if !unicode.Is(unicode.Han, r) || agency.OneCharLevel(alias[k:]) != "" {
			return false
		}
	}
	return true
}

// placedAlternativeOpen is where the bracket opens that closes right
// before i inside a word (a Chinese character on either side of it) and
// holds the other reading of the words before it, where a place of the
// gazetteer opens those words (来宾市社会(儿童)福利院: the city's home, its
// 社会福利院 and 儿童福利院 one body): the name runs through the bracket.
// With no place (村(居)民委员会) the bracket prints two kinds of body
// (alternativeClass). -1 where none does.
func placedAlternativeOpen(s string, i int) int {
	open, end, bw, ok := hanBracketBefore(s, i)
	if !ok || !hanAfter(s, i) || !hanBefore(s, open-bw) {
		return -1
	}
	if lexicon.Levels().Has(s[open:end]) {
		return -1 // 各镇(街道): a bracket of levels
	}
	places := lexicon.Places()
	for k := open - bw; hanBefore(s, k); {
		_, w := utf8.DecodeLastRuneInString(s[:k])
		k -= w
		if p, ok := places.At(s, k); ok && k+len(p) < open-bw {
			return open - bw
		}
	}
	return -1
}

// hanAfter reports whether a Chinese character stands at byte i.
func hanAfter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i < len(s) && unicode.Is(unicode.Han, r)
}

// levelsBracket reports whether the bracket that closes right before i
// holds the levels or the places a name's level stands for besides its
// own (各县（市、区）民政局, 各镇(街道)民政办, 街道(乡镇)养老照料中心): the
// name runs through the bracket, a class of bodies of those levels. A
// bracket of anything else (a byline, (记者 崔静), a note, a list's
// number) closes before the name that follows it, which opens there.
func levelsBracket(s string, i int) bool {
	// The list's marks, and the spaces and breaks of a wrapped line
	// (各县（市、\n区）委深改委).
	const bracketMarks = "、，, \u3000\n"
	_, w := utf8.DecodeLastRuneInString(s[:i])
	end := i - w
	k := end
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:k])
		if r == '（' || r == '(' {
			break
		}
		if !unicode.Is(unicode.Han, r) && !strings.ContainsRune(bracketMarks, r) {
			return false
		}
		k -= w
	}
	if k == 0 || k == end {
		return false
	}
	members := strings.FieldsFunc(s[k:end], func(r rune) bool { return strings.ContainsRune(bracketMarks, r) })
	g := lexicon.GenericPrefixes()
	for _, m := range members {
		// 街道(乡镇)养老照料中心: a word that ranks a level (乡镇) names its
		// bodies as a level word does.
		if !lexicon.Levels().Has(m) && !lexicon.Places().Has(m) && !(g.Has(m) && g.Label(m, 0) == "level") {
			return false
		}
	}
	return len(members) > 0
}

// alternativeClass reports whether the bracket that closes right before
// i, inside a word (村(居)民委员会: a Chinese character on either side of
// it), holds the other reading of the character before it, and either
// reading of the words to e is a class of bodies (村民委员会, 居民委员会:
// classOfBodies). A bracket so glued into a name prints two kinds of
// body at once, as 各县（市、区） prints levels (levelsBracket); the name
// after the bracket alone (民委员会) is a cut, no body.
func alternativeClass(s string, i, e int) bool {
	_, w := utf8.DecodeLastRuneInString(s[:i])
	end := i - w
	// The bracket's words are Chinese characters alone: (记者 崔静) is a
	// byline or a note, no other reading.
	open := end
	for hanBefore(s, open) {
		_, w := utf8.DecodeLastRuneInString(s[:open])
		open -= w
	}
	r, w := utf8.DecodeLastRuneInString(s[:open])
	if open == end || r != '（' && r != '(' || !hanBefore(s, open-w) {
		return false
	}
	alt, rest := s[open:end], s[i:e]
	before, _ := utf8.DecodeLastRuneInString(s[:open-w])
	return classOfBodies(string(before)+rest) || classOfBodies(alt+rest)
}

// firmRegionOpen is where the bracket opens that closes right before i
// and holds the region a company's name prints after its trade name
// (完美(中国)有限公司, 华为技术(深圳)有限公司: 《企业名称登记管理规定》 lets the
// region stand there in brackets), a country word of the agency cues or a
// place of the gazetteer, with the trade name's characters before it;
// -1 where the ending is no company's or the bracket holds anything else.
func firmRegionOpen(s string, i int, suffix string) int {
	if _, kind := agency.Ending(suffix); kind != "company" {
		return -1
	}
	open, end, bw, ok := hanBracketBefore(s, i)
	if !ok || !hanBefore(s, open-bw) {
		return -1
	}
	region := s[open:end]
	if lexicon.AgencyCues().Label(region, 0) != "firmregion" && !lexicon.Places().Has(region) {
		return -1
	}
	return open - bw
}

// hanBracketBefore finds the bracket that closes right before i and holds
// Chinese characters only: where its words open and end, and the width of
// its opening mark.
func hanBracketBefore(s string, i int) (open, end, bw int, ok bool) {
	c, w := utf8.DecodeLastRuneInString(s[:i])
	if c != '）' && c != ')' {
		return 0, 0, 0, false
	}
	end = i - w
	open = end
	for hanBefore(s, open) {
		_, w := utf8.DecodeLastRuneInString(s[:open])
		open -= w
	}
	b, bw := utf8.DecodeLastRuneInString(s[:open])
	return open, end, bw, open < end && (b == '（' || b == '(')
}
