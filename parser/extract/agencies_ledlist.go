package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// ledListBodies finds the bodies of a 、-list that a verb of leading
// opens and 等 and a word of bodies close (cue words listlead: 副县长某某
// 带领|民政局、公安局、应急局|等相关部门; 副厅长某某率|救灾处、社会救助处|等部门
// 的负责人): the list names the bodies of the
// one government the leader serves, each one body though printed with no
// place (GOLD.md: a unit that names one body in context is an agency), as
// a list that a placed member opens does (listedBureaus). Every member is
// a name of a government's, a party's or a unit's body by its ending,
// whole from one mark to the next; a list of kinds (养老机构、照料中心等单位)
// or of fields (民政、公安等部门), or one a class word opens (带领各县民政
// 局…), gives none. A member another rule finds too (青山县民政局) is
// merged with it as any two candidates of one span are.
func ledListBodies(s string) []candidate {
	leads := lexicon.CueWordList("listlead")
	var out []candidate
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if !unicode.Is(unicode.Han, r) {
			continue
		}
		v, ok := leads.EndingAt(s, i)
		if !ok {
			continue
		}
		if l, ok := leads.At(s, i-len(v)); ok && len(l) > len(v) {
			continue // 率|领: the longer verb reads on
		}
		if ms, ok := ledMembers(s, i); ok {
			out = append(out, ms...)
		}
	}
	return out
}

// ledMembers reads the list that opens at i: two members or more, each
// a body's name by its ending, parted by 、 and closed by 等 and a word
// of bodies (部门, 单位, 科室: the generic agencies, maybe after 相关 or
// 有关).
func ledMembers(s string, i int) ([]candidate, bool) {
	var out []candidate
	for j := i; ; {
		k := j
		for k < len(s) {
			r, w := utf8.DecodeRuneInString(s[k:])
			if !unicode.Is(unicode.Han, r) || r == '等' {
				break
			}
			k += w
		}
		m := s[j:k]
		suffix, kind := agency.Ending(m)
		if suffix == "" || kind != "government" && kind != "party" && kind != "unit" || kindOfUnit(m) {
			return nil, false
		}
		out = append(out, candidate{j, k, "led-list"})
		switch {
		case strings.HasPrefix(s[k:], "、"):
			j = k + len("、")
		case strings.HasPrefix(s[k:], "等") && len(out) >= 2:
			rest := s[k+len("等"):]
			if p, ok := lexicon.GenericPrefixes().At(rest, 0); ok {
				rest = rest[len(p):]
			}
			g, ok := lexicon.GenericAgencies().At(rest, 0)
			return out, ok && g != ""
		default:
			return nil, false
		}
	}
}
