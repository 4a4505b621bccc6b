package extract

import (
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// The conjunctions and the 的 that join the words of one name, read by
// boundaryWordBefore (agencies_start_boundary.go).

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
// with a place and do not end as an agency does. The words run back no
// further than a space that parts two words (gap): 广东省人力资源和社会保障厅
// 广东省卫生|和|健康委员会 reads 广东省卫生, the first half of one name.
func conjoinedName(s string, ts []segment.Token, gap func(int) bool, i, after int) bool {
	from := wordsBackIn(s, ts, i)
	for k := from; k < i; {
		_, w := utf8.DecodeRuneInString(s[k:])
		k += w
		if k < i && gap(k) {
			from = k
		}
	}
	left := s[from:i]
	if _, ok := lexicon.AgencySuffixes().Suffix(left); ok {
		return false
	}
	if personNounEnds(left) {
		return false // 蕲春县政府领导|和|民政局负责人: the body's people, then another body
	}
	if level, ok := lexicon.Levels().Suffix(left); ok && len(level) < len(left) {
		// 炉山工业园区|和|开怀街道: words that end in a division's level
		// name a place whole, and the conjunction joins it to the next one
		// (GOLD.md: 甲区和乙区民政局 gives 乙区民政局), no name runs across.
		return false
	}
	if place, ok := lexicon.Places().At(left, 0); ok && len(place) < len(left) {
		return true
	}
	if placeNameWordsAfter(s, left, after) {
		return true // 长沙|和乐宁康养护院: the place, then the name's words
	}
	if agency.OpensWithLevel(left) && utf8.RuneCountInString(left) > 2 && !agency.HasLocality(s[after:]) {
		return true // 市社会福利和捐助救助中心: the level's words go on after 和
	}
	if zoneKindLeads(left) && !agency.HasLocality(s[after:]) {
		return true // 新区宣传和文化局: the zone's words go on after 和, as the level's do
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
// (张店区新型冠状病毒感染的肺炎疫情处置工作领导小组办公室). The place may
// be its committee's or its government's (governingBody).
func placeLedWords(s string, i int) bool {
	left := s[wordsBack(s, i, false):i]
	place, ok := lexicon.Places().At(left, 0)
	if !ok || len(place) == len(left) {
		return false
	}
	k := len(place)
	if suf, ok := lexicon.AgencySuffixes().At(left, k); ok && len(place)+len(suf) < len(left) && governingBody(left[:k+len(suf)]) {
		k += len(suf) // 苏仙区委|新型冠状病毒感染的…领导小组: the place's committee that set the group up
	}
	for k < len(left) {
		if _, ok := lexicon.AgencySuffixes().At(left, k); ok {
			return false
		}
		_, w := utf8.DecodeRuneInString(left[k:])
		k += w
	}
	return true
}

// zoneKindLeads reports whether words open with a kind of development zone
// alone (新区, 开发区: the zone cues) and go on with a body's words (新区|
// 宣传): a zone is coded as a county-level area, and its kind stands for the
// zone the text is about as a level stands for its place (区|民政局), so
// the words after it are that zone's body's, as after 市 (市社会福利和捐助
// 救助中心), and a conjunction among them joins two of its portfolios.
func zoneKindLeads(words string) bool {
	w, ok := lexicon.AgencyCues().At(words, 0)
	return ok && lexicon.AgencyCues().Label(w, 0) == "zone" && len(w) < len(words)
}

// placeNameWordsAfter reports whether left, the words before a conjunction
// that ends where the words after it start (after), is a place's name
// alone with no level (长沙) and the words after name no place of their
// own nor a class (和乐宁康养护院): a body is named [place][words][ending],
// and its words may open with the character 和 (和乐, 和美), so the place
// is this one name's, not the first of two places a head is shared by
// (甲区和乙区民政局: the second opens with its place, GOLD.md).
func placeNameWordsAfter(s, left string, after int) bool {
	if !lexicon.Places().Has(left) {
		return false
	}
	if _, ok := lexicon.Levels().Suffix(left); ok {
		return false
	}
	rest := s[after:]
	if agency.HasLocality(rest) {
		return false
	}
	if _, ok := lexicon.GenericPrefixes().Prefix(rest); ok {
		return false
	}
	_, ok := lexicon.Domain().Prefix(rest)
	return !ok
}

// personNounEnds reports whether words end in a noun of people (a title
// of office: 负责人, 局长; a leader noun: 领导, 负责同志): the words name
// a body's people (蕲春县政府领导), and a conjunction after them joins the
// people to the next ones (领导和民政局负责人), as in the lists of who
// attended that reports print; no one name runs across it.
func personNounEnds(words string) bool {
	if _, ok := lexicon.Titles().Suffix(words); ok {
		return true
	}
	for _, n := range leaderNouns() {
		if len(n) < len(words) && words[len(words)-len(n):] == n {
			return true
		}
	}
	return false
}
