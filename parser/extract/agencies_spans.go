package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/numeral"
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
	// A term that runs past e starts after e less the longest term.
	for k := e - len(suffix); k >= 0 && k > e-terms.Longest(); {
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

// shortNameRule marks a merged bureau's short name with no level
// (文旅局) that findAgencies keeps only as a member of a list
// (listedBureaus).
const shortNameRule = "short-name"

// listedBodyRule marks a member of a list closed by 等 that names one
// body of a government by its own words, with no place (城市执法局, 卫健委,
// 宣传部文明办), which findAgencies keeps only after a member that names
// its place (listedBureaus).
const listedBodyRule = "listed-body"

// governmentBody reports whether name, printed without its place, names
// one body of a government's, a party's or a unit's kind by its own words
// (城市执法局, 卫健委, 宣传部文明办): a name agency.One reads as one body, or
// a unit named after the body it serves (unitOfBody). In a list of
// bodies closed by 等 such a member is a body of the place the list opens
// with (市民政局、…、卫健委、…等6家), where the trade's words for kinds of
// institution (居家服务中心、照料中心等) name kinds (listedBureaus).
func governmentBody(name string) bool {
	switch _, kind := agency.Ending(name); kind {
	case "government", "party", "unit":
		return agency.One(name, false) || unitOfBody(name)
	}
	return false
}

// listedSocialBody reports whether name, printed without its place, is
// a social organisation's name that agency.One reads as one body
// (儿童发展基金会, 残疾人联合会): an area registers one such body for a
// field (《社会团体登记管理条例》 §13: none where one of the same field is
// registered there already), so in a list of bodies closed by 等 it is
// the body of the place the list opens with (市慈善总会、某某基金会等), as
// a government's body is (governmentBody; listedBureaus keeps it only
// after a placed member).
func listedSocialBody(name string) bool {
	_, kind := agency.Ending(name)
	return kind == "social" && agency.One(name, false)
}

// unitOfBody reports whether name is a unit named after the body it
// serves, whose name opens it (宣传部|文明|办, 办 for 办公室: the civilisation
// office of the publicity department): an ending that needs its place
// (labelled local: 办, 领导小组) finds it in that body, named whole by
// words of its own (agency.One), with the unit's own words after it.
func unitOfBody(name string) bool {
	suffix, _ := agency.Ending(name)
	if lexicon.AgencySuffixes().Label(suffix, 1) != "local" {
		return false
	}
	words := len(name) - len(suffix)
	for k := range name[:words] {
		if k == 0 {
			continue
		}
		if _, ok := lexicon.AgencySuffixes().EndingAt(name, k); ok && agency.One(name[:k], false) {
			return true
		}
	}
	return false
}

// mergedShortName reports whether name (at byte off of the text) is the
// short name of a merged bureau or commission printed without its level
// (文旅局 for 文化和旅游局): two or three characters, each standing for a
// field of work, then 局 or 委, the form it takes after a level too (市教
// 体局, 市卫计委). The segmenter, not knowing such a name, guesses it whole; a
// word of its dictionary (民政局, a trade's own word for its office) is
// no merged bureau's short name.
func mergedShortName(name string, off int, ts []segment.Token) bool {
	rest, ok := strings.CutSuffix(name, "局")
	if !ok {
		rest, ok = strings.CutSuffix(name, "委")
	}
	if n := utf8.RuneCountInString(rest); !ok || n < 2 || n > 3 || agency.OneCharLevel(rest) != "" || lexicon.Domain().Has(name) {
		return false
	}
	k := tokenAt(ts, off)
	return k >= 0 && ts[k].Tag == "x" && ts[k].End == off+len(name)
}

// listedBureaus finds the bureaus named in a 、-list right after a member
// that names its place or level (县卫计局、市场监管局; 平顶山记者站、文旅局,
// a merged bureau's short name, shortNameRule): a list of the
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
		ends[closedAfter(s, c.end)] = c // 县委统战部(县林业局)、县发改局: the bracket closes a member
	}
	starts := map[int]candidate{}
	for _, c := range found {
		starts[c.start] = c
	}
	var out []candidate
	for _, u := range unleveled {
		if listOpenedBy(s, u, starts) {
			out = append(out, candidate{u.start, u.end, listBureauRule})
			continue
		}
		prev, ok := ends[u.start-len("、")]
		if !ok || !strings.HasSuffix(s[:u.start], "、") || !agency.HasLocality(s[prev.start:prev.end]) {
			continue
		}
		name := s[u.start:u.end]
		if _, kind := agency.Ending(name); u.rule != listedBodyRule && (kind != "government" || !agency.One(name, false) && u.rule != shortNameRule) {
			continue
		}
		c := candidate{u.start, u.end, listBureauRule}
		out = append(out, c)
		ends[c.end] = candidate{prev.start, c.end, c.rule} // the list goes on with the first's locality
	}
	return out
}

// listOpenedBy reports whether u, a body's name of the government with
// no place or level (listedBodyRule: 教育部), opens a 、-list whose next
// member, right after the mark, is a name found with its locality
// (联合|教育部、公安部、…: 公安部 a body of the state, national.txt): the
// first member of a list of peers is named as the rest are, its level
// going without saying; it stands one body by its own name (agency.One:
// 教育部, not 民政局).
func listOpenedBy(s string, u candidate, starts map[int]candidate) bool {
	if u.rule != listedBodyRule || strings.HasSuffix(s[:u.start], "、") || !strings.HasPrefix(s[u.end:], "、") {
		return false
	}
	next, ok := starts[u.end+len("、")]
	if !ok || !agency.HasLocality(s[next.start:next.end]) {
		return false
	}
	name := s[u.start:u.end]
	_, kind := agency.Ending(name)
	_, nextKind := agency.Ending(s[next.start:next.end])
	return kind == "government" && kind == nextKind && agency.One(name, false)
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

// bodyCountInside reports whether a count of bodies stands among a
// name's words before its ending at j (郑陆镇|首家|综合养老服务中心, 建强
// |百家|红色…服务站): a numeral with a measure of things counted (首家,
// 三所, 一个: a count word of the units lexicon) ranks or counts bodies of
// a kind, so the words describe one (the first of its kind in the town),
// as a name does not. An ordinal (第一人民医院) or a numeral alone
// (八一敬老院, 三一二地质队) is part of a name and no count; but one
// numeral right before the ending alone counts the bodies of that kind
// (“三地一区”两中心, 建设三中心): a name's number is an ordinal or runs
// to more than one character.
func bodyCountInside(s string, ts []segment.Token, i, j int) bool {
	return lastTokenIn(ts, i, j, func(k int) bool {
		t := ts[k]
		if t.Tag != "m" && t.Tag != "mq" {
			return false
		}
		if r, w := utf8.DecodeRuneInString(t.Word); t.End == j && w == len(t.Word) && numeral.IsChinese(r) {
			// The numeral alone: no ordinal's 第 or other numeral before it
			// (八五|九).
			p, _ := utf8.DecodeLastRuneInString(s[:t.Start])
			return p != '第' && !numeral.IsChinese(p) && !levelNumbered(s, i, t.Start, t.Word)
		}
		r, _ := utf8.DecodeLastRuneInString(t.Word)
		if !numeral.IsChinese(r) && utf8.RuneCountInString(t.Word) >= 2 {
			return countMeasure(string(r))
		}
		// A numeral, then the measure as a word of its own (一|家).
		return k+1 < len(ts) && ts[k+1].Start == t.End && ts[k+1].End <= j && ts[k+1].Tag == "q" && countMeasure(ts[k+1].Word)
	}) >= 0
}

// levelNumbered reports whether the numeral n at k follows the level
// alone that opens the name at i (市|五|医院, 县|二|中学): the short form of
// a body a place numbers among its own of one kind (市第五人民医院 → 市五
// 医院, 县第二中学 → 县二中学), its ordinal's 第 dropped as the short names
// of official writing drop words, no count. 两 counts and never numbers.
func levelNumbered(s string, i, k int, n string) bool {
	l, ok := lexicon.Levels().At(s, i)
	return ok && i+len(l) == k && n != "两" && agency.OpensWithLevel(s[i:])
}

// countMeasure reports whether w is a measure word that counts things
// (家, 个, 所: labelled count in the units lexicon), not acts done (件,
// 宗, 次: cue words, actmeasure), which count no bodies (某登记处8宗).
func countMeasure(w string) bool {
	u := lexicon.Units()
	return u.Has(w) && u.Label(w, 0) == "count" && !lexicon.CueWordList("actmeasure").Has(w)
}

// placeEndingAt reports whether a place of the gazetteer or a level word
// (县, 镇, 村: a place's own name ending in its level) ends at i.
func placeEndingAt(s string, i int) bool {
	if _, ok := lexicon.Places().EndingAt(s, i); ok {
		return true
	}
	_, ok := lexicon.Levels().EndingAt(s, i)
	return ok
}

// venueWord reports whether the name that ends at e with an ending of
// two characters or more (中心) closes a word of a building or a venue
// (行政中心, 会展中心: the non-agency words): 在县行政中心参加 names where
// the meeting sat, no body.
func venueWord(s string, e int, suffix string) bool {
	if utf8.RuneCountInString(suffix) < 2 {
		return false // one-character endings: endsWord reads the common words
	}
	w, ok := lexicon.NonAgencyWords().EndingAt(s, e)
	return ok && len(w) > len(suffix)
}

// bracketInAddress reports whether the name that ends at e stands in
// brackets inside an address (阳新县兴国镇(经济开发区)民福路6号): an address
// notes the zone a road lies in between the town and the road, and the
// road and its number follow the bracket; the zone is a place there, as
// before a road with no bracket (addressAfter).
func bracketInAddress(s string, e int, protect *agencyText) bool {
	for _, b := range []string{"）", ")"} {
		if strings.HasPrefix(s[e:], b) {
			j := e + len(b)
			return addressAfter(s, j, protect.hanRunEnd(s, j))
		}
	}
	return false
}

// titleHeads indexes titles by where they start, into *heads on the
// first call: most texts never ask.
func titleHeads(titles []title, heads *map[int]title) map[int]title {
	if *heads == nil {
		*heads = make(map[int]title, len(titles))
		for _, t := range titles {
			(*heads)[t.start] = t
		}
	}
	return *heads
}

// partyHead reports whether the party organ's ending that ends at e
// opens a title read whole (郑陆镇|党委书记, 老君山村|党支部书记) right after
// a place or a level: the title is the organ's and its officer's
// (党委|书记), and the organ of the division is the body whose secretary
// it names, as 市委书记 names 市委 (GOLD.md). After a body's name
// (市民政局|党组书记) the title stays whole, the bureau's officer's.
func partyHead(s string, heads map[int]title, protect *agencyText, e int, suffix string) bool {
	start := e - len(suffix)
	t, ok := heads[start]
	if !ok || t.end <= e || lexicon.AgencySuffixes().Label(suffix, 0) != "party" {
		return false
	}
	if !lexicon.Titles().Has(s[e:t.end]) || protect.crosses(start-1, start) {
		return false
	}
	return placeEndingAt(s, start)
}

// titleInsideWholeName reports whether the ending that ends at e is a
// whole body's name from the lexicon (standalone: 申诉专员公署) that holds
// a title read inside it and nothing else protected: an office named
// after the officer who heads it (申诉专员|公署, the commissioner's
// office) prints the title as a word of its name, no title of a person.
func titleInsideWholeName(titles []title, protect *agencyText, e int, suffix string) bool {
	start := e - len(suffix)
	if lexicon.AgencySuffixes().Label(suffix, 1) != "standalone" {
		return false
	}
	for _, t := range titles {
		if t.start >= start && t.end <= e && t.start < t.end {
			return !protect.crosses(start, t.start) && !protect.crosses(t.end, e)
		}
	}
	return false
}

// endingAlone reports whether name is an ending that names one body by
// itself (慈善总会, 妇联, 科协: agency.One holds of it with no words
// before it): a place has one such body, so a list closed by 等 does not
// make it a kind (…、慈善总会等相关部门). The endings that name a kind alone
// (协会, 基金会) are classes of the generic list, which One refuses.
func endingAlone(name string) bool {
	suffix, _ := agency.Ending(name)
	return suffix == name && agency.One(name, false)
}

// rankedHonour reports whether a quoted name ranks or counts what it
// names (“十佳退役军人服务站”, “百强社区”, “建强百家…服务站”): a Chinese
// numeral outside a place's name and not after 第 (an ordinal, 第一人民医院)
// makes the quote an honour conferred or a campaign's slogan, which names
// a kind of body, not one (GOLD.md: a generic class is not an agency).
func rankedHonour(q string) bool {
	start := 0
	if place, ok := lexicon.Places().At(q, 0); ok {
		start = len(place)
	}
	prev := rune(0)
	for _, r := range q[start:] {
		if numeral.IsChinese(r) && prev != '第' && !numeral.IsChinese(prev) {
			return true
		}
		prev = r
	}
	return false
}

// quotedSubject finds the body that opens a quote as the subject of its
// verb (“退役军人事务部发布庆祝建党100周年系列活动”): a quoted headline or
// statement is a clause, and the body that acts in it is named as in
// running text. A quote that opens with the ordinal of an event's
// session (“第三届微公益创投大赛暨社区治理创新评选”) names the event. The name runs from the quote's start to a word the
// segmenter cut that ends in an agency ending with a verb right after it,
// and must name one body by itself.
func quotedSubject(s string, ts []segment.Token, in byteRange) (candidate, bool) {
	k := tokenAt(ts, in.Start)
	if k < 0 {
		return candidate{}, false
	}
	if ordinalEnd(s[:in.End], in.Start) >= 0 && !bodyNumberAt(s, ts, in.Start) {
		// “第三届…大赛暨…评选”: an ordinal with its measure counts the
		// sessions of an event (or an issue, a batch): the quote names
		// the event, no clause with a body acting in it. A body's own
		// number (“第一人民医院…”) is a word apart from the measure.
		return candidate{}, false
	}
	for ; k+1 < len(ts) && ts[k+1].End <= in.End; k++ {
		if leadingVerb(ts[k].Tag) {
			break // the clause's verb comes before any name
		}
		e := ts[k].End
		if ts[k+1].Tag != "v" || ts[k+1].Start != e {
			continue
		}
		if _, ok := lexicon.AgencySuffixes().EndingAt(s, e); ok {
			if name := s[in.Start:e]; agency.Shape(name) && agency.One(name, false) && !rankedHonour(name) {
				return candidate{in.Start, e, "quoted-subject"}, true
			}
		}
		break
	}
	return candidate{}, false
}

// bracketAlias reports whether the name that opens at i stands in a
// bracket right after a body's ending, as its other name (民政局（社会
// 事业局）, 社会事务局(城乡工作处、社会事业局)): the first name in the bracket
// names the body before it again, no second body (aliasAfter reads it as
// part of that name); a later one after 、 does too where the body before
// the bracket is a class (各功能区社会事务局: the names each such body goes
// by). Where the body before is a class (各镇人民政府(区办事处), 所在镇人民
// 政府(区办事处)), every name in the bracket is the class's other kind,
// though it opens with a level of its own. The bracket's names are
// Chinese characters, 、 and spaces: the bracket is the nearest mark
// before i of another kind (bracketStops).
func (p *agencyText) bracketAlias(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	if i == 0 || unicode.Is(unicode.Han, r) {
		return false // a name opens after no Han character
	}
	p.listBracketStops(s)
	n := sort.SearchInts(p.stops, i) - 1
	if n < 0 {
		return false
	}
	k := p.stops[n]
	open, w := utf8.DecodeRuneInString(s[k:])
	if open != '（' && open != '(' {
		return false
	}
	if _, named := lexicon.AgencySuffixes().EndingAt(s, k); !named {
		return false
	}
	// The class word opens the body's words, or ends the scan back
	// before them (各 bounds a name).
	b := wordsBack(s, k, false)
	if classPrefix(s[b:k], false) || classPrefix(s[:b], true) || classBeforeBracket(s, b) {
		// 各镇人民政府(区办事处): the bracket's other kind belongs to the
		// class too (each town's government, or each district's office).
		return true
	}
	if end := strings.IndexAny(s[k:], "）)"); end > 0 && standaloneAlias(s[k+w:k+end]) && !sameBodyAgain(s[hanBack(s, k):k], s[k+w:k+end]) {
		// 县自然资源局（县林业局）, 大店镇敬老院(恒德颐养中心),
		// 办公厅(国际合作司): a name of its own.
		return false
	}
	if c := sort.SearchInts(p.commas, k); c == len(p.commas) || p.commas[c] >= i {
		return true // the first name in the bracket
	}
	_, class := lexicon.GenericPrefixes().Prefix(s[b:k])
	_, before := lexicon.GenericPrefixes().EndingAt(s, b)
	return class || before
}

// locatedAlias reports whether every name in a bracket after a body's
// ending opens with its own place or level (县自然资源局（县林业局）,
// 民政局(县老龄办、县慈善总会)): a body 挂牌 or 合署 with the one before,
// a name of its own. The bracket is read past its opening mark, whatever
// its width. A name with no place of its own (民政局（社会事业局）) is the
// body's other name, no second body.
func locatedAlias(alias string) bool {
	if noteOpens(alias) {
		return false
	}
	for _, a := range strings.Split(alias, "、") {
		if !agency.HasLocality(a) {
			return false
		}
	}
	return true
}

// sameBodyAgain reports whether a bracket's bare name, after a bare body's
// name (no place or level anywhere in the words before the bracket) of
// the same kind (民政局（社会事业局）: a bureau, then a bureau),
// names that body again: one office is not two of one rank, unless each
// is located (县自然资源局（县林业局）: two bodies, one 挂牌 with the other)
// or the kinds differ (办公厅(国际合作司): two offices 合署).
func sameBodyAgain(body, alias string) bool {
	if locatedAlias(alias) || strings.Contains(alias, "、") {
		return false
	}
	for j := range body {
		if agency.HasLocality(body[j:]) {
			return false // 湘江新区民政和社会保障局(退役军人事务局)
		}
	}
	a, _ := utf8.DecodeLastRuneInString(body)
	b, _ := utf8.DecodeLastRuneInString(alias)
	return a == b
}

// hanBack is where the run of Chinese characters that ends at k starts.
func hanBack(s string, k int) int {
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		k -= w
	}
	return k
}

// classBeforeBracket reports whether the words before the bracket that
// closes at b open with a class's prefix (各县(区、管委会)|民政局: the
// levels the class spans, in brackets, between the prefix and the body).
func classBeforeBracket(s string, b int) bool {
	r, w := utf8.DecodeLastRuneInString(s[:b])
	if r != '）' && r != ')' {
		return false
	}
	open := strings.LastIndexAny(s[:b-w], "（(")
	if open <= 0 {
		return false
	}
	a := wordsBack(s, open, false)
	return classPrefix(s[a:open], false) || classPrefix(s[:a], true)
}

// classPrefix reports whether a generic prefix that makes a class (各,
// 所在: no word that points at the place, 我市) opens s, or ends it where
// ending is set.
func classPrefix(s string, ending bool) bool {
	g := lexicon.GenericPrefixes()
	var w string
	var ok bool
	if ending {
		w, ok = g.Suffix(s)
	} else {
		w, ok = g.Prefix(s)
	}
	return ok && g.Label(w, 0) != "deictic"
}

// listBracketStops lists, on the first call, the offsets of the marks a
// bracket's names end at going back (an opening bracket, or any rune but
// a Chinese character, 、 and a space) and those of 、: each question of
// bracketAlias is then two searches, not a walk back over a long list.
func (p *agencyText) listBracketStops(s string) {
	if p.stops != nil {
		return
	}
	p.stops = []int{}
	for j, r := range s {
		switch {
		case r == '、':
			p.commas = append(p.commas, j)
		case r == ' ' || r == '\u3000':
		case r == '（' || r == '(' || (r < 0x4E00 || r > 0x9FFF) && !unicode.Is(unicode.Han, r):
			p.stops = append(p.stops, j)
		}
	}
}

// countedAfter reports whether a count of bodies follows the name that
// ends at e (社区养老服务站805个, 养老机构168家): a figure, then a measure
// of things counted (个, 家, 所: labelled count in the units lexicon) that
// closes the phrase (a mark, 等, the list's next member, the text's end).
// A statistic printed after its noun counts the bodies of a kind, as a
// count before it does (建成3个|…工作站); one body is not counted, and a
// count after a name that opens with its place counts its people or
// things (市民政局3人: agencyEndingAt asks). A measure with a noun after
// it counts that noun (市民政局2名|干部). A statistics list prints the
// count with no measure, the kind and its figure closing the line
// (社区服务中心190, 社区服务站7,149: statisticLine; lineBreak tells where
// the layout joined two source lines).
func countedAfter(s string, e int, lineBreak func(int) bool) bool {
	j := e
	for figureAt(s, j) || j > e && j < len(s) && (s[j] == '.' || s[j] == ',') && figureAt(s, j+1) {
		j++
	}
	if j == e {
		return false
	}
	if statisticLine(s, j, lineBreak) {
		return true
	}
	u, ok := lexicon.Units().At(s, j)
	if !ok || !countMeasure(u) {
		return false
	}
	_, joined := listJoinAt(s, j+len(u))
	return joined || memberEnd(s, j+len(u))
}

// statisticLine reports whether a figure that ends at j, right after a
// kind's name, closes its source line (社区服务中心190\n, or where the
// layout joined the next line on: lineBreak): a statistics list's row, a
// category and its count, as a table's row prints them.
func statisticLine(s string, j int, lineBreak func(int) bool) bool {
	if lineBreak != nil && lineBreak(j) {
		return true
	}
	for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r') {
		j++
	}
	return j == len(s) || s[j] == '\n'
}
