package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// coordRule marks a member of a list of bodies that coordinatedMembers
// found.
const coordRule = "list-member"

// coordinatedMembers finds the later members of a list of bodies (、 or a
// conjunction: 和, 及, 与, 以及) that a body the scan found leads (市民政局、
// 住建局; 市局办公室、计财处、救灾处等; 宁波市社会福利院、市恩美儿童福利院和
// 市老年疗养院), and the members of a list that such a body governs with
// a preposition (高新区民政局按照|党工委、管委会): the members of a list are
// of one sort, so after a body each member that has a body's ending names
// one body too, though printed by its short name without its place
// (GOLD.md: a unit that names one body in context is an agency). A member
// that names a class of bodies (各乡镇…, 有关部门, 民政部门) ends the list,
// as does one with no body's ending (民政、财政等部门). Each member is
// listed as written.
func coordinatedMembers(s string, words wordsAt, found []candidate) []candidate {
	have := spansOf(found)
	var out []candidate
	walked := map[int]bool{} // the list marks walked from: each is walked once
	add := func(j, m int) {
		if !have[byteRange{j, m}] {
			have[byteRange{j, m}] = true
			out = append(out, candidate{j, m, coordRule})
		}
	}
	for _, c := range found {
		rest := listWalk(s, words, closedAfter(s, c.end), walked, have, agency.HasLocality(s[c.start:c.end]))
		if p, ok := prepositionAt(s, words(c.end), c.end); ok {
			// 按照|党工委、管委会: a list the body's preposition governs,
			// of two members at the least.
			j := c.end + len(p)
			ts := words(j)
			if m := memberSpan(s, ts, j); m >= 0 && coordMember(s, ts, j, m) {
				if more := listWalk(s, words, m, walked, have, false); len(more) > 0 {
					add(j, m)
					rest = more
				}
			}
		}
		for _, r := range rest {
			add(r.Start, r.End)
		}
	}
	return out
}

// closedAfter is past the closing bracket at e, if one stands there: a
// body's other names in brackets (县委统战部(县林业局)、…) close a member
// of the list, whose next mark follows the bracket.
func closedAfter(s string, e int) int {
	for _, b := range []string{")", "）"} {
		if strings.HasPrefix(s[e:], b) {
			return e + len(b)
		}
	}
	return e
}

// listWalk is each member of a list after a mark at e, up to the first
// member that names no one body or the first mark walked from before
// (whose members that walk gave: a list of many bodies, each found, is
// read once, not once from each). found holds the bodies the scan found,
// which are members of the list whatever their shape (柏垭镇敬老院);
// placed, that the body the list follows names its place (阆中市…), which
// an institution's bare word in the list shares (bareInstitution).
func listWalk(s string, words wordsAt, e int, walked map[int]bool, found map[byteRange]bool, placed bool) []byteRange {
	var out []byteRange
	held := -1 // the start of a trade's word for an office, held until a body follows it
	for {
		j, ok := listJoinAt(s, e)
		if !ok || walked[e] {
			return out
		}
		walked[e] = true
		ts := words(j)
		m := memberSpan(s, ts, j)
		if m < 0 {
			return out
		}
		if !coordMember(s, ts, j, m) && !(len(out) > 0 && shortNameWord(s[j:m])) && !(len(out) > 0 && headedMember(s, ts, j, m)) && !(held >= 0 && found[byteRange{j, m}]) {
			if held >= 0 || !tradeOffice(s[j:m]) && !(placed && bareInstitution(s[j:m])) {
				return out
			}
			held = j
			e = m
			continue
		}
		if held >= 0 {
			out = append(out, byteRange{held, memberSpan(s, words(held), held)})
			held = -1
		}
		out = append(out, byteRange{j, m})
		e = m
	}
}

// bareInstitution reports whether name is an institution's ending alone
// (救助站, 敬老院), the kind's word. Alone it names the kind, but between
// two bodies of a list that name theirs it is the one of the list's place
// that the text means (阆中市社会福利院、救助站、柏垭镇敬老院: the place
// before the list reaches it): listWalk keeps it, as it keeps a trade's
// office (tradeOffice), only where a body follows it.
func bareInstitution(name string) bool {
	suffix, kind := agency.Ending(name)
	return kind == "institution" && suffix == name
}

// headedMember reports whether s[j:m], the last member of a list of a
// body's units (民政局低保科、福利科、老年服务中心负责人), is one unit whose
// head the title after it names: a title (负责人, 同志) ends the list as
// 、 and 等 do, and a unit with a head is one body, though an institution
// printed by its own words without its place (老年服务中心), which
// coordMember reads only with its place. Not a kind's word alone
// (敬老院负责人) nor one of the trade's kinds (domain lexicon), nor a class.
func headedMember(s string, ts []segment.Token, j, m int) bool {
	name := s[j:m]
	if _, ok := lexicon.Titles().At(s, m); !ok {
		return false
	}
	suffix, kind := agency.Ending(name)
	if kind != "institution" || suffix == name || lexicon.AgencySuffixes().Label(suffix, 1) != "" || lexicon.Domain().Has(name) {
		return false
	}
	return agency.Shape(name) && !levelPairOpens(name, j, ts) && !classOfBodies(name) && !kindOfUnit(name) && !lexicon.NonAgencyWords().Has(name) && !strings.Contains(name, "的") && !clauseInside(ts, j, m, suffix)
}

// shortNameWord reports whether name is a body's short name that is a
// word of its own (团委, 妇联, 残联: the agency words), two characters
// that a list after a body prints as one member of the same place once
// the list has named such members by their endings (兵团文明办、民政局、
// 教育局、团委). Right after the body that leads the list it may be the
// other half of a joint organ's name (市纪委、监委), so listWalk reads it
// only after a member.
func shortNameWord(name string) bool {
	return utf8.RuneCountInString(name) == 2 && lexicon.AgencyWords().Has(name)
}

// localMember reports whether the member name, ending at m with an
// ending that needs its place (办, labelled local: 市文明办, not 大操大办),
// has it in the list: words of its own before the ending, which the
// segmenter cut as a word alone (台港澳|办, an office's short name, where
// 大操/大办 is an idiom's words). The place is that of the body the list
// follows (市委宣传部、统战部、台港澳办).
func localMember(ts []segment.Token, name string, m int, suffix string) bool {
	k := tokenEndingAt(ts, m)
	return len(name) > len(suffix) && k >= 0 && ts[k].Word == suffix
}

// tradeOffice reports whether name is the trade's own word for the office
// of a government (民政局, 民政厅: a word of the domain lexicon of a
// government's kind), where the trade's words for kinds of institution
// (敬老院, 照料中心) name kinds. Alone after a body it may name the office
// of another place (云安区、新兴县人民政府、民政局和…), but between two bodies
// of a list it is one body of the list's place as they are (市发展改革局、
// 公安局、民政局、自然资源局): listWalk keeps it where a body follows it.
func tradeOffice(name string) bool {
	_, kind := agency.Ending(name)
	return kind == "government" && lexicon.Domain().Has(name)
}

// prepositionAt is the preposition (a boundary word the segmenter tags p:
// 按照, 根据, 对, 向) right after a body's name at e.
func prepositionAt(s string, ts []segment.Token, e int) (string, bool) {
	k := tokenAt(ts, e)
	if k < 0 || ts[k].Tag != "p" || !lexicon.AgencyBoundaries().Has(ts[k].Word) || isConjunction(ts[k].Word) {
		return "", false
	}
	return ts[k].Word, true
}

// memberSpan is where the member of a list that starts at j ends: the
// first agency ending that ends a word and that the list's next mark, the
// end of the list (等, a mark that is no Chinese character), a title
// (计财处|负责同志) or a word that continues no name (管委会|的, 疗养院|是)
// follows; -1 if none does before the list's next mark or the run of
// Chinese characters ends. Each walk stops at the next mark, so the
// members of a list are read once; a member that runs on as a clause is
// no name (coordMember).
func memberSpan(s string, ts []segment.Token, j int) int {
	for p := j; p < len(s); {
		r, w := utf8.DecodeRuneInString(s[p:])
		if !unicode.Is(unicode.Han, r) {
			return -1
		}
		if _, ok := listJoinAt(s, p); ok && p > j {
			return -1 // a mark of the list before any ending
		}
		p += w
		suffix, ok := lexicon.AgencySuffixes().EndingAt(s, p)
		if !ok || !endsWord(s, ts, p, suffix) || longerEnding(s, p) {
			continue
		}
		if _, ok := listJoinAt(s, p); ok || memberEnd(s, p) || closesName(s, ts, p) || agency.UpperLevelAt(s, p) || placeWordAt(s, p) || listCountAt(s, ts, p) {
			return p // 市委|市政府: a second name opens with its level
		}
	}
	return -1
}

// placeWordAt reports whether the word that says where something is done
// (在: the agency boundaries labelled at) opens at p, right after an
// ending: the name ends there, whatever word the segmenter guessed across
// it (区退役军人事务局|在区民政局召开, 局在区/x), for a name never runs
// across the place where its body acts.
func placeWordAt(s string, p int) bool {
	b := lexicon.AgencyBoundaries()
	w, ok := b.At(s, p)
	return ok && b.Label(w, 0) == "at"
}

// longerEnding reports whether an ending that ends at the next character
// after p covers p (管委|会: 管委会 is the ending, not 委).
func longerEnding(s string, p int) bool {
	r, w := utf8.DecodeRuneInString(s[p:])
	if w == 0 || !unicode.Is(unicode.Han, r) {
		return false
	}
	suffix, ok := lexicon.AgencySuffixes().EndingAt(s, p+w)
	return ok && p+w-len(suffix) < p
}

// closesName reports whether the words at p continue no name before
// them: a title (负责人, 同志), a noun for the body's staff (工作人员), or a word the segmenter tags as a verb, a
// particle, an adverb or a preposition (的, 是, 陪同).
func closesName(s string, ts []segment.Token, p int) bool {
	if _, ok := lexicon.Titles().At(s, p); ok || staffWordAt(s, p) {
		return true
	}
	k := tokenAt(ts, p)
	if k < 0 {
		return false
	}
	switch ts[k].Tag {
	case "v", "vd", "p", "uj", "ul", "uz", "ug", "d", "ad", "c", "r":
		return true
	}
	return false
}

// coordMember reports whether s[j:m], a member of a list after a body,
// names one body: a name's shape, no class of bodies; a member with its
// place or level names one as a name alone does (市老年疗养院), and any
// member may be a short name of a government body, a unit or a party
// organ (住建局, 计财处, 党工委, 管委会, 民政局), not the trade's word for a
// kind of institution (敬老院, 照料中心), which names the kind. No verb or
// function word of two characters or more stands inside it (a clause, no
// name), but for the field of work a member is named after alone (审计|局).
func coordMember(s string, ts []segment.Token, j, m int) bool {
	name := s[j:m]
	if !agency.Shape(name) || levelPairOpens(name, j, ts) || classOfBodies(name) || kindOfUnit(name) || lexicon.NonAgencyWords().Has(name) || strings.Contains(name, "的") || divisionsCounted(s, j, m) {
		return false
	}
	suffix, kind := agency.Ending(name)
	if clauseInside(ts, j, m, suffix) {
		return false
	}
	// 市场|营销中心: a level's character that opens a word of the
	// dictionary names no place; such a member is read as a short name
	// (市场监管局 is one).
	if agency.HasLocality(name) && !levelInWord(name, j, ts) && agency.One(name, false) {
		return true
	}
	if l := lexicon.AgencySuffixes().Label(suffix, 1); l != "" && (l != "local" || !localMember(ts, name, m, suffix)) {
		return false // 社区: an ending that needs its own name; 大操大办
	}
	if lexicon.Domain().Has(name) {
		return false // 敬老院, 民政局: the trade's word for a kind (but see tradeOffice)
	}
	switch kind {
	case "government", "unit", "party":
		return true
	}
	return false
}

// clauseInside reports whether a verb or function word of two characters
// or more stands inside the member s[j:m] (a clause, no name), but for the
// field of work a member is named after alone (审计|局).
func clauseInside(ts []segment.Token, j, m int, suffix string) bool {
	for k := tokenOver(ts, j+1); k < len(ts) && ts[k].Start < m; k++ {
		t := ts[k]
		if t.Start < j || t.End > m || utf8.RuneCountInString(t.Word) < 2 || t.Start == j && t.End == m-len(suffix) {
			continue
		}
		switch t.Tag {
		case "v", "vd", "p", "c", "r", "d", "ad", "uj":
			return true
		}
	}
	return false
}
