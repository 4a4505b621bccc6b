package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// Development zones as places. A functional zone (经济技术开发区, 台商投资区,
// 新区: the zone cues) is coded as a county-level area and administers
// the bodies and institutions inside it, so its name opens theirs
// (经济技术开发区社会事业局, 台商投资区角美镇敬老院) as a division's does.

// zoneEndingAt reports whether the name of a zone ends at byte i of s, with
// words of its own before the zone's kind (台商|投资区, 经济技术|开发区): a
// kind of zone alone (开发区) names none.
func zoneEndingAt(s string, i int) bool {
	w, ok := lexicon.AgencyCues().EndingAt(s, i)
	if !ok || lexicon.AgencyCues().Label(w, 0) != "zone" || i == len(w) || strings.HasPrefix(s[i:], "域") {
		return false // 救助管理|区域性中心: 区 opens the word 区域, no zone closes
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i-len(w)])
	return unicode.Is(unicode.Han, r)
}

// zoneOpens reports whether name opens with a zone's name that more words
// follow (经济技术开发区|社会事业局): the zone is the place of the body.
func zoneOpens(name string) bool {
	for k := range name {
		if k > 0 && zoneEndingAt(name, k) {
			return true
		}
	}
	return false
}

// zoneBody reports whether name is one body that a zone's name opens
// (羊山新区|民政办): the zone stands as a county-level area for its
// place, so the rest reads as a short name after its level does (区|民政办,
// a 办 that needs its place before it).
func zoneBody(name string) bool {
	for k := range name {
		if k > 0 && k < len(name) && zoneEndingAt(name, k) {
			return agency.One("区"+name[k:], false)
		}
	}
	return false
}

// zoneSharingHead reports whether the name ending at e is a zone's name alone
// (市开发区) that a 、 joins to a next member in which another zone's name
// is followed by a body's ending (高新区管委会): the ending is the head of
// both members, printed once (市开发区、高新区管委会, the two zones'
// committees), and co-ordinated names are listed as written (GOLD.md:
// 甲区和乙区民政局 gives 乙区民政局 only), so the first names no body. The
// head may be a zone's office named after its field (嘉兴经济开发区、嘉兴港区
// 社会发展局, the two zones' 社会发展局: zoneOffice).
func zoneSharingHead(s string, p *agencyText, e int) bool {
	w, ok := lexicon.AgencyCues().EndingAt(s, e)
	if !ok || lexicon.AgencyCues().Label(w, 0) != "zone" || !strings.HasPrefix(s[e:], "、") {
		return false
	}
	j := e + len("、")
	next := s[j:p.hanRunEnd(s, j)]
	for k := range next {
		if z, ok := lexicon.AgencyCues().EndingAt(next, k); ok && k > 0 && lexicon.AgencyCues().Label(z, 0) == "zone" {
			if suffix, ok := lexicon.AgencySuffixes().Suffix(next[k:]); ok && (suffix == next[k:] || zoneOffice(next[k:])) {
				return true
			}
		}
	}
	return false
}

// zoneOffice reports whether rest, after a zone's name, is an office of
// government that a zone sets up for a field of work (社会发展局, 社会事业局:
// a government's ending after the field's words, with no place of its
// own), which each zone of a co-ordinated list has.
func zoneOffice(rest string) bool {
	_, kind := agency.Ending(rest)
	return kind == "government" && !agency.HasLocality(rest) && agency.One("区"+rest, false)
}

// bareZoneMember reports whether the member [i, e) of a list opens with a
// zone's kind alone (、|示范区社会事务局, 、|高新区社会事业局) and a body's
// words after it, set apart from the list's 各 by a mark: a 主送 line lists
// the city's own functional zone beside its counties (各县(市、区)民政局、
// 开发区社会事业局), since a zone is no division 各 counts by its level,
// and a city sets up one zone of a kind, so the bare kind names that one
// zone and the member one body. 各开发区管委会, the kind after 各, stays a
// class.
func bareZoneMember(s string, i, e int) bool {
	w, ok := lexicon.AgencyCues().Prefix(s[i:e])
	if !ok || lexicon.AgencyCues().Label(w, 0) != "zone" || i+len(w) >= e {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r == '、' || r == '，' || r == ','
}
