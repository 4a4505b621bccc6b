package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// bracketNameRule marks a body's other name printed in brackets right
// after its name.
const bracketNameRule = "bracket-name"

// bracketOtherNames finds the other name of a body printed in brackets right
// after a name already found that opens with its place or level (区委宣传部
// (网信办), 武警县中队(看守所)): the body goes by both, 挂牌 or 合署, and the
// bracket's name is a name of its own though it prints no place, the place
// being the one before it (GOLD.md: a unit that names one body in context is
// an agency). The bracket holds one name only, Chinese characters that end
// in an agency's ending with two at least before it (agency.Shape); a note
// (含…, 以下简称…), a trade's word for a kind of office (domain.tsv:
// 救助管理站, which says what else the body is and stays in its name) or a
// kind of body (generic_agencies.txt) is none, nor is a bracket after a
// name with no place (民政局(社会事业局): the bare bureau's other name, the
// same body again) or after a class (各县民政局(…)). Where the document
// prints the bracket's name after its place or level elsewhere (区总商会,
// 某县流浪乞讨救助站), that is the name it lists, the bracket's bare words
// no other.
func bracketOtherNames(s string, found []candidate, e *Env) []candidate {
	var out []candidate
	for _, c := range found {
		open, w := utf8.DecodeRuneInString(s[c.end:])
		if open != '(' && open != '（' {
			continue
		}
		end := strings.IndexAny(s[c.end+w:], ")）")
		if end <= 0 {
			continue
		}
		alias := s[c.end+w : c.end+w+end]
		if !bracketOwnName(alias) || !placedBody(s[c.start:c.end]) || e != nil && e.printedPlaced(alias) {
			continue
		}
		out = append(out, candidate{c.end + w, c.end + w + end, bracketNameRule})
	}
	return out
}

// bracketOwnName reports whether alias, a bracket's words, is one body's
// name of its own by its ending: Han characters only, the shape of a name,
// no note, no trade's word for a kind of office, no kind of body, no place
// of its own (a placed name in brackets the spans read already).
func bracketOwnName(alias string) bool {
	for _, r := range alias {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	if !agency.Shape(alias) || noteOpens(alias) || agency.HasLocality(alias) {
		return false
	}
	return !lexicon.Domain().Has(alias) && !lexicon.GenericAgencies().Has(alias)
}

// placedBody reports whether name opens with its place or level, or
// holds them before its ending (武警县中队), and is no class (各县民政局).
func placedBody(name string) bool {
	if _, class := lexicon.GenericPrefixes().Prefix(name); class {
		return false
	}
	for j := range name {
		if agency.HasLocality(name[j:]) {
			return true
		}
	}
	return false
}
