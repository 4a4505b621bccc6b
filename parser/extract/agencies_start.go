package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// Where a body's name starts. A name ends in an agency ending, found
// first; what comes before it up to the name's start is read by the rules
// listed here, in order, one rule a file (agencies_start_*.go): the rules
// of the scan back over the name's words (startBackRules: a boundary
// word, a mark, a place read whole), then the rules that move the start
// the scan found past the clause's words no name holds (startOpenRules: a
// verb and its object, a function word, an adverb, a class noun, a
// venue). The short names read in the context of a page
// (agency_context.go) open after the same bounding words (wordsBack,
// clauseWordsPast).

// startBackRules are the rules of the scan back from a name's ending,
// asked in this order at each step: the first that reads the text ending
// where the scan stands decides whether the scan steps on, stops there or
// finds no body. The last steps over one character.
var startBackRules = []startBackRule{
	conjoinedAfterName{}, // 《…》和|县…办公室, 总编某某和|省…: a mention, then the name
	nationalAfterPlace{}, // 山阳县|民政部儿童福利司: a ministry takes no place
	nationalAfterName{},  // 社会组织管理局|民政部培训中心: two names run together
	placeWhole{},         // 和平区 read whole; 福利院和县…: two bodies
	roadBeforeName{},     // 政和路|汕尾市民政局: the address's road
	fieldLabelBefore{},   // 责任部门 西夏区民政局: a field's label
	tradeNameGuess{},     // 某省|致远/x…基金会: a 字号 the segmenter guessed
	rankedEach{},         // 各地级以上|市民政局: a category
	awaitedBody{},        // 待|省民政厅…发布后: the body awaited, named with its place
	nounVerbBefore{},     // 定向资助/n|某省…中心: a verb tagged as a noun, then the place
	boundaryWordBefore{}, // 我市|市委, 各县民政局, 在|…中心|举办
	bodySetsUp{},         // 某县民政局设|办公室: the body, then its units
	titleBefore{},        // 负责同志|…; 市律师|协会, 退役军人|事务局
	roomNumbered{},       // 民政局|511办公室: the office by its room
	protectedBefore{},    // a quote, a title, a quantity, a date, a space between words
	headingLineBefore{},  // 七、申请条件 / 基金会: a numbered heading's line ends
	characterBefore{},    // a mark, a bracket of levels, or one more character
}

// startOpenRules move the start the scan found, in this order, past the
// words of the clause it ran through that no name holds, or find that the
// words name no one body.
var startOpenRules = []startOpenRule{
	levelsListed{},            // 区、街道、|社区养老服务中心: every level's, a class
	bareTownLeads{},           // ，街道|瀛池社区: the street's own community, the level bare
	spotBeforeLocative{},      // 在云鹤亭|处设置: the spot's place, no office
	counterInHall{},           // 行政服务中心民政局|窗口: a counter in the hall
	divisionChange{},          // 撤镇设街道: a change of divisions
	routeEndVerb{},            // 西起…，东至|县…局: a road's course
	periodLeads{},             // 工作日内|民政局: a span of time
	timeWordLeads{},           // 节前|敬老院: a word of time
	facilityAgeLeads{},        // 新|殡仪馆: the new one of a kind, no name
	measureOfFigure{},         // 2020年|政府
	nameOpensWord{},           // 2025年度|鞍山市民政局
	boundMorphemeLeads{},      // 就|诊|医院: a name opens inside no word
	wordTailLeads{},           // 送进/x|社区: a word's last character, then a kind
	clauseWordsLead{},         // 那么|菏泽市…, 支持|我局
	classNounLeads{},          // 优胜单位|城关镇民政办
	donorClassLeads{},         // 爱心企业|阳光热力集团: the kind of giver
	levelAfterNoun{},          // 问题|市局, 情况报告|市委
	functionWordLeads{},       // 经过|评审委员会
	conjunctionBeforeEnding{}, // 但是|民政局: a clause's conjunction
	actBeforePlace{},          // 调整/vn|市民政局…工作/vn 领导小组: the act before the place
	adverbLeads{},             // 进一步规范|沙坪街道; 暂停|殡仪馆
	verbAfterAdverb{},         // 就|直奔|养老服务中心: the verb an adverb qualifies
	complementLeads{},         // 落实好|民政部: a verb's complement of result
	wholeAreaLeads{},          // 加强和规范|全市村委会
	thatDivisionLeads{},       // 该县|遇驾山…中心: the pronoun's level
	pointingWordLeads{},       // 我市|市委
	actOnClass{},              // 加快建设|乡镇敬老院
	kindWordLeads{},           // 规范|公益性公墓, 上年度|公益性公墓: a kind
	villageAfterTown{},        // 长淮街道|胜利社区: where a verb may stand
	villageListed{},           // 龙井社区和|长铺社区: likewise, in a list
	predicateOfBody{},         // 区…陵园现已完成|…: a body's predicate
	locationLeadOpens{},       // 在位于|某某公园游客服务中心
	nounTaggedVerb{},          // 为规范/n|某省民政厅: a verb tagged as a noun
	siteBetween{},             // 某省人民政府网站|省民政厅…专栏: the site's owner, then the body
	verbLeads{},               // 尽快起草|精神卫生福利中心
	guessHeadOfWord{},         // 对|标省/x|民政厅: the verb's character, then the level
	guessedJoinLeads{},        // 现与/x|民政部: an adverb glued to the conjunction
	levelAfterVerbWords{},     // 歌声回荡|市某某中心: the level opens the name
	verbalNounLeads{},         // 核查|全县民政局
	stanceLeads{},             // 新建|合江县社会救助福利院
	stanceBeforeKind{},        // 新建|老年日间服务中心: a kind the plan builds
	plannedBuild{},            // 拟在某小区新建|…中心: a facility a plan is to build
	kindBeforeBuild{},         // 开展|综合救助服务中心|建设: the kind a programme builds
	buildVerbLeads{},          // 增建|银川老年大学, 建设/vn|公墓: the act of building
	stanceOutsidePlace{},      // 某省新建|…中心: a place's act, no place inside it
	countedTownMember{},       // 建成3个|镇未成年人保护工作站; 9个镇办及|某某镇红十字会: a town's own body (countedClass)
	countedDivisions{},        // 且末、民丰两县|人民政府: the counties counted, a plural
	bracketAliasOf{},          // 民政局（社会事业局）
	ordinalLabel{},            // 第三组|市民政局
	gradeLabelLeads{},         // 三级养老机构|昆山市福利院: a grading list's label
	pronounRefers{},           // 北京那个|医院
	guessedLead{},             // 因墓园/x: one character and the kind
}

// A startReading is the reading of where one name starts: the text and
// its words, the ending (suffix, ending at e), and what the rules have
// read so far.
type startReading struct {
	s       string
	ts      []segment.Token
	protect *agencyText
	gap     func(int) bool
	e       int
	suffix  string

	i             int  // where the name starts, as read so far
	weak          bool // the start was guessed, not found at a boundary
	afterBoundary bool // a word or a mark before the name bounds it
	pointed       bool // a word that points at the place opens the name (我县|殡葬管理所)
	words         int  // where the words end in which a verb opens no name (villageAfterTown)
}

// j is where the name's ending starts.
func (r *startReading) j() int { return r.e - len(r.suffix) }

// A scanMove is what a rule of the scan back reads where the scan stands.
type scanMove int

const (
	scanPass scanMove = iota // the rule reads nothing here: the next one is asked
	scanOn                   // the scan steps on back from the new start
	scanStop                 // the name opens at the start
	scanNone                 // the words name no one body
)

// A startBackRule reads the text that ends where the scan back from a
// name's ending stands (r.i), and moves the scan.
type startBackRule interface {
	back(r *startReading) scanMove
}

// A startOpenRule moves the start of a name the scan found (r.i) past
// words no name holds; false says the words name no one body.
type startOpenRule interface {
	open(r *startReading) bool
}

// agencyStart is where the name that its ending (suffix, ending at e)
// closes starts: the scan back from the ending over the name's words, at
// most to the start of the clause the ending stands in (clauseStart), to
// the word, the mark or the place before the name that bounds it
// (startBackRules), and then the words of a clause the scan ran through
// that no name holds (startOpenRules). A body's name is written [place
// or level][words][ending] (the agency package); every rule on where it
// opens is listed above. weak says the start was guessed, not found at a
// boundary; ok is false where the words name no one body at all (a
// category, the act done to a kind of body, a venue, a meeting).
func agencyStart(s string, ts []segment.Token, protect *agencyText, gap func(int) bool, e int, suffix string) (i int, weak, ok bool) {
	r := &startReading{s: s, ts: ts, protect: protect, gap: gap, e: e, suffix: suffix, i: e - len(suffix), words: e - len(suffix)}
	clause := clauseStart(s, r.i)
scan:
	for r.i > clause {
		for _, rule := range startBackRules {
			switch rule.back(r) {
			case scanOn:
				continue scan
			case scanStop:
				break scan
			case scanNone:
				return 0, false, false
			}
		}
	}
	if r.i == clause {
		quotedNameBefore(r) // “3·14”|事件社会救助办公室: a quote ends the clause
	}
	for _, rule := range startOpenRules {
		if !rule.open(r) {
			return 0, false, false
		}
	}
	return r.i, r.weak, true
}

// functionWordTags are the segmenter's tags of words that hold a clause
// together and never stand inside a body's name: pronouns (那么, 这些),
// conjunctions, prepositions, particles (着, 过), modal words and
// interjections.
var functionWordTags = map[string]bool{
	"r": true, "c": true, "p": true, "u": true, "uj": true, "ul": true, "uz": true,
	"ug": true, "uv": true, "ud": true, "y": true, "e": true, "o": true,
}

// deicticWord reports whether w is a word that points at the place or
// the writing body (我市, 本局: labelled deictic in the generic prefixes).
func deicticWord(w string) bool {
	g := lexicon.GenericPrefixes()
	return g.Has(w) && g.Label(w, 0) == "deictic"
}

// clauseStart is where the clause that holds the byte offset j opens:
// after the last mark before j that ends a clause (clauseMark), or at the
// text's start. No name runs across a clause's mark, so the scan back from
// a name's ending reads no further. A bracket is no bound here: it may
// print the levels a name stands for inside the name (各县（市、区）民政局,
// read by characterBefore).
func clauseStart(s string, j int) int {
	for i := j; i > 0; {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if clauseMark(r) && !strings.ContainsRune("（）()", r) {
			return i
		}
		i -= w
	}
	return 0
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
