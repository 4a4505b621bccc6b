package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/numeral"
	"bulletin/parser/segment"
)

// Where a body's name starts. A name ends in an agency ending, found
// first; what comes before it up to the name's start is read here, in
// one place: the scan back over the name's words (agencyStart), the
// words that bound a name (a boundary word, a mark, a place read whole),
// and the clause's words the scan must not keep (a verb and its object,
// a function word, an adverb, a class noun, a venue). The short names
// read in the context of a page (agency_context.go) open after the same
// bounding words (wordsBack, clauseWordsPast).

// agencyStart is where the name that its ending (suffix, ending at e)
// closes starts: the scan back from the ending over the name's words, to
// the word, the mark or the place before the name that bounds it, and
// then the words of a clause the scan ran through that no name holds (a
// word of the text run into the name, a clause's function words, a class
// noun, an adverb and its verb, a word that points at the place, a verb
// and its object, a measure, an ordinal). A body's name is written
// [place or level][words][ending] (the agency package); every rule on
// where it opens is here. weak says the start was guessed, not found at
// a boundary; ok is false where the words name no one body at all (a
// category, the act done to a kind of body, a venue, a meeting).
func agencyStart(s string, ts []segment.Token, protect *agencyText, gap func(int) bool, e int, suffix string) (i int, weak, ok bool) {
	i = e - len(suffix)
	afterBoundary, pointed := false, false
	for steps := 0; i > 0 && steps < 30; steps++ {
		if place, ok := lexicon.Places().EndingAt(s, i); ok && len(place) > len("市") {
			if conjunctionLed(s, i-len(place), place) {
				// 路口福利院和县社会福利院: two bodies; the name starts after 和.
				_, w := utf8.DecodeRuneInString(place)
				i, afterBoundary = i-len(place)+w, true
				break
			}
			i -= len(place) // a place is read whole: 和平区 is not 和 + 平区
			continue
		}
		if _, ok := lexicon.Streets().EndingAt(s, i); ok && agency.HasLocality(s[i:e]) && !agency.OpensWithLevel(s[i:e]) {
			// 政和路|汕尾市民政局: an address prints the road before the
			// body it reaches; a name that opens with its own place after
			// a road's name is the body, the road no part of it.
			afterBoundary = true
			break
		}
		if fieldLabelEndingAt(s, ts, i) && agency.HasLocality(s[i:e]) {
			// 责任部门 西夏区民政局: a page's field label opens no name; the
			// value after it, a body named with its place, is the name
			// (时间银行服务中心 holds a word that is also a label).
			afterBoundary = true
			break
		}
		if w, ok := lexicon.AgencyBoundaries().EndingAt(s, i); ok && (boundaryWord(ts, i, w) || placeGuessedOn(s, ts, i) || eachWordAt(s, ts, i-len(w), w)) && !boundaryInEnding(s, i, w) && !guessedWhole(s, ts, i-len(w), i, e) {
			if stationedWord(w) {
				if !stationedPlace(s, i, e-len(suffix)) {
					return 0, false, false // 市民政局驻|政务中心: where the body sits, no body
				}
				i -= len(w) // 省人民政府驻|北京|办事处: the stationed body, named whole
				continue
			}
			if venueAt(s, ts, w, i, e) {
				return 0, false, false // 在|东港商务中心|隆重举办: where the event is held, no body
			}
			if _, titled := lexicon.Titles().EndingAt(s, i-len(w)); titled && isConjunction(w) {
				// 负责同志|和|养老服务科: a person before 和, so what follows
				// is a name only if it opens with its place.
				weak = true
				break
			}
			if isConjunction(w) && (conjoinedName(s, ts, i-len(w), i) || oneCharBefore(s, i-len(w), ts)) || w == "的" && placeLedWords(s, i-len(w)) {
				i -= len(w)
				continue
			}
			if lexicon.GenericPrefixes().Has(w) && lexicon.GenericPrefixes().Label(w, 0) != "deictic" || eachWordAt(s, ts, i-len(w), w) {
				return 0, false, false // 各县民政局, 有关单位: a category
			}
			if convenedMeeting(s, ts, w, e, suffix) {
				return 0, false, false // 召开|协商会: the meeting convened, no body
			}
			// After a word that points at the place (我市|市委, 我县|殡葬管理所)
			// the name is what follows it, if that names one body.
			afterBoundary = true
			break
		}
		if t, ok := lexicon.Titles().EndingAt(s, i); ok && !titleInEnding(s, i, t) {
			if i == e-len(suffix) && lexicon.Titles().Label(t, 0) == "professional" {
				// 华夏社工|服务中心, 市律师|协会: a profession right before
				// the ending is the trade the body serves, no one's title.
				i -= len(t)
				continue
			}
			if lexicon.Titles().Label(t, 0) == "status" && (i < e-len(suffix) || placeEndingAt(s, i-len(t))) {
				// 退役军人|事务局: a class of people the welfare system
				// serves, printed before the words of an ending, is the
				// field of the body that serves them, no one's title;
				// right before the ending too where a place or a level
				// names whose body it is (谷城县|退役军人|服务中心).
				i -= len(t)
				continue
			}
			break
		}
		if protect.crosses(i-1, i) || gap(i) {
			break
		}
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.Is(unicode.Han, r) {
			if (r == '）' || r == ')') && (levelsBracket(s, i) || alternativeClass(s, i, e)) {
				return 0, false, false // 各县（市、区）民政局, 村(居)民委员会: a category
			}
			break // (记者 崔静)|市民政局: a byline or a note closes before the name
		}
		i -= w
	}
	// The measure of a number before a name is none of it (366号|成都市
	// 民政局, 2020年|政府, 2023年|我局…).
	if _, place := lexicon.Places().At(s, i); i > 0 && figureAt(s, i-1) && !place && measureAt(s, i) {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	// A name opens where a word does (2025年度|鞍山市民政局, 原属|呼热胡社区,
	// 指|宝兴殡仪馆, 综合|鄂城区…办公室).
	i = wordStart(s, ts, i, e-len(suffix), e)
	// The words of a clause the scan ran through (那么|菏泽市…, 牵动着|市委,
	// 支持|我局) are no part of the name: it opens after them.
	if h := clauseHead(s, ts, i, e-len(suffix), e); h > i {
		i, afterBoundary = h, true
	}
	if h := classNounHead(s, ts, i, e-len(suffix), e); h > i {
		i, afterBoundary = h, true // 优胜单位|城关镇民政办: the class the name is one of
	}
	if h := functionWordOpens(s, ts, i, e-len(suffix)); h > i {
		i, afterBoundary = h, true // 经过|评审委员会: a preposition opens no name
	}
	if h, act := adverbHead(s, ts, i, e-len(suffix), e); act {
		return 0, false, false // 暂停|殡仪馆, 进一步加强|社区: the act done to a kind of body
	} else if h > i {
		// 进一步规范|沙坪街道: the name opens after the verb the adverb
		// qualifies; a guessed start unless a name's place opens it.
		rest := s[h:e]
		i, weak = h, !agency.HasLocality(rest) && !properNameOpens(rest, h, ts) && !townNamed(rest, h, ts)
		afterBoundary = true
	}
	// A word that points at the place is no part of the name after it
	// (我市|市委, 我县|殡葬管理所): the place it points at is the name's.
	if p, ok := lexicon.GenericPrefixes().Prefix(s[i:e]); ok && lexicon.GenericPrefixes().Label(p, 0) == "deictic" && len(p) < e-i-len(suffix) {
		_, w := utf8.DecodeLastRuneInString(p)
		ownUnit := lexicon.GenericPrefixes().Label(p, 1) == "body" && lexicon.AgencySuffixes().Label(suffix, 0) == "unit"
		if rest := s[i+len(p) : e]; agency.HasLocality(rest) || agency.OneCharLevel(p[len(p)-w:]) != "" || ownUnit {
			// A verb may open the name after it, as after a boundary.
			i, afterBoundary, pointed = i+len(p), true, true
		}
	}
	if verbBeforeClass(s, ts, i, e-len(suffix), e) {
		return 0, false, false // 加快建设|乡镇敬老院: the act done to a kind of body
	}
	// A verb the scan ran through opens no name: 尽快起草|精神卫生福利中心,
	// 现场察看|医院, 在推动|市委. After a boundary word a verb that opens the
	// name may be part of it (联合|为民社会工作服务中心), and inside a name
	// that starts with a place it is (南阳康复辅具及适老化产品展示体验中心).
	// A village's or a community's own name after the township it lies in
	// (长淮街道|胜利|社区, 方庙街道|站塘|社区) holds words the segmenter reads
	// as verbs: the name's words are read up to the township's level.
	words := e - len(suffix)
	if t := villageTown(s, i, words, suffix); t > 0 && !actAfterTown(s, ts, t, e, suffix) {
		words = t
	}
	if lv := lastVerb(s, ts, i, words, suffix); lv >= 0 {
		rest := s[ts[lv].End:e]
		// A verb that plans or reports work (完成, 推进, 建成) names no
		// body's trade: 江口街道完成|南浦社区 is two things.
		// The field of work a body of co-ordination is named after may
		// hold such a verb (省全面推进|依法行政工作领导小组): the ending
		// decides, in a name that opens with its place.
		stance := lexicon.Stance().Has(ts[lv].Word) && !(lexicon.AgencySuffixes().Label(suffix, 2) == "field" && agency.HasLocality(s[i:e]))
		if stance || agency.HasLocality(rest) || !agency.HasLocality(s[i:e]) && (ts[lv].Start > i || !afterBoundary) || actOnKind(s, ts, ts[lv], i, e, suffix, pointed) || actorBefore(s, ts, lv, i) {
			i, weak = ts[lv].End, true
		}
		// A proper name the segmenter guessed after the verb opens the name
		// as a place does (听取|新宅中心敬老院), unless the verb plans or
		// reports work (完成|南浦社区, as above).
		if !stance && properNameOpens(s[ts[lv].End:e], ts[lv].End, ts) {
			i, weak = ts[lv].End, false
		}
	}
	// A verbal noun right before a name that names its own place or level
	// is the act done to it (核查|全县民政局, 核查|乡镇政府): no part of it.
	if k := lastVerbalNoun(ts, i, words); k >= 0 {
		if rest := s[ts[k].End:e]; agency.HasLocality(rest) || agency.OpensWithLevel(rest) {
			i, weak = ts[k].End, true
		} else if !lexicon.Stance().Has(ts[k].Word) && properNameOpens(rest, ts[k].End, ts) {
			i, weak = ts[k].End, false // likewise after a verbal noun that plans nothing
		}
	}
	// A plan or report word the segmenter took for a place (新建/ns 合江县
	// 社会救助福利院: 新建 is also a district's name) opens no name that
	// names its own place after it.
	if w, ok := lexicon.Stance().Prefix(s[i:e]); ok && agency.HasLocality(s[i+len(w):e]) {
		if agency.OneCharLevel(s[i+len(w):e]) == "" { // 新建|区民政局 is the place's own
			i, weak = i+len(w), true
		}
	}
	// A name counted (建成3个|镇未成年人保护工作站) is a class of bodies.
	if protect.quantityEnds[i] {
		return 0, false, false
	}
	if protect.bracketAlias(s, i) {
		return 0, false, false // 民政局（社会事业局）: another name for the same body
	}
	if _, _, end, ok := numeral.Ordinal(s[i:e]); ok {
		// 第三组|市民政局: a row's or a group's label opens no name.
		if i += end; i >= e-len(suffix) {
			return 0, false, false
		}
	}
	if pronounBefore(s, ts, i, e-len(suffix), e) {
		return 0, false, false // 北京那个|医院: a body referred to by its kind, no name
	}
	return i, weak, true
}

// boundaryWord reports whether the boundary word w that ends at i is a
// word there: the segmenter cut it out whole, or guessed at the stretch
// (由市, 到市 are guesses, not words). 组织 inside 社会组织 is no boundary.
func boundaryWord(ts []segment.Token, i int, w string) bool {
	if len(ts) == 0 {
		return true
	}
	if k := tokenOver(ts, i); k < len(ts) {
		if t := ts[k]; t.Start < i {
			if t.Word == w || t.Tag == "x" && !townGuess(t.Word) || t.End == i && strings.HasSuffix(t.Word, w) && utf8.RuneCountInString(t.Word) <= utf8.RuneCountInString(w) {
				return true
			}
			// A label the segmenter cut in two (发布/机构): words that start
			// and end where it does; or a guess of the segmenter's across
			// it (坟迁/x 往) where a word starts after it.
			return t.End == i && (startsWord(ts, i-len(w)) || guessedAt(ts, i-len(w)+1))
		}
	}
	return true
}

// conjunctionLed reports whether a place found at [i, …) opens with a
// conjunction that joins two names: 路口福利院和县社会福利院 is two bodies,
// not one in 和县.
func conjunctionLed(s string, i int, place string) bool {
	r, _ := utf8.DecodeRuneInString(place)
	if r != '和' && r != '与' && r != '及' {
		return false
	}
	_, ok := lexicon.AgencySuffixes().EndingAt(s, i)
	return ok
}

// oneCharBefore reports whether a single character stands before the
// conjunction at i, after a boundary or the start: no list joins one
// character (颐和护理中心 holds its 和).
func oneCharBefore(s string, i int, ts []segment.Token) bool {
	r, w := utf8.DecodeLastRuneInString(s[:i])
	if _, _, level := agency.LevelAt(s, i-w); !unicode.Is(unicode.Han, r) || level || r == '党' || r == '国' {
		return false // 党和政府, 市和县: a word of its own joined to the next
	}
	if suffix, ok := lexicon.AgencySuffixes().EndingAt(s, i); ok && len(suffix) > w {
		return false // 评估委员|会|和…: the last character of a name's ending, no name's first
	}
	if b, ok := lexicon.AgencyBoundaries().EndingAt(s, i); ok && len(b) == w {
		return false // 经|与溧水经济开发区: a word that leads a name, no name's first character
	}
	if k := tokenEndingAt(ts, i); k >= 0 && ts[k].Start == i-w {
		switch ts[k].Tag {
		case "v", "p", "d", "c", "r", "u", "ul", "uj":
			return false // 请与…: a verb or a particle, not a name's first character
		}
		if k+1 < len(ts) && ts[k+1].Tag == "p" {
			return false // 经|与/p 溧水区民政局: a preposition after a word of its own leads what follows
		}
	}
	j := i - w
	if j == 0 {
		return true
	}
	r2, _ := utf8.DecodeLastRuneInString(s[:j])
	if !unicode.Is(unicode.Han, r2) {
		return true
	}
	_, ok := lexicon.AgencyBoundaries().EndingAt(s, j)
	if !ok {
		_, ok = lexicon.Titles().EndingAt(s, j)
	}
	return ok
}

// conjoinedName reports whether the words before a conjunction at i are the
// first half of one name (南阳康复辅具及适老化产品展示体验中心): they start
// with a place and do not end as an agency does.
func conjoinedName(s string, ts []segment.Token, i, after int) bool {
	left := s[wordsBackIn(s, ts, i):i]
	if _, ok := lexicon.AgencySuffixes().Suffix(left); ok {
		return false
	}
	if place, ok := lexicon.Places().At(left, 0); ok && len(place) < len(left) {
		return true
	}
	if agency.OpensWithLevel(left) && utf8.RuneCountInString(left) > 2 && !agency.HasLocality(s[after:]) {
		return true // 市社会福利和捐助救助中心: the level's words go on after 和
	}
	// A unit named by its work: 区民政局基层政权建设和社会治理科 holds a body,
	// then what its unit does, with 和 inside.
	if agency.HasLocality(s[after:]) {
		return false // 市政府安排部署和市政府: a second name follows
	}
	// So does a ministry's department (民政部|基层政权建设和社区治理司): the
	// body first, named whole by a word of its own (agency.One).
	for k := range left {
		if k > 0 {
			if suf, ok := lexicon.AgencySuffixes().EndingAt(left, k); ok && (k > len(suf) && agency.HasLocality(left) || agency.One(left[:k], false)) {
				return true
			}
		}
	}
	return false
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

// placeLedWords reports whether the words that end at i, back to the
// word before them that bounds a name, open with a place and hold no
// agency ending: a long name's words that 的 joins to the rest
// (张店区新型冠状病毒感染的肺炎疫情处置工作领导小组办公室).
func placeLedWords(s string, i int) bool {
	left := s[wordsBack(s, i, false):i]
	place, ok := lexicon.Places().At(left, 0)
	if !ok || len(place) == len(left) {
		return false
	}
	for k := len(place); k < len(left); {
		if _, ok := lexicon.AgencySuffixes().At(left, k); ok {
			return false
		}
		_, w := utf8.DecodeRuneInString(left[k:])
		k += w
	}
	return true
}

// fieldLabelEndingAt reports whether the label of a field of a page's
// information lines (the cue list "info": 责任部门, 发布机构, 来源) ends
// at i, opening its line or after a mark, and read as words there: the
// value that follows it is no part of it, colon or none (责任部门
// 西夏区民政局 公开方式 主动公开).
func fieldLabelEndingAt(s string, ts []segment.Token, i int) bool {
	l, ok := lexicon.CueWordList("info").EndingAt(s, i)
	return ok && !hanBefore(s, i-len(l)) && boundaryWord(ts, i, l)
}

// placeGuessedOn reports whether the segmenter's guess that holds byte i
// ran the boundary word that ends at i onto a place of the gazetteer and
// a township's level (原民乐镇/x: 原, then 民乐 and 镇): the place opens the
// name, as it does where the guess stops at it. boundaryWord keeps a
// guess that ends in such a level whole (自怀镇, a town's own name), where
// what follows the boundary's character is no place.
func placeGuessedOn(s string, ts []segment.Token, i int) bool {
	if !guessedAt(ts, i) {
		return false
	}
	_, ok := lexicon.Places().At(s, i)
	return ok
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

// boundaryInEnding reports whether the boundary word w that ends at i
// opens an agency ending that runs on past it (协调|领导小组 of 协调领导小组,
// a verb of the agency boundaries): the word is part of the body's name,
// as titleInEnding reads a title that opens one (委员|会), and the scan
// goes on through it (…管理工作协调领导小组办公室 is one name).
func boundaryInEnding(s string, i int, w string) bool {
	suf, ok := lexicon.AgencySuffixes().At(s, i-len(w))
	return ok && len(suf) > len(w)
}

// titleInEnding reports whether the title t that ends at i opens an
// agency ending that runs on past it (老龄工作委员|会办公室: 委员 heads 委员会):
// the title is part of a body's name, as titlesIn reads it (常委|会), and
// the scan goes on through it (县老龄工作委员会办公室 is one name).
func titleInEnding(s string, i int, t string) bool {
	suf, ok := lexicon.AgencySuffixes().At(s, i-len(t))
	return ok && len(suf) > len(t)
}

// stationedWord reports whether w says where a body is stationed (驻:
// labelled stationed in the agency boundaries): it joins the body and
// the place it sits in.
func stationedWord(w string) bool {
	return lexicon.AgencyBoundaries().Label(w, 0) == "stationed"
}

// stationedPlace reports whether the words [i, j) between a word of
// stationing and the ending that closes the name open with the place
// where the body sits, named by its own name: a place of the gazetteer,
// a level word (驻|村|工作队), or a body's name with its ending (驻|民政部|
// 纪检组). Then the ending after them is the stationed body's own. Words
// with none of these (驻|政务|中心) close on the place itself.
func stationedPlace(s string, i, j int) bool {
	if i >= j {
		return false
	}
	if _, ok := lexicon.Places().At(s, i); ok {
		return true
	}
	if _, _, ok := agency.LevelAt(s, i); ok {
		return true
	}
	for k := i; k < j; {
		_, w := utf8.DecodeRuneInString(s[k:])
		k += w
		if _, ok := lexicon.AgencySuffixes().EndingAt(s, k); ok {
			return true
		}
	}
	return false
}

// venueAt reports whether the name [i, e), after the boundary word w,
// names where an event is held: w says where (在, labelled at in the
// agency boundaries), and the verb of holding an event follows the name
// (举办, 举行, 召开: labelled convene), with only words that qualify it
// between (隆重/a, 顺利/ad). A venue named without the level of a place
// (在东港商务中心隆重举办: a building's name, its place's short name and
// its kind) is a building or a hall; one named by its division with the
// level, or by the level alone (在渝北区救助管理站举行, 在市儿童福利院举行,
// 在彩屯街道办事处彩玉社区举办), is the body whose premises host the event.
func venueAt(s string, ts []segment.Token, w string, i, e int) bool {
	b := lexicon.AgencyBoundaries()
	if b.Label(w, 0) != "at" || levelledName(s[i:e]) {
		return false
	}
	for k := tokenAt(ts, e); k >= 0 && k < len(ts) && (k == tokenAt(ts, e) || ts[k].Start == ts[k-1].End); k++ {
		if b.Has(ts[k].Word) && b.Label(ts[k].Word, 0) == "convene" {
			return true
		}
		if !qualifier(ts[k].Tag) {
			return false
		}
	}
	return false
}

// levelledName reports whether name opens with its level (市…), a
// national prefix, or a place of the gazetteer named with its level
// (渝北区…), or holds a division's level word after its own name (彩屯
// 街道办事处彩玉社区: a township's, a community's): as a government names
// its bodies and its divisions, where a building or a firm goes by the
// place's short name (东港…).
func levelledName(name string) bool {
	if agency.OpensWithLevel(name) {
		return true
	}
	if _, ok := lexicon.National().Prefix(name); ok {
		return true
	}
	if place, ok := lexicon.Places().At(name, 0); ok {
		if _, level := lexicon.Levels().Suffix(place); level {
			return true
		}
	}
	for k := range name {
		if _, ok := lexicon.Levels().At(name, k); ok && k > 0 {
			return true
		}
	}
	return false
}

// convenedMeeting reports whether the name that ends at e with suffix,
// right after the boundary word w, is a meeting: w convenes one (召开,
// 举行: labelled convene in the agency boundaries), and the words close
// with a meeting's 会 that only looks like a social body's ending, the
// segmenter reading the ending's first character into the word before it
// or guessing the whole (协商/n 会, 面商会/x: 协商会 is a meeting). A body
// convened about is named by its ending as a word (举行|养老服务协会|成立
// 大会), and meets at a meeting named after it.
func convenedMeeting(s string, ts []segment.Token, w string, e int, suffix string) bool {
	if lexicon.AgencyBoundaries().Label(w, 0) != "convene" || !strings.HasSuffix(suffix, "会") {
		return false
	}
	if _, kind := agency.Ending(suffix); kind != "social" {
		return false
	}
	return len(ts) > 0 && !startsWord(ts, e-len(suffix))
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

// measureAt reports whether the character at i measures the figure
// before it (366号, 2020年, 3个, 406室): a unit, or a date's, a serial's
// or a room's mark.
// A name glued to a file's or a list's number (71民政部办公厅…) keeps its
// first character.
func measureAt(s string, i int) bool {
	if _, ok := lexicon.Units().At(s, i); ok {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	// 室, 楼, 层: a room's or a floor's number in an address (18号406室|
	// 社会事务科), no part of the unit that sits there.
	return strings.ContainsRune("年月日号期届室楼层", r)
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
		if t.Tag == "x" && levelGoesOn(s, ts, t.End) {
			return i // 原雅桥/x|乡人民政府: the guess's tail and the level are a town's name
		}
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

// functionWordTags are the segmenter's tags of words that hold a clause
// together and never stand inside a body's name: pronouns (那么, 这些),
// conjunctions, prepositions, particles (着, 过), modal words and
// interjections.
var functionWordTags = map[string]bool{
	"r": true, "c": true, "p": true, "u": true, "uj": true, "ul": true, "uz": true,
	"ug": true, "uv": true, "ud": true, "y": true, "e": true, "o": true,
}

// clauseHead is where a name starts that the backward scan from its
// ending ran through a clause's words to find (那么|菏泽市牡丹区民政局…,
// 时刻牵动着|市委, 支持|我局…), i being where the scan stopped and j where
// the name's ending starts; -1 if the scan ran through no such word. A
// body's name is written [place or level][words][ending] (the agency
// package), and the words of a clause hold it together with function
// words that no name holds: after the last of them the name opens with
// its place or its level. A word that points at the place or at the
// writer (我局, 我市: deictic in the generic prefixes) is where the name
// opens wherever it stands, as at a clause's start; the rule that reads
// it there decides what it names.
func clauseHead(s string, ts []segment.Token, i, j, e int) int {
	if k := lastTokenIn(ts, i, e, func(k int) bool {
		return ts[k].Start > i && deicticWord(ts[k].Word)
	}); k >= 0 {
		return ts[k].Start
	}
	k := lastTokenIn(ts, i, j, func(k int) bool {
		return functionWordTags[ts[k].Tag] && !deicticWord(ts[k].Word) && agency.HasLocality(s[ts[k].End:e])
	})
	if k < 0 {
		return -1
	}
	return ts[k].End
}

// deicticWord reports whether w is a word that points at the place or
// the writing body (我市, 本局: labelled deictic in the generic prefixes).
func deicticWord(w string) bool {
	g := lexicon.GenericPrefixes()
	return g.Has(w) && g.Label(w, 0) == "deictic"
}

// classNounHead is where a name opens after a noun of a class of bodies
// that the scan ran through (优胜单位|城关镇民政办, 责任部门|县民政局): a
// list of bodies is printed after the class it falls in, as apposition
// (先进单位, 牵头单位), and the class noun is no part of the name that
// opens with its place after it. The class nouns are the generic agencies
// of two characters or more that end no name (单位, 部门; 政府 and 中心 do:
// 相城区人民政府|太平街道办事处; 会 closes 心理学|会). i is where the scan
// stopped, j where the ending starts; -1 if no such noun.
func classNounHead(s string, ts []segment.Token, i, j, e int) int {
	k := lastTokenIn(ts, i, j, func(k int) bool {
		w, rest := ts[k].Word, s[ts[k].End:e]
		if !lexicon.GenericAgencies().Has(w) || lexicon.AgencySuffixes().Has(w) || utf8.RuneCountInString(w) < 2 {
			return false
		}
		return agency.HasLocality(rest) || townNamed(rest, ts[k].End, ts)
	})
	if k < 0 {
		return -1
	}
	return ts[k].End
}

// functionWordOpens is where a name opens after a function word that
// starts the words the scan found (经过/p|评审委员会, 对于|…): a body's name
// is [place or level][words][ending], and a preposition, a conjunction or
// a particle holds a clause together before it, never opens it (inside
// a name one may join its words: 救助与管理). A word that points at the
// place or makes a class (我市, 各) is read by the rules for those; a
// place that opens with such a character (和平区) is read whole. i is
// where the scan stopped, j where the ending starts; -1 if no such word.
func functionWordOpens(s string, ts []segment.Token, i, j int) int {
	k := tokenAt(ts, i)
	if k < 0 || ts[k].End >= j || !functionWordTags[ts[k].Tag] || deicticWord(ts[k].Word) {
		return -1
	}
	if _, ok := lexicon.GenericPrefixes().At(s, i); ok {
		return -1
	}
	if _, ok := lexicon.Places().At(s, i); ok || agency.OpensWithLevel(s[i:]) {
		return -1
	}
	return ts[k].End
}

// adverbHead reads an adverb the scan ran through (进一步规范|沙坪街道,
// 暂停|殡仪馆, as the segmenter tags them: d): an adverb qualifies the verb
// after it, and a verb phrase is no part of a body's name, so the name
// opens after the word the adverb qualifies. act says that nothing but
// the ending is left after them (暂停|殡仪馆, 进一步加强|社区): the act is
// done to a kind of body, and no name is read, as actOnKind reads a verb
// there. A name that opens with its place keeps its words. i is where the
// scan stopped, j where the ending starts, e where it ends; h is -1 where
// the words hold no adverb.
func adverbHead(s string, ts []segment.Token, i, j, e int) (h int, act bool) {
	if agency.HasLocality(s[i:e]) {
		return -1, false
	}
	k := lastTokenIn(ts, i, j, func(k int) bool { return ts[k].Tag == "d" })
	if k < 0 {
		return -1, false
	}
	if after := ts[k].End; agency.HasLocality(s[after:e]) {
		return after, false // 已经|县政府同意: the name of a place after the adverb
	}
	if k+1 >= len(ts) || ts[k+1].End >= j {
		return -1, true
	}
	return ts[k+1].End, false
}

// verbBeforeClass reports whether a verb or a verbal noun inside [i, j)
// stands before words that open with a word of category up to the name's
// end e (加快建设|乡镇敬老院, 指导|基层民政部门): the act is done to a kind of
// body, and no name runs across the verb, even after a boundary word
// (要求|加快建设乡镇敬老院). A word that points at the place (我市) opens
// one body's name and is no category, nor does a whole division's one
// body (组建|全区社会组织评估委员会: agency.Whole).
func verbBeforeClass(s string, ts []segment.Token, i, j, e int) bool {
	return lastTokenIn(ts, i, j, func(k int) bool {
		if !leadingVerb(ts[k].Tag) && ts[k].Tag != "vn" {
			return false
		}
		p, ok := lexicon.GenericPrefixes().Prefix(s[ts[k].End:e])
		return ok && len(p) < e-ts[k].End && lexicon.GenericPrefixes().Label(p, 0) != "deictic" && !agency.Whole(s[ts[k].End:e])
	}) >= 0
}

// townEndingAt is where the level word of a township (街道, 镇, 乡: the
// levels lexicon's 乡) starts that ends at k and closes a township's name
// (长淮|街道, 方庙|街道): a Chinese character of the name stands before
// it, and no word of category (各街道, 乡镇|街道 are classes); -1 if none.
func townEndingAt(s string, k int) int {
	w, ok := lexicon.Levels().EndingAt(s, k)
	if !ok || lexicon.Levels().Label(w, 0) != "乡" {
		return -1
	}
	start := k - len(w)
	if !hanBefore(s, start) {
		return -1
	}
	if _, class := lexicon.GenericPrefixes().EndingAt(s, start); class {
		return -1
	}
	return start
}

// villageTown is where the words of a village's or a community's own
// name start inside the name [i, j) that its level (the ending suffix,
// at j) closes: right after the level word of the named township it lies
// in (长淮街道|胜利社区, 方庙街道|站塘社区), or -1 where no township opens
// it. The last such level before the village's words counts.
func villageTown(s string, i, j int, suffix string) int {
	if w, level, ok := agency.LevelAt(suffix, 0); !ok || w != suffix || level != "村" {
		return -1
	}
	last := -1
	for k := i; k < j; {
		_, w := utf8.DecodeRuneInString(s[k:])
		k += w
		if k < j && townEndingAt(s, k) > i {
			last = k
		}
	}
	return last
}

// actAfterTown reports whether a verb after a township's name, at t,
// is the act of the township as a body on a community it names (江口街道
// 完成|南浦社区): a verb that plans or reports work (the stance words), or
// one a proper name or a place follows, as after a verb anywhere. The
// village's words are then no name of one (villageTown).
func actAfterTown(s string, ts []segment.Token, t, e int, suffix string) bool {
	return lastTokenIn(ts, t, e-len(suffix), func(k int) bool {
		rest := s[ts[k].End:e]
		return leadingVerb(ts[k].Tag) && (lexicon.Stance().Has(ts[k].Word) || agency.HasLocality(rest) || properNameOpens(rest, ts[k].End, ts))
	}) >= 0
}

// lastVerb is the index of the last verb-like token inside [i, j), or -1.
// A place is no verb, whatever the segmenter guessed (通道/v 县), nor is a
// word of place right before a level (路口/s 镇): they open the name. Nor
// is a word of stationing the scan ran through (省人民政府|驻|北京办事处):
// it joins a body and its place inside one name (stationedPlace).
func lastVerb(s string, ts []segment.Token, i, j int, suffix string) int {
	return lastTokenIn(ts, i, j, func(k int) bool {
		return leadingVerb(ts[k].Tag) && !placeBeforeLevel(ts, k) && !endingTail(s, ts[k]) && !stationedWord(ts[k].Word) && !fieldVerb(ts, k, i, suffix)
	})
}

// fieldVerb reports whether the verb ts[k] closes the field of work a
// government's bureau or commission is named after (城市|执法|局, 环境|
// 保护|局): the noun before it is its object, printed first as a field
// is (城市执法, the enforcement of the city's rules), and the ending after
// it is a one-character ending of a government's body (局, 委) the
// segmenter cut alone. Such an ending is bound, no word a verb takes as
// its object (局 of 开局, a game, is a word of the dictionary, or of the
// non-agency words), so the noun and the verb are the name's words. Both
// lie in the scan's words from i. A unit's ending (科, 处) after a verb
// is left to the rules for units, which read it with its body.
func fieldVerb(ts []segment.Token, k, i int, suffix string) bool {
	if k == 0 || k+1 >= len(ts) || ts[k-1].Start < i || ts[k-1].End != ts[k].Start {
		return false
	}
	if _, kind := agency.Ending(suffix); kind != "government" || utf8.RuneCountInString(suffix) != 1 || ts[k+1].Start != ts[k].End || ts[k+1].Word != suffix {
		return false
	}
	switch ts[k-1].Tag {
	case "n", "ns", "nz", "vn":
		return true
	}
	return false
}

// lastVerbalNoun is the index of the last verbal noun (tagged vn) inside
// [i, j), or -1.
func lastVerbalNoun(ts []segment.Token, i, j int) int {
	return lastTokenIn(ts, i, j, func(k int) bool { return ts[k].Tag == "vn" })
}

// placeBeforeLevel reports whether token k names a place: a division of
// the gazetteer, or a word of place followed by a level (路口镇, 朝天门街道).
func placeBeforeLevel(ts []segment.Token, k int) bool {
	t := ts[k]
	if lexicon.Places().Has(t.Word) {
		return true
	}
	if (t.Tag == "s" || t.Tag == "ns") && k+1 < len(ts) {
		_, _, ok := agency.LevelAt(ts[k+1].Word, 0)
		return ok
	}
	return false
}

// endingTail reports whether the token t closes an agency ending that
// starts before it (心理学/n 会/v: the 会 of 学会 the segmenter took for a
// verb): it ends a name, no verb opens one there.
func endingTail(s string, t segment.Token) bool {
	suffix, ok := lexicon.AgencySuffixes().EndingAt(s, t.End)
	return ok && t.End-len(suffix) < t.Start
}

// actOnKind reports whether the verb v, the last in the name [i, e) the
// scan found, stands right before its bare ending (关于做好|敬老院, 要求
// 加强|养老院) or before the one common noun of the dictionary that
// closes with the ending (并担任|评委: a verb and its object, tagged n):
// the act done to that kind of body or that post, even after a boundary
// word, as verbBeforeClass reads 加快建设|乡镇敬老院. A body's name holds no
// verb between its units; a verb that opens one is its own name before
// the kind of body (联合|为民|社会工作服务中心, a word the dictionary holds
// as an organisation's, nt). A name after a word that
// points at the place (我县|殡葬管理所) or one that opens with its place
// (南阳…展示|体验中心) is the place's own body, verb or none.
func actOnKind(s string, ts []segment.Token, v segment.Token, i, e int, suffix string, pointed bool) bool {
	if v.Tag != "v" || pointed || agency.HasLocality(s[i:e]) {
		return false
	}
	if v.End == e-len(suffix) {
		return true
	}
	k := tokenEndingAt(ts, e)
	return k >= 0 && ts[k].Start == v.End && ts[k].Tag == "n"
}

// actorBefore reports whether a body's whole name, from i, ends before
// the verb ts[v] with an adverb between (自治区民政厅|及时|组建|全区…委员会):
// the adverb makes the verb a predicate, that body's act, and a name after
// it is what the body acts on or sets up, no part of one name with it. A
// verb right after a body's name may open the name of its unit
// (消防救援支队|防火/v|监督科), so the adverb is asked for.
func actorBefore(s string, ts []segment.Token, v, i int) bool {
	k := v - 1
	for k >= 0 && ts[k].Start >= i && (ts[k].Tag == "d" || ts[k].Tag == "ad" || ts[k].Tag == "c") {
		k--
	}
	if k < 0 || k == v-1 || ts[k].Start < i {
		return false
	}
	e := ts[k].End
	if _, ok := lexicon.AgencySuffixes().EndingAt(s, e); !ok {
		return false
	}
	return agency.One(s[i:e], false)
}

// wordsBack is where the words that end at end start: after the mark or
// the word before them that bounds a name, or after a title where titles
// is set.
func wordsBack(s string, end int, titles bool) int {
	i := end
	for i > 0 {
		if i < end {
			if _, ok := lexicon.AgencyBoundaries().EndingAt(s, i); ok {
				return i
			}
			if _, ok := lexicon.Titles().EndingAt(s, i); ok && titles {
				return i
			}
		}
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.Is(unicode.Han, r) {
			return i
		}
		i -= w
	}
	return i
}

// clauseWordsPast is where a name opens in [i, j) past the words of the
// clause that lead it (会上|民政局局长: a word of time or place, a verb, an
// adverb or a function word, as the segmenter tags them), which no
// office's name opens with.
func clauseWordsPast(ts []segment.Token, i, j int) int {
	for k := tokenAt(ts, i); k >= 0 && k < len(ts) && ts[k].End < j && ts[k].Start == i; k++ {
		if !leadingVerb(ts[k].Tag) && !functionWordTags[ts[k].Tag] {
			break
		}
		i = ts[k].End
	}
	return i
}

// pronounBefore reports whether a pronoun the segmenter tags r (那个, 这家,
// 哪个) stands among the name's words from i, where the rules before left
// its start, to the ending at j, and no place or proper name opens the
// words after it up to e: a pronoun refers to a body by its kind (北京
// 那个医院, the hospital meant), and a body's name holds none. The words
// that point at the place or make a class (我市, 各类, 其他: the generic
// prefixes) are read by the rules for those; a name that opens with its
// place after a pronoun (这是|市民政局) is the name clauseHead reads.
func pronounBefore(s string, ts []segment.Token, i, j, e int) bool {
	k := lastTokenIn(ts, i, j, func(k int) bool {
		return ts[k].Tag == "r" && !lexicon.GenericPrefixes().Has(ts[k].Word)
	})
	if k < 0 {
		return false
	}
	rest := s[ts[k].End:e]
	return !agency.HasLocality(rest) && !properNameOpens(rest, ts[k].End, ts) && !townNamed(rest, ts[k].End, ts)
}

// guessedWhole reports whether the segmenter guessed one word from j, where
// a boundary word stands, to the name's ending at e (县|发改局/x): a
// bureau's short name it does not know, read whole, whose first character
// only looks like a boundary word (发 of 发改, the development and reform
// commission's). Where the words after the boundary word, from i, open a
// name by themselves (或|本局/x: a word that points at the body, a place,
// a level), the guess glued the boundary word onto them, and it bounds
// the name.
func guessedWhole(s string, ts []segment.Token, j, i, e int) bool {
	k := tokenAt(ts, j)
	if k < 0 || ts[k].Tag != "x" || ts[k].End != e {
		return false
	}
	_, class := lexicon.GenericPrefixes().Prefix(s[i:e])
	return !class && !agency.HasLocality(s[i:e])
}
