package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// wordStart is where a name opens that the scan back from its ending
// (at j; the name ends at e) took to open at i: where a word starts. A
// name is words, so it opens where the segmenter cut one:
//   - a word of the text before it that runs into the name (2025|年度|
//     鞍山市民政局, 原属/x|呼热胡社区) is none of it: the name opens after
//     that word, where a proper name, a place or a level follows it (a
//     guess of the segmenter's runs on as readily into the name's own
//     first character: 原呼/x 热胡社区 is left alone);
//   - a guess of the segmenter's that ends inside a place of the
//     gazetteer starting one character in (指宝兴/x|殡仪馆: 宝兴) ran the
//     character before the place on: the name opens with the place;
//   - a verb or a verbal noun right before a place of the gazetteer
//     (综合/vn|鄂城区…办公室, compiled from) is the clause's act: a name
//     opens with its place.
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
		if t.Tag != "x" || agency.HasLocality(rest) || properNameOpens(rest, t.End, ts) {
			return t.End
		}
	case t.Start == i && t.Tag == "x":
		_, w := utf8.DecodeRuneInString(t.Word)
		if place, ok := lexicon.Places().At(s, i+w); ok && i+w+len(place) >= t.End && i+w+len(place) <= j {
			return i + w
		}
	case t.Start == i && (t.Tag == "v" || t.Tag == "vn") && t.End < j:
		if _, ok := lexicon.Places().At(s, t.End); ok {
			return t.End
		}
	}
	return i
}

// sourceNamed reports whether a name that opens at i and a medium's word
// follows (中央政府门户网站, 民政部网站) names the medium as a page's source
// (GOLD.md: a website or public account named as the text's source is no
// agency): the name opens its line, or follows a source's label or 据
// (来源 | 民政部网站, 据民政部网站消息), or the name is a portal's brand
// (portalBrand). A body's own website in the text (可以从乌海市民政局门户
// 网站下载) names the body.
func sourceNamed(s string, i, e int) bool {
	if portalBrand(s[i:e]) || strings.HasPrefix(s[i:e], "据") {
		return true // 据民政部网站消息: 据 the scan ran through, as before it
	}
	k := i
	marked := false
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:k])
		if r == '\n' {
			return true
		}
		if unicode.IsSpace(r) || r == '\u3000' || strings.ContainsRune(":：|丨>•·", r) {
			marked = marked || !unicode.IsSpace(r) && r != '\u3000'
			k -= w
			continue
		}
		break
	}
	if k == 0 {
		return true
	}
	if strings.HasSuffix(s[:k], "据") {
		return true
	}
	if _, ok := lexicon.CueWordList("info").EndingAt(s, k); ok && (marked || k < i) {
		return true
	}
	return false
}

// endingOpensWord reports whether the ending that ends at e opens a common
// word that runs on past it (民政|中心工作, the central work: the non-agency
// words): no body's name ends inside it.
func endingOpensWord(s string, e int, suffix string) bool {
	w, ok := lexicon.NonAgencyWords().At(s, e-len(suffix))
	if !ok || len(w) <= len(suffix) {
		return false
	}
	// The list's words that end in an ending (处处, 局部) are read back
	// from their end (endsWord): 社会事务处|处长 ends a name.
	_, ends := lexicon.AgencySuffixes().Suffix(w)
	return !ends
}

// nameEndsBefore reports whether a word the segmenter cut that ends at i
// is itself a name's ending or ends in one (民政部|部务/x 会议): the name
// ends there, and a one-character ending that opens the guess after it
// (部务, the ministry's affairs) opens the next word.
func nameEndsBefore(ts []segment.Token, i int, suffix string) bool {
	if utf8.RuneCountInString(suffix) != 1 {
		return false // 省民政厅|调研组/来: a longer ending is a word of its own
	}
	k := tokenEndingAt(ts, i)
	if k < 0 {
		return false
	}
	_, ok := lexicon.AgencySuffixes().Suffix(ts[k].Word)
	return ok
}

// locativeAfterKind reports whether the one-character ending that token
// k is, cut alone, follows a word that names a kind of body (机构, 单位,
// 部门: the generic agencies): 向受理机构处申请 is at the accepting body's
// place (处, locative), no unit of a body.
func locativeAfterKind(ts []segment.Token, k int, suffix string) bool {
	if k == 0 || ts[k].Word != suffix || utf8.RuneCountInString(suffix) != 1 || ts[k-1].End != ts[k].Start {
		return false
	}
	return lexicon.GenericAgencies().Has(ts[k-1].Word)
}

// portalBrand reports whether name, before a medium's word, is a portal's
// brand (中国南平|政府网站, 南平政府|门户网站): a place's short name, with no
// level, after a national prefix, the country's name or none. A body is named with its
// place's level (南平市民政局, 开阳县人民政府) or its level alone (区政府).
func portalBrand(name string) bool {
	if p, ok := lexicon.National().Prefix(name); ok {
		name = name[len(p):]
	}
	// Portals put the country's name before the place's (中国南平, 中国
	// 宁波网): no national body's prefix.
	name = strings.TrimPrefix(name, "中国")
	place, ok := lexicon.Places().At(name, 0)
	if !ok {
		return false
	}
	_, level := lexicon.Levels().Suffix(place)
	return !level
}

// eachAfterLevel is where the word of category opens the first member
// [k, j) of a list: after the issuer's own level that 各 counts the
// divisions of (市各开发区、新区政社局: every zone of the city, a class of
// recipients in a 主送 line), or at k.
func eachAfterLevel(s string, k, j int) int {
	if agency.OneCharLevel(s[k:j]) == "" {
		return k
	}
	_, w := utf8.DecodeRuneInString(s[k:])
	if p, ok := lexicon.GenericPrefixes().At(s[:j], k+w); ok && lexicon.GenericPrefixes().Label(p, 0) == "each" {
		return k + w
	}
	return k
}

// wordsBackIn is wordsBack over the words the segmenter read: a boundary
// word inside a longer word (自 in 市自然资源和规划局) bounds no words.
func wordsBackIn(s string, ts []segment.Token, end int) int {
	i := wordsBack(s, end, true)
	for n := 0; i > 0 && n < 10; n++ {
		w, ok := lexicon.AgencyBoundaries().EndingAt(s, i)
		if !ok || boundaryWord(ts, i, w) {
			return i
		}
		i = wordsBack(s, i-len(w), true)
	}
	return i
}

// eachWordAt reports whether the segmenter read a word that counts bodies
// one by one (各) at i with the level it counts as one word (各县|区民政局,
// 各县/r): the name after it is a class as after 各 alone, the levels
// (县区) all the one level word that 各 counts.
func eachWordAt(s string, ts []segment.Token, i int, w string) bool {
	if lexicon.GenericPrefixes().Label(w, 0) != "each" {
		return false
	}
	k := tokenOver(ts, i+1)
	if k >= len(ts) || ts[k].Start != i || !strings.HasPrefix(ts[k].Word, w) {
		return false
	}
	l, _, ok := agency.LevelAt(s, i+len(w))
	return ok && i+len(w)+len(l) == ts[k].End
}

// fieldAfterLevel reports whether the word of category p that opens v
// ranks by level (基层) and the field of a unit's work follows it
// (基层政权建设和社区治理科: the unit's name, listedUnit), not a level or
// an ending (基层社区: a kind of body).
func fieldAfterLevel(v, p string) bool {
	if lexicon.GenericPrefixes().Label(p, 0) != "level" {
		return false
	}
	rest := v[len(p):]
	_, _, level := agency.LevelAt(rest, 0)
	_, ending := lexicon.AgencySuffixes().At(rest, 0)
	return rest != "" && !level && !ending
}
