package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/hant"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// garbledName reports whether the words [i, e) hold Chinese characters the
// segmenter knows as no word, not even alone (tagged x, one character),
// and that are no traditional form either, more than once: UTF-8 read in
// the GBK code page turns text into a run of such rare characters, and no
// body's name is spelled with them. One such character may be a place's
// own (a village's rare character); a second is the garble's.
func garbledName(s string, ts []segment.Token, i, e int) bool {
	rare := 0
	for k := tokenOver(ts, i+1); k >= 0 && k < len(ts) && ts[k].Start < e; k++ {
		t := ts[k]
		if t.Start < i || t.Tag != "x" || utf8.RuneCountInString(t.Word) != 1 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t.Word); unicode.Is(unicode.Han, r) && hant.Map(t.Word) == t.Word {
			if rare++; rare > 1 {
				return true
			}
		}
	}
	return false
}

// gluedToIdentifier reports whether the name that opens at i is glued to
// an identifier before it: Latin letters or figures and an underscore
// (app_, img_2024_), the way file names, URL slugs and the keyword spam
// injected into hacked pages' titles join words. Chinese text sets no
// underscore between words; what follows one is part of such a string,
// no body named in the text.
func gluedToIdentifier(s string, i int) bool {
	rest, ok := strings.CutSuffix(s[:i], "_")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
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
	if w, ok := lexicon.AgencyCues().EndingAt(s, k); ok && lexicon.AgencyCues().Label(w, 0) == "reprint" {
		return true // 如需转载|茶陵政府门户网文章: the site the text is taken from
	}
	if _, ok := lexicon.CueWordList("info").EndingAt(s, k); ok && (marked || k < i) {
		return true
	}
	return false
}

// endingOpensWord reports whether the ending that ends at e opens a common
// word that runs on past it (民政|中心工作, the central work: the non-agency
// words), or stands inside one (楼堂|馆|所, the set phrase of official
// buildings): no body's name ends inside it.
func endingOpensWord(s string, e int, suffix string) bool {
	if endingInsideWord(s, e, suffix) {
		return true
	}
	w, ok := lexicon.NonAgencyWords().At(s, e-len(suffix))
	if !ok || len(w) <= len(suffix) {
		return lastCharOpensWord(s, e, suffix)
	}
	if membersOfDivisionBody(s, e, suffix, w) {
		return false
	}
	// The list's words that end in an ending (处处, 局部) are read back
	// from their end (endsWord): 社会事务处|处长 ends a name.
	_, ends := lexicon.AgencySuffixes().Suffix(w)
	return !ends
}

// membersOfDivisionBody reports whether w, a word of what a division's
// body's members are or hand in (人大建议, 人大代表: the non-agency words
// labelled member), opens with that body's ending (a division's, 人大)
// right after the division's level or place (区|人大建议, 某某县|人大代表):
// the level names whose congress it is, so the level and the ending name
// that body, as 区政协|提案 names 区政协; with no level (人大代表建议) the
// word names no body.
func membersOfDivisionBody(s string, e int, suffix, w string) bool {
	if lexicon.NonAgencyWords().Label(w, 0) != "member" || lexicon.AgencySuffixes().Label(suffix, 1) != "division" || !strings.HasPrefix(w, suffix) {
		return false
	}
	i := e - len(suffix)
	if lv, ok := lexicon.Levels().EndingAt(s, i); ok && lexicon.Levels().Label(lv, 1) == "opens" {
		return true
	}
	_, ok := lexicon.Places().EndingAt(s, i)
	return ok
}

// lastCharOpensWord reports whether the last character of an ending of
// two characters or more opens a common word of the non-agency words that
// runs on past e (志愿服务队|伍: 队伍, the ranks): the ending was read out
// of the word, no team's name ends there. A word that itself ends in an
// ending is read back from its end, as in endingOpensWord.
func lastCharOpensWord(s string, e int, suffix string) bool {
	w, _, ok := lastCharWord(s, e, suffix)
	if !ok {
		return false
	}
	_, ends := lexicon.AgencySuffixes().Suffix(w)
	return !ends
}

// lastCharWord is the common word of the non-agency words that the last
// character of an ending of two characters or more opens and that runs
// on past the ending's end at e, and that character's length in bytes.
func lastCharWord(s string, e int, suffix string) (w string, n int, ok bool) {
	_, n = utf8.DecodeLastRuneInString(suffix)
	if n == len(suffix) {
		return "", n, false
	}
	w, ok = lexicon.NonAgencyWords().At(s, e-n)
	if !ok || len(w) <= n {
		return "", n, false
	}
	return w, n, true
}

// endingInsideWord reports whether a common word of the non-agency words
// opens before the ending that ends at e, in the run of Chinese
// characters it closes, and runs on past e (政府性楼堂|馆|所): the ending's
// character is a syllable inside that word.
func endingInsideWord(s string, e int, suffix string) bool {
	words := lexicon.NonAgencyWords()
	for k := e - len(suffix); k > 0 && k > e-words.Longest(); {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		k -= n
		if w, ok := words.At(s, k); ok && k+len(w) > e {
			return true
		}
	}
	return false
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
// place (处, locative), no unit of a body. So too after a word of place
// (门口, 路口: the segmenter's tag s): 走到小区门口处 is at the spot, and a
// unit's ending follows the field it serves, a noun (人事|处). Only 处 of
// the one-character endings is also a word of place (此处, 该处): a 部
// after a kind of body (学会|部 of 市科协学会部, a unit of the 科协 for its
// societies) is the unit's ending.
func locativeAfterKind(ts []segment.Token, k int, suffix string) bool {
	if k == 0 || ts[k].Word != suffix || suffix != "处" || ts[k-1].End != ts[k].Start {
		return false
	}
	return lexicon.GenericAgencies().Has(ts[k-1].Word) || ts[k-1].Tag == "s"
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
	if _, level := lexicon.Levels().Suffix(place); level {
		return false
	}
	// A place the gazetteer holds by its short name (楚雄, of 楚雄彝族自治
	// 州) with its level printed after it (楚雄|州民政局) is named with
	// its level too.
	_, level := lexicon.Levels().At(name, len(place))
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

// villageNamed reports whether the common word that ends at j, before a
// village's or a community's level (社区), is that community's own name
// after the township it lies in (长淮街道|胜利/vn|社区, 胜利路街道|建设/vn|
// 社区): a named township's level ends right before the word. A community
// is named [township][its name][社区], and the name may be a word of the
// dictionary; a verb there (长淮街道|加强/v|社区) is the clause's act, and
// a word of category with no township before it (城乡|社区) a kind.
//
// The name may be two such words (长江路街道|玫瑰/n|花园/n|社区), as an
// estate's is, up to villageNameRunes characters.
func villageNamed(s string, ts []segment.Token, j int) bool {
	k := tokenEndingAt(ts, j)
	for n := 0; n < 2 && k >= 0; n++ {
		switch ts[k].Tag {
		case "n", "vn", "a":
		default:
			return false
		}
		if utf8.RuneCountInString(s[ts[k].Start:j]) > villageNameRunes {
			return false
		}
		if townEndingAt(s, ts[k].Start) >= 0 {
			return true
		}
		if k == 0 || ts[k-1].End != ts[k].Start {
			return false
		}
		k--
	}
	return false
}

// villageNameRunes is the most characters of a community's own name of
// common words that villageNamed reads (玫瑰花园).
const villageNameRunes = 4

// streetNamed reports whether a street's name ends at j, before a
// community's level (社区): the street word of an address (街, 路: the
// streets lexicon) cut alone after a word that names it (中山/ns|街|社区,
// 党湾/x|街|社区), or ending a place's name the segmenter read whole
// (中山路/ns). An urban community is named after the street it lies on
// (环东路社区, 中山街社区), so the common word 街 the segmenter tags n
// there is the street's, and the community is one; a verb or a function
// word before it (上|街) names no street.
func streetNamed(s string, ts []segment.Token, j int) bool {
	w, ok := lexicon.Streets().EndingAt(s, j)
	k := tokenEndingAt(ts, j)
	if !ok || k < 0 {
		return false
	}
	if t := ts[k]; t.Word != w {
		// 中山路/ns: a street's name read whole, a name's tag.
		return t.Start < j-len(w) && properTag(t.Tag)
	}
	if k == 0 || ts[k-1].End != ts[k].Start {
		return false
	}
	return properTag(ts[k-1].Tag) || placeWordTag(ts[k-1].Tag) && utf8.RuneCountInString(ts[k-1].Word) >= 2
}

// placeWordTag reports whether a word of two characters or more so
// tagged may name a street before its street word: a common noun (建设|路)
// or a word of place (海边/s|街, 河西/s|路), which streets are named after.
func placeWordTag(tag string) bool { return tag == "n" || tag == "s" }

// properTag reports whether a word's tag is a proper name's (a place, a
// person, another name) or a guess of the segmenter's at one.
func properTag(tag string) bool {
	switch tag {
	case "ns", "nr", "nz", "nt", "x":
		return true
	}
	return false
}

// siteAddressAfter reports whether the medium's word at e is a site's
// name in 网 (政府网, 门户网) that its address follows, in brackets or
// after a colon (凯里市人民政府网(http://www.kaili.gov.cn)): the words
// before it are the site's brand, as a page names its source site, no
// body (GOLD.md: a website is not an agency). A body's own 网站 with no
// brand of its own (乌海市民政局门户网站) still names the body.
func siteAddressAfter(s string, e int) bool {
	w, ok := lexicon.Media().At(s, e)
	if !ok || !strings.HasSuffix(w, "网") {
		return false
	}
	rest := strings.TrimLeft(s[e+len(w):], " \u3000")
	for _, open := range []string{"（", "(", "：", ":"} {
		rest = strings.TrimPrefix(rest, open)
	}
	rest = strings.ToLower(strings.TrimLeft(rest, " \u3000"))
	return strings.HasPrefix(rest, "http") || strings.HasPrefix(rest, "www.")
}

// wordReadAfter reports whether the segmenter read a word of two
// characters or more that opens right after the ending at e and runs past
// the common word its last character opens (服务站|稳步: 稳步, steadily,
// where 站稳 would run only to 稳): the character after the ending is the
// first of that word, and the ending ends the name.
func wordReadAfter(s string, ts []segment.Token, e int, suffix string) bool {
	w, n, ok := lastCharWord(s, e, suffix)
	if !ok {
		return false
	}
	k := tokenAt(ts, e)
	return k >= 0 && utf8.RuneCountInString(ts[k].Word) >= 2 && ts[k].End > e-n+len(w)
}
