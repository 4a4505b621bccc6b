package extract

import (
	"regexp"
	"strings"

	"bulletin/parser/lexicon"
)

// phoneUnitRule marks a unit named in brackets after its phone number.
const phoneUnitRule = "phone-unit"

// phoneUnit is a phone number (an area code, a line of 7 or 8 digits, or
// a service line of 5 or more) and the bracket after it, whose words are
// group 1.
var phoneUnit = regexp.MustCompile(`(?:0\d{2,3}\s*[-－—]\s*)?\d{5,8}\s*[(（]\s*(\p{Han}{2,12})\s*[)）]`)

// phoneUnits finds the units named alone in brackets after a phone
// number (联系电话：12345678（地名办）): a notice that lists where to ask
// prints the number and then, in brackets, the office that answers it, a
// unit that names one body in the context of the document (GOLD.md), as
// a paragraph's label does (unitLabel). What the bracket holds must have
// a name's shape and no class (各科室); a kind of service point (窗口,
// 热线) has no agency ending and is no unit.
func phoneUnits(s string) []candidate {
	var out []candidate
	for _, m := range phoneUnit.FindAllStringSubmatchIndex(s, -1) {
		i, e := m[2], m[3]
		w := s[i:e]
		if !unitLabel(w) || lexicon.GenericAgencies().Has(w) || strings.ContainsAny(w, "和及与") {
			continue
		}
		out = append(out, candidate{i, e, phoneUnitRule})
	}
	return out
}
