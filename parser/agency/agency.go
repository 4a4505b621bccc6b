// Package agency tells the name of a body from other words: the one test
// of "is this an agency" that the layout (is this line a signature, an
// attribution, a recipient?) and the extractors (does this candidate name
// one body?) share. A name is [place or level][words][ending]; the endings,
// the levels and the words that make a name a class are lexicon data.
package agency

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// Shape reports whether s reads as the name of a body or of a class of
// bodies (县民政局 in 各县民政局): Chinese characters and the marks names
// hold, ending in an agency ending (局, 办公室, 中心 …) with words before it.
// An ending with one character before it (市局) is a short form, and an
// ending alone (支队) a word, not a name; nor is a phrase that closes on a
// word that stands before names (举办, 主办: lexicon agency_boundaries).
func Shape(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) && !strings.ContainsRune("（）()、·", r) {
			return false
		}
		n++
	}
	if n < 3 {
		return false
	}
	if _, ok := lexicon.AgencySuffixes().Suffix(s); !ok {
		return false
	}
	// A word that stands before a name (lexicon agency_boundaries), closing
	// on an ending's character (…培训班在某地举办, 某局主办), ends a
	// sentence's phrase, no body's name.
	_, closes := lexicon.AgencyBoundaries().Suffix(s)
	return !closes
}

// Shapes reports whether s is one or more names of bodies set apart by
// spaces or 、 (co-issuers printed side by side).
func Shapes(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '、' || r == '\t' })
	if len(parts) == 0 {
		return false
	}
	for _, p := range parts {
		if !Shape(p) {
			return false
		}
	}
	return true
}

// One reports whether name names one body, not a kind or a class of them
// (党委政府, 日间照料中心, 各县民政部门). weakStart says the name's start was
// guessed, not found at a boundary: then only a name that opens with its
// place, or a social body's or a company's, is kept.
func One(name string, weakStart bool) bool {
	n := utf8.RuneCountInString(name)
	if n < 2 || n > 40 {
		return false
	}
	suffix, kind := Ending(name)
	if suffix == "" {
		return false
	}
	if lexicon.GenericAgencies().Has(name) || lexicon.Domain().Has(name) {
		return false // 党委政府, 日间照料中心: a kind of body, not one
	}
	if kindAfterClass(name) {
		return false // 城市社区|居民委员会: the kind of a class of places
	}
	whole := false
	if p, ok := lexicon.GenericPrefixes().Prefix(name); ok && len(p) == len(name) && lexicon.GenericPrefixes().Label(p, 1) == "body" {
		return false // 我部: the word that points at the writing body, no name
	} else if ok && len(p) < len(name) {
		if whole = wholeDivision(p, name[len(p):]); !whole {
			return false
		}
	}
	if EachInside(name) {
		return false // 局机关各处室: the units one by one, a class
	}
	body := strings.TrimSuffix(name, suffix)
	// A body's short name that is a word of its own (编办, 卫健委) names
	// the body without its place; a whole division's committee (全区…
	// 委员会) names it by the division.
	local := HasLocality(name) || lexicon.AgencyWords().Has(name) || whole
	if lexicon.AgencySuffixes().Label(suffix, 1) == "local" && !local {
		return false // 大操大办, 牵头领办: 办 ends a name only after its place
	}
	if lexicon.AgencySuffixes().Label(suffix, 1) == "division" && body != "" && !divisionBefore(body) {
		return false // 民政局|政府信息公开: a government is a division's, named by it
	}
	if body == "" {
		// 科协, 妇联, 民政部, 国务院 name one body; 民政局, 中心 need their place.
		return utf8.RuneCountInString(suffix) >= 2 && (kind == "social" || strings.HasSuffix(suffix, "部") ||
			lexicon.AgencySuffixes().Label(suffix, 1) == "standalone")
	}
	if !local && utf8.RuneCountInString(body) <= 2 && utf8.RuneCountInString(suffix) == 1 && suffix != "部" {
		return false // 民政局, 活动室: a kind of office without its place
	}
	if weakStart && !local && kind != "social" && kind != "company" {
		return false
	}
	if weakStart && !local && kind == "social" && utf8.RuneCountInString(body) < 2 {
		// 提案|面商会: a social body's name states its field (《社会团体登记
		// 管理条例》 §10: 与其业务范围…相一致), more than the one character a
		// guessed start leaves before the ending; a meeting named by
		// its verb (面商|会) is no body.
		return false
	}
	return true
}

// Whole reports whether name opens with a word that names all of a
// division and names one body of it (全区社会组织评估委员会, 全国妇联; see
// wholeDivision), not every body of a kind (全市养老机构).
func Whole(name string) bool {
	p, ok := lexicon.GenericPrefixes().Prefix(name)
	return ok && len(p) < len(name) && wholeDivision(p, name[len(p):])
}

// wholeDivision reports whether a word that names all of a division
// (全区, 全国: labelled whole in the generic prefixes) opens the name of
// one body with rest: a committee or a unit of it (全区社会组织评估委员会,
// 全国老龄工作委员会办公室) or a body that is its ending alone (全国妇联),
// of which a division has one. Before any
// other name (全市养老机构) or a class of committees (全县村民委员会) it
// names every body of a kind.
func wholeDivision(p, rest string) bool {
	g := lexicon.GenericPrefixes()
	if g.Label(p, 0) != "whole" || lexicon.GenericAgencies().Has(rest) || lexicon.Domain().Has(rest) {
		return false
	}
	if w, class := g.Prefix(rest); class && !committeeField(w, rest) || EachInside(rest) {
		return false // 全省各级…: a class after the whole
	}
	// The organising committee (组委会, 组织委员会 clipped: its remit, to
	// organise, is in the word) of an event the whole division holds, or a
	// unit of it (全国组委会|秘书处).
	if strings.HasPrefix(rest, "组委会") {
		return true
	}
	// The committee, or a unit of it (全国老龄工作委员会|办公室, 全国人大
	// 常委会).
	for _, c := range []string{"委员会", "常委会"} {
		if k := strings.Index(rest, c); k >= 0 {
			committee := rest[:k+len(c)]
			return committee != c && !lexicon.GenericAgencies().Has(committee) && !lexicon.Domain().Has(committee)
		}
	}
	suffix, kind := Ending(rest)
	if workOffice(rest, suffix, kind) {
		return true // 全国残疾人康复工作办公室: the office of the division's work
	}
	return suffix == rest && utf8.RuneCountInString(suffix) >= 2 && (kind == "social" || lexicon.AgencySuffixes().Label(suffix, 1) == "standalone" || divisionOrgan(suffix))
}

// divisionOrgan reports whether suffix is the ending of an organ every
// division sets up one of and names by itself (人大: labelled division in
// the agency suffixes), other than its government, which the generic list
// holds: after a word naming the whole division (全国人大) it is that one
// organ.
func divisionOrgan(suffix string) bool {
	return lexicon.AgencySuffixes().Label(suffix, 1) == "division" && !lexicon.GenericAgencies().Has(suffix)
}

// committeeField reports whether the class word w (城乡, 农村: a kind of
// area or running, no label) opens the field of work of a committee that
// rest names (城乡社区治理…评审委员会): after a word that names a whole
// division, a committee is named by its remit, and the area word is part
// of that remit, as 全国城乡社区建设…委员会 prints it; a kind of committee
// every village sets up (农村|村民委员会: the generic list) stays a class,
// and so does a word that counts or ranks bodies (各, 县级: labelled).
func committeeField(w, rest string) bool {
	g := lexicon.GenericPrefixes()
	if g.Label(w, 0) != "" || !strings.HasSuffix(rest, "委员会") {
		return false
	}
	field := strings.TrimPrefix(rest, w)
	if _, class := g.Prefix(field); class {
		return false
	}
	return field != "委员会" && !lexicon.GenericAgencies().Has(field) && !lexicon.Domain().Has(field) && !kindAfterClass(field)
}

// workOffice reports whether rest names the office that co-ordinates a
// field of work over a whole division: a unit's ending of two characters
// or more (办公室) right after the field and 工作 (残疾人康复工作办公室), as
// the offices of the 议事协调机构 are named (全国老龄工作委员会办公室,
// 全国残疾人康复工作办公室). A division has one office of a field's work,
// where every body has an 办公室.
func workOffice(rest, suffix, kind string) bool {
	field, ok := strings.CutSuffix(strings.TrimSuffix(rest, suffix), "工作")
	return ok && field != "" && kind == "unit" && utf8.RuneCountInString(suffix) >= 2
}

// divisionBefore reports whether the words before a division's government
// (市|政府, 洪桥镇|人民政府, 南阳市|政府, 中央|人民政府) end with the name or
// the level of a division, or are a national prefix: the body that the
// law sets up in a division is named after it.
func divisionBefore(body string) bool {
	if _, ok := lexicon.Levels().Suffix(body); ok {
		return true
	}
	if _, ok := lexicon.Places().EndingAt(body, len(body)); ok {
		return true
	}
	return lexicon.National().Has(body)
}

// EachInside reports whether a word that counts bodies one by one (各)
// stands inside name before the ending the rest of it takes.
func EachInside(name string) bool {
	for k := range name {
		if k == 0 {
			continue
		}
		if w, ok := lexicon.GenericPrefixes().At(name, k); ok && lexicon.GenericPrefixes().Label(w, 0) == "each" {
			if _, ok := lexicon.AgencySuffixes().Suffix(name[k+len(w):]); ok {
				return true
			}
		}
	}
	return false
}

// Ending is the agency ending of name and the kind of body it makes
// (government, unit, party, institution, social, company).
func Ending(name string) (suffix, kind string) {
	suffix, ok := lexicon.AgencySuffixes().Suffix(name)
	if !ok {
		return "", ""
	}
	return suffix, lexicon.AgencySuffixes().Label(suffix, 0)
}

// HasLocality reports whether a name opens with a place, a level above the
// village (市…, 县…) or a national prefix (国家…, 中共中央…).
func HasLocality(name string) bool {
	if OpensWithLevel(name) {
		return true
	}
	if _, ok := lexicon.National().Prefix(name); ok {
		return true
	}
	_, ok := lexicon.Places().At(name, 0)
	return ok
}

// OpensWithLevel reports whether s opens with a level that stands for its
// place (省, 市, 县, 区, 乡, 镇, 自治区 …): the locality of a short name, or
// where a name that lost its space at a line break begins.
func OpensWithLevel(s string) bool {
	w, ok := lexicon.Levels().At(s, 0)
	if !ok || lexicon.Levels().Label(w, 1) != "opens" {
		return false
	}
	d, ok := lexicon.Domain().At(s, 0)
	return !ok || len(d) <= len(w)
}

// levelChar is the level of the one-character level word at byte i of s,
// if it stands for its place.
func levelChar(s string, i int) (string, bool) {
	r, n := utf8.DecodeRuneInString(s[i:])
	if n == 0 {
		return "", false
	}
	w := string(r)
	if !lexicon.Levels().Has(w) || lexicon.Levels().Label(w, 1) != "opens" {
		return "", false
	}
	if d, ok := lexicon.Domain().At(s, i); ok && len(d) > n {
		return "", false // 区划地名股: the level opens a word of the trade
	}
	return lexicon.Levels().Label(w, 0), true
}

// LevelAt is the level word at byte i of s (市, 街道, 社区 …) and the level
// of government it names.
func LevelAt(s string, i int) (word, level string, ok bool) {
	w, ok := lexicon.Levels().At(s, i)
	if !ok {
		return "", "", false
	}
	return w, lexicon.Levels().Label(w, 0), true
}

// UpperLevelAt reports whether a one-character level of a county or above
// (省, 市, 县, 区) stands at byte i of s: where a second name may open
// inside a run (市民政局|县民政局).
func UpperLevelAt(s string, i int) bool {
	l, ok := levelChar(s, i)
	return ok && (l == "省" || l == "市" || l == "县")
}

// OneCharLevel is the level a name's first character names (市 → 市, 区 →
// 县, 镇 → 乡), or "".
func OneCharLevel(name string) string {
	if l, ok := levelChar(name, 0); ok {
		return l
	}
	return ""
}

// Division reports whether s names a division by its place and level
// alone (四铺镇, 通道县): as a page's source or issuer, the division's
// government.
func Division(s string) bool {
	l, ok := lexicon.Levels().Suffix(s)
	if !ok || len(s) <= len(l) || !OpensWithLevel(l) {
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// First is the first of the bodies s names side by side (GOLD.md: of
// co-issuers, the first issues): parted by spaces or 、, or printed glued
// where a second name opens with its place right after the first's
// ending (省民政厅省财政厅). s is returned whole where it names one body.
// Parts apart are co-issuers only where a body of its own follows the
// first: a unit after a space (某市人民政府 办公室) is the first's, and a
// name spaced letter by letter (某 县 民 政 局) is one name; both are read
// glued.
func First(s string) string {
	if parts := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '、' || r == '\t' }); len(parts) > 1 {
		if Shape(parts[0]) && Shape(parts[1]) && bodyEnding(parts[1]) {
			return parts[0]
		}
		s = strings.Join(parts, "")
	}
	for i := range s {
		if i == 0 || !Shape(s[:i]) {
			continue
		}
		// The second name must open with the place the first opens with
		// and end as a body does: co-issuers of one level (市民政局市财政局);
		// 民政局办公室 and 市民政局市场监管科 are one body's units, and a
		// body's office in a place below it (国家税务总局某市税务局, 某市公安局
		// 某区分局) is one body.
		if rest := s[i:]; sameLocality(s, rest) && Shape(rest) && bodyEnding(rest) {
			return s[:i]
		}
	}
	return s
}

// bodyEnding reports whether name ends as a body of its own does, not as
// a unit inside one (科, 股, 办公室).
func bodyEnding(name string) bool {
	_, kind := Ending(name)
	return kind != "" && kind != "unit"
}

// sameLocality reports whether b opens with the place or level word a
// opens with (市…, 南阳市…).
func sameLocality(a, b string) bool {
	w, ok := lexicon.Places().At(a, 0)
	if !ok {
		if w, ok = lexicon.Levels().At(a, 0); !ok || !OpensWithLevel(a) {
			return false
		}
	}
	return strings.HasPrefix(b, w) && HasLocality(b)
}

// kindAfterClass reports whether name, with no place before it, closes on
// a kind of body named alone (居民委员会, a generic term) right after a
// word that names a class of places or bodies (城市社区, 农村社区: generic
// terms too): the kind of committee every such place has, whatever word
// goes before it (加强|城市社区居民委员会 建设). One body's own name stands
// right before its level or its kind (某某社区居民委员会), never before a
// class word. An ending of the lexicon printed whole (机关党委, the one
// party committee of a department's organs) is that ending's body, no
// class word before a kind.
func kindAfterClass(name string) bool {
	if HasLocality(name) {
		return false
	}
	if suffix, _ := Ending(name); suffix == name {
		return false
	}
	terms := lexicon.GenericAgencies()
	for k := range name {
		kind := name[k:]
		if k == 0 || utf8.RuneCountInString(kind) < 2 || !terms.Has(kind) {
			continue
		}
		if class, ok := terms.EndingAt(name, k); ok && utf8.RuneCountInString(class) >= 2 {
			return true
		}
	}
	return false
}
