package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// againRule marks a body named again without its place.
const againRule = "named-again"

// namedAgain finds a body that a passage names in full with its place or
// its zone (羊山新区民政办) and then again by the rest of its name alone
// (在检查中民政办对辖区…): the short form after the full one refers to the
// same body, one body in context (GOLD.md: a unit that names one body in
// context is an agency). The short form is a name's shape of three
// characters or more, no class word, standing after a mark, a function
// word or a locative (中, 内), and running into no longer ending after it.
// Each full name's short form is sought once in the passage.
func namedAgain(s string, words wordsAt, cs []candidate) []candidate {
	var out []candidate
	sought := map[string]bool{}
	for _, c := range cs {
		forms := shortForms(s[c.start:c.end])
		if rest, ok := townRest(s, words, c); ok {
			forms = append(forms, rest) // 大关镇|民政办 (agencies_againtown.go)
		}
		for _, short := range forms {
			if sought[short] {
				continue
			}
			sought[short] = true
			out = append(out, soughtAgain(s, words, c.end, short)...)
		}
	}
	return out
}

// shortForms are the forms a passage may name a body by again after its
// full name: the rest after its place (placedRest), and for a unit of a
// government's body its own last word and ending (魏都区民政局婚姻登记处 →
// 登记处; see unitTail).
func shortForms(name string) []string {
	var out []string
	if short, ok := placedRest(name); ok {
		out = append(out, short)
	}
	if tail, ok := unitTail(name); ok {
		out = append(out, tail)
	}
	if tail, ok := stationTail(name); ok {
		out = append(out, tail) // 金口街社工站 → 社工站 (agencies_againstation.go)
	}
	return out
}

// soughtAgain finds short after from where a name may open there and
// run on into no longer ending.
func soughtAgain(s string, words wordsAt, from int, short string) []candidate {
	var out []candidate
	for k := from; ; {
		j := strings.Index(s[k:], short)
		if j < 0 {
			break
		}
		j += k
		k = j + len(short)
		if openedAgain(s, words, j) && !runsOnAt(s, k) && !pointedBackAt(s, j) && !classAgain(s, j, k) {
			out = append(out, candidate{j, k, againRule})
		}
	}
	return out
}

// unitTail is the short form of a unit of a government's body named
// after the body (民政局|婚姻登记处): the unit's last two characters of
// field and its one-character ending of a unit (登记处, as the staff call
// 该处 their own), where the unit's name holds two more before them
// (婚姻) and the body's name opens with its place. A unit so named again
// alone after the full name is the same unit (GOLD.md: a unit that names
// one body in context is an agency).
func unitTail(name string) (string, bool) {
	if !agency.HasLocality(name) {
		return "", false
	}
	suffix, kind := agency.Ending(name)
	if kind != "unit" || utf8.RuneCountInString(suffix) != 1 {
		return "", false
	}
	body := -1
	for k := range name {
		if w, ok := lexicon.AgencySuffixes().EndingAt(name, k); ok && k < len(name) && lexicon.AgencySuffixes().Label(w, 0) == "government" {
			body = k
		}
	}
	if body < 0 {
		return "", false
	}
	unit := []rune(name[body:])
	if len(unit) < 5 {
		return "", false
	}
	tail := string(unit[len(unit)-3:])
	if lexicon.GenericAgencies().Has(tail) || lexicon.NonAgencyWords().Has(tail) {
		return "", false
	}
	return tail, true
}

// placedRest is the rest of a name after the place or the zone that opens
// it (羊山新区|民政办), where that rest names a body by its field and ending
// alone.
func placedRest(name string) (string, bool) {
	var rest string
	if place, ok := lexicon.Places().At(name, 0); ok {
		rest = name[len(place):]
	} else {
		for k := range name {
			if k > 0 && zoneEndingAt(name, k) {
				rest = name[k:]
				break
			}
		}
	}
	return restNamesBody(rest)
}

// restNamesBody returns the rest of a name after its place where that
// rest names a body by its field and ending alone: three characters or
// more of a name's shape, with no place, no kind of office alone.
func restNamesBody(rest string) (string, bool) {
	if utf8.RuneCountInString(rest) < 3 || !agency.Shape(rest) || agency.HasLocality(rest) {
		return "", false
	}
	if lexicon.GenericAgencies().Has(rest) || lexicon.Domain().Has(rest) {
		return "", false
	}
	if _, ok := lexicon.GenericPrefixes().Prefix(rest); ok {
		return "", false
	}
	return rest, true
}

// openedAgain reports whether a name may open at j: where a clause
// opens (clauseOpensAt), or after a function word or a locative the
// segmenter cut (在检查中|民政办); not after a list's 、 or a bracket, where
// the member is read with the list (各县(市、区)行政审批服务局、民政局:
// every county's).
func openedAgain(s string, words wordsAt, j int) bool {
	if !hanBefore(s, j) {
		return clauseOpensAt(s, j)
	}
	ts := words(j - 1)
	k := tokenEndingAt(ts, j)
	return k >= 0 && (functionWordTags[ts[k].Tag] || ts[k].Tag == "f")
}

// runsOnAt reports whether the characters from e run on into a longer
// ending (民政办|公室) or another name's ending within two characters.
func runsOnAt(s string, e int) bool {
	p := e
	for n := 0; n < 2 && p < len(s); n++ {
		r, w := utf8.DecodeRuneInString(s[p:])
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		p += w
		if _, ok := lexicon.AgencySuffixes().EndingAt(s, p); ok {
			return true
		}
	}
	return false
}
