package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// termAcross reports whether a class term of the lexicon's generic list
// (民办非企业单位, a kind of social organisation in 《民办非企业单位登记
// 管理暂行条例》) starts at or before the ending that ends at e and runs on
// past it (南昌市民|办|非企业单位统计表): a term the trade prints whole is
// read whole, and an ending inside it ends no name, whatever the segmenter
// cut. A term whose rest after e is an ending itself joins two bodies
// side by side (镇党委|政府, of 党委政府): the first is one.
func termAcross(s string, e int, suffix string) bool {
	terms := lexicon.GenericAgencies()
	for k := e - len(suffix); k >= 0; {
		if w, ok := terms.At(s, k); ok && k+len(w) > e {
			return !lexicon.AgencySuffixes().Has(s[e : k+len(w)])
		}
		// A term is Chinese characters: it starts in the run the ending
		// closes.
		r, w := utf8.DecodeLastRuneInString(s[:k])
		if w == 0 || !unicode.Is(unicode.Han, r) {
			break
		}
		k -= w
	}
	return false
}

// levelWordRule marks a name whose first word opens with a level's
// character (市场|监管局) and that findAgencies keeps only as a member of a
// list (listedBureaus).
const levelWordRule = "level-word"

// listBureauRule marks a bureau listedBureaus found.
const listBureauRule = "list-bureau"

// listedBureaus finds the bureaus named in a 、-list right after a member
// that names its place or level (县卫计局、市场监管局): a list of the
// bodies of one government names each after the first by its own name
// alone, the level going without saying, as the 2018 机构改革 printed the
// short names of merged bureaus (市场监督管理局 → 市场监管局). Such a name
// opens with a word that merely starts with a level's character (市场), so
// it is found only here: a government's body (Ending's kind) that names
// one, right after the list's mark and a found name with its locality.
func listedBureaus(s string, found, unleveled []candidate) []candidate {
	ends := map[int]candidate{}
	for _, c := range found {
		ends[c.end] = c
	}
	var out []candidate
	for _, u := range unleveled {
		prev, ok := ends[u.start-len("、")]
		if !ok || !strings.HasSuffix(s[:u.start], "、") || !agency.HasLocality(s[prev.start:prev.end]) {
			continue
		}
		name := s[u.start:u.end]
		if _, kind := agency.Ending(name); kind != "government" || !agency.One(name, false) {
			continue
		}
		c := candidate{u.start, u.end, listBureauRule}
		out = append(out, c)
		ends[c.end] = candidate{prev.start, c.end, c.rule} // the list goes on with the first's locality
	}
	return out
}

// tradeAlone reports whether the name [i, e) of a company is its trade
// and its form alone (会计师|事务所, 物业|公司): one common noun of the
// dictionary before the ending, no place, no level. A firm's name holds
// its own name (字号) besides its trade and form (《企业名称登记管理规定》
// §6: 行政区划名称、字号、行业或者经营特点、组织形式); without one the words
// name the kind of firm (GOLD.md: a generic class is no agency), while
// 华信会计师事务所 and 伊利集团 name one. A social body named by its field
// alone (老龄协会换届, 县…举行养老服务协会成立大会) is the one of the place
// the text is about, and is kept.
func tradeAlone(s string, ts []segment.Token, i, e int, suffix string) bool {
	if _, kind := agency.Ending(s[i:e]); kind != "company" {
		return false
	}
	k := tokenAt(ts, i)
	return k >= 0 && ts[k].End == e-len(suffix) && ts[k].Tag == "n" && !agency.HasLocality(s[i:e])
}

// classConjunct reports whether the name [i, e) is the second conjunct
// of a word of category and what follows it (农村、社区居家养老服务中心):
// the word before the list's mark is a class's own word of two characters
// or more (农村, 城乡, 基层 in the generic prefixes; no word that points at
// the place), so both share the head after the mark, 农村居家养老服务中心
// and 社区居家养老服务中心, kinds of body (GOLD.md: a generic class is no
// agency). A conjunct that names its place or level (农村、县敬老院) is
// one body.
func classConjunct(s string, i, e int) bool {
	j := i - len("、")
	if j <= 0 || !strings.HasSuffix(s[:i], "、") || agency.HasLocality(s[i:e]) {
		return false
	}
	w, ok := lexicon.GenericPrefixes().EndingAt(s, j)
	return ok && utf8.RuneCountInString(w) >= 2 && lexicon.GenericPrefixes().Label(w, 0) != "deictic"
}
