package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// joinedUnits finds the units of a body listed before the title of their
// heads where the list's last mark is a conjunction or a member's name
// holds one (率办公室、人事处、基层政权和社区治理处处长; 办公室、财务科和
// 人事科负责人): headedUnits reads members parted by 、 alone. A
// conjunction after a unit's name (人事科|和) parts two members; after
// words that end no name (基层政权|和) it joins the fields of work one
// unit is named after, as the 民政 system names its units (社会救助和养老
// 福利科, 基层政权和社区治理处), and the member runs back to the list's
// mark before it. Each member names one unit of the body the text is
// about (GOLD.md: 办公室 names one body in context); a list of two at the
// least, as for headedUnits.
func joinedUnits(s string, titles []title) []candidate {
	suffixes := lexicon.AgencySuffixes()
	var out []candidate
	for _, t := range titles {
		end := t.start
		if suffix, ok := suffixes.EndingAt(s, end); !ok || suffixes.Label(suffix, 0) != "unit" {
			continue
		}
		var list []candidate
		joined := false
		for {
			start := wordsBack(s, end, true)
			if c, ok := conjunctionBefore(s, start); ok {
				left := wordsBack(s, start-len(c), true)
				if _, named := suffixes.Suffix(s[left : start-len(c)]); !named && left < start-len(c) && strings.HasSuffix(s[:left], "、") && !personNamed(s[left:start-len(c)]) {
					start, joined = left, true // 基层政权和社区治理处: one unit
				}
			}
			v := s[start:end]
			if !listedUnit(v) {
				break
			}
			list = append(list, candidate{start, end, "joined-unit"})
			if strings.HasSuffix(s[:start], "、") {
				end = start - len("、")
				continue
			}
			c, ok := conjunctionBefore(s, start)
			if !ok {
				break
			}
			if _, named := suffixes.EndingAt(s, start-len(c)); !named {
				break
			}
			end, joined = start-len(c), true // 财务科和|人事科: the list's last mark
		}
		if len(list) >= 2 && joined {
			out = append(out, list...)
		}
	}
	return out
}

// personNamed reports whether w, before a conjunction in a list of units,
// reads as a person's name (办公室、张三和人事科负责人): a surname and one or
// two characters, as a name is written, is no field of a unit's work.
func personNamed(w string) bool {
	if n := utf8.RuneCountInString(w); n < 2 || n > 3 {
		return false
	}
	if _, ok := surnameAt(w, 0); !ok {
		return false
	}
	_, ok := checkName(w)
	return ok
}

// conjunctionBefore is the conjunction (和, 及, 与, 以及) that ends at i.
func conjunctionBefore(s string, i int) (string, bool) { return conjunctions().EndingAt(s, i) }

// listedUnit reports whether v, a member of a list of units before their
// heads' title, names one unit: a unit's ending with words before it, no
// place, no kind of unit (各科室, 有关处室). A word that ranks bodies by
// their level (基层, 乡镇: labelled level among the generic prefixes)
// opens a unit's name as the field of its work where a word of that
// field follows it (基层政权和社区治理处), not a level or an ending
// (基层社区, 乡镇民政办 are kinds of body).
func listedUnit(v string) bool {
	suffixes := lexicon.AgencySuffixes()
	sfx, ok := suffixes.Suffix(v)
	if !ok || suffixes.Label(sfx, 0) != "unit" || !agency.Shape(v) || agency.HasLocality(v) {
		return false
	}
	if p, class := lexicon.GenericPrefixes().Prefix(v); class && lexicon.GenericPrefixes().Label(p, 0) == "level" {
		rest := v[len(p):]
		_, _, level := agency.LevelAt(rest, 0)
		_, ending := suffixes.At(rest, 0)
		if !level && !ending && len(rest) > len(sfx) {
			v = rest
		}
	}
	return !kindOfUnit(v)
}

// properNameOpens reports whether name (at byte off of the text) opens
// with a word of two characters or more that the segmenter does not hold
// and guessed (沈家/x 寨红十字服务总站): a proper name, a village's or a
// founder's, that makes the name one body's, as a place does, even in a
// list of bodies closed by 等 (GOLD.md: named bodies listed with 等 are
// names). The kinds of body such lists name (养老机构、居家服务中心等)
// are words of the dictionary.
func properNameOpens(name string, off int, ts []segment.Token) bool {
	k := tokenAt(ts, off)
	if k < 0 || ts[k].Tag != "x" || ts[k].End-off >= len(name) {
		return false
	}
	n := 0
	for _, r := range ts[k].Word {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		n++
	}
	// A place after the guess opens the name (解释权归/x 大姚县民政局: the
	// guess runs a verb on).
	return n >= 2 && !agency.HasLocality(name[ts[k].End-off:])
}

// titledUnits finds a unit named alone between two titles of one person
// (民政部新闻发言人、办公厅(国际合作司)副主任贾维周; 市民政局党组成员、
// 办公室主任): the titles a person holds are listed with 、, the first
// after the body's name, and a unit after it with its own title is that
// body's (GOLD.md: a unit that names one body in context is an agency).
// The unit keeps its other name in brackets (aliasAfter).
func titledUnits(s string, titles []title) []candidate {
	suffixes := lexicon.AgencySuffixes()
	var out []candidate
	for _, t := range titles {
		end := t.start
		if open := aliasOpening(s, end); open >= 0 {
			end = open
		}
		if sfx, ok := suffixes.EndingAt(s, end); !ok || suffixes.Label(sfx, 0) != "unit" {
			continue
		}
		start := wordsBack(s, end, true)
		if !listedUnit(s[start:end]) || !titledBody(s, start) {
			continue
		}
		if e := aliasAfter(s, end); e == t.start || e == end {
			out = append(out, candidate{start, e, "titled-unit"})
		}
	}
	return out
}

// aliasOpening is where the bracket opens that closes at e (办公厅|(国际
// 合作司)|副主任), or -1. The alias is a name: the bracket opens in its
// clause, so the search back stops at a stop, a list's mark or another
// bracket, and costs no more than the clause.
func aliasOpening(s string, e int) int {
	for _, b := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if !strings.HasSuffix(s[:e], b[1]) {
			continue
		}
		for i := e - len(b[1]); i > 0; {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			i -= n
			switch {
			case string(r) == b[0]:
				return i
			case strings.ContainsRune("，,。；;、\n（）()", r):
				return -1
			}
		}
	}
	return -1
}

// titledBody reports whether the titles of a body's person, each closed
// by 、, end at i and a body's name stands before the first (民政部|新闻
// 发言人、; 市民政局|党组书记、局长、).
func titledBody(s string, i int) bool {
	n := 0
	for strings.HasSuffix(s[:i], "、") {
		j := i - len("、")
		w, ok := lexicon.Titles().EndingAt(s, j)
		if !ok {
			break
		}
		i, n = j-len(w), n+1
	}
	_, body := lexicon.AgencySuffixes().EndingAt(s, i)
	return n > 0 && body
}

// placesWord closes a list of places (等地: 成都高新区、成华区等地, and the
// other places).
const placesWord = "等地"

// placesListed reports whether the name that ends at e is a member of a
// list closed by 等地 (出席成都高新区、成华区等地颁证活动): the list names the
// places where something is done, and a zone's or a division's name among
// them is a place, not the body that governs it, as its partners with no
// body's ending (成华区) are.
func (p *agencyText) placesListed(s string, e int) bool {
	for j := e; ; {
		if strings.HasPrefix(s[j:], placesWord) {
			return true
		}
		if !strings.HasPrefix(s[j:], "、") {
			return false
		}
		j += len("、")
		r := p.hanRunEnd(s, j)
		if k := strings.Index(s[j:r], "等"); k >= 0 {
			return strings.HasPrefix(s[j+k:], placesWord) // the last member, then 等地
		}
		j = r
	}
}

// placeEnding reports whether the name ending at e (in suffix) ends as a
// place does, in a division's level (街道, 区) or a zone's kind (高新区):
// only such a name among places listed with 等地 is the place, not its
// body. An institution's name there (某县第二福利院、某镇敬老院等地) is
// a body whose site is visited, a body still.
func placeEnding(s string, e int, suffix string) bool {
	return lexicon.Levels().Has(suffix) || zoneEndingAt(s, e)
}

// kindsIncluded reports whether the 、-list whose member opens at i is
// the list of what a class holds (民政服务机构主要包括:社会福利机构、…、
// 优抚医院): the verb of the agency cues labelled kinds (包括), a colon
// after it or none, opens the list. Its members are kinds of body, so a
// word the segmenter guessed (优抚/x, a trade word) opens no proper name
// there. The scan back runs over the list's members only.
func kindsIncluded(s string, i int) bool {
	j := i
	for n := 0; n < 40 && strings.HasSuffix(s[:j], "、"); n++ {
		j -= len("、")
		for hanBefore(s, j) {
			_, w := utf8.DecodeLastRuneInString(s[:j])
			j -= w
		}
	}
	head := strings.TrimRight(s[:j], ":：")
	w, ok := lexicon.AgencyCues().EndingAt(head, len(head))
	return ok && lexicon.AgencyCues().Label(w, 0) == "kinds"
}
