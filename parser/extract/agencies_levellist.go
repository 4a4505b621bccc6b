package extract

import (
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// levelListRule marks a division listed beside a body of its level.
const levelListRule = "list-division"

// levelListMembers finds the divisions listed after a body that a
// division's name and its level word make (凤凰街道、樊口街道、花湖镇、汀祖镇
// 申报…): a list names things of one kind, and 镇, 乡 and 街道 are of one
// level (township-level, 《行政区划管理条例》), so where a member is read as
// a body (a street's office, 街道) the members after it that name a
// division of the same level by its own name are the towns' bodies too,
// not places. Each member runs from the list's mark to the next mark or
// the list's end, Chinese characters only, its own name of two to five
// characters before the level word; it is listed as written (GOLD.md).
func levelListMembers(s string, cs []candidate) []candidate {
	var out []candidate
	for _, c := range cs {
		level, ok := divisionLevel(s[c.start:c.end])
		if !ok || c.rule != "ending" {
			continue
		}
		for e := c.end; ; {
			j, ok := listJoinAt(s, e)
			if !ok {
				break
			}
			m := divisionMemberEnd(s, j)
			if m < 0 {
				break
			}
			if l, ok := divisionLevel(s[j:m]); !ok || l != level {
				break
			}
			out = append(out, candidate{j, m, levelListRule})
			e = m
		}
	}
	return out
}

// divisionLevel is the level of name where it is a division's own name
// of two to five characters and a level word below the county (凤凰街道,
// 花湖镇): no class (各镇) and no level word inside the own name.
func divisionLevel(name string) (string, bool) {
	w, ok := lexicon.Levels().Suffix(name)
	if !ok {
		return "", false
	}
	level := lexicon.Levels().Label(w, 0)
	if level != "乡" {
		return "", false
	}
	own := name[:len(name)-len(w)]
	if n := utf8.RuneCountInString(own); n < 2 || n > 5 {
		return "", false
	}
	if _, class := lexicon.GenericPrefixes().Prefix(own); class {
		return "", false
	}
	for k := range own {
		if _, ok := lexicon.Levels().At(own, k); ok {
			return "", false
		}
	}
	return level, true
}

// divisionMemberEnd is where the list's member that starts at j ends:
// at its first level word, its characters all Chinese, where the list's
// next mark or its end follows, or words that name no body in turn (花湖镇|
// 申报的…: what the division does); -1 where the words after the level
// word run on into a longer name (花湖镇政府, 汀祖镇某村: that name is
// the member) or no level word comes before a mark.
func divisionMemberEnd(s string, j int) int {
	for p := j; p < len(s) && p-j <= 7*3; {
		r, w := utf8.DecodeRuneInString(s[p:])
		if !unicode.Is(unicode.Han, r) {
			return -1
		}
		p += w
		if _, ok := lexicon.Levels().EndingAt(s, p); !ok {
			continue
		}
		if _, ok := listJoinAt(s, p); ok || memberEnd(s, p) {
			return p
		}
		if nameRunsOn(s, p) {
			return -1
		}
		return p
	}
	return -1
}

// nameRunsOn reports whether the Chinese characters from p to the next
// mark hold a level word or an agency ending: the words before p then
// open a longer name.
func nameRunsOn(s string, p int) bool {
	for q := p; q < len(s); {
		r, w := utf8.DecodeRuneInString(s[q:])
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		q += w
		if _, ok := lexicon.Levels().EndingAt(s, q); ok {
			return true
		}
		if _, ok := lexicon.AgencySuffixes().EndingAt(s, q); ok {
			return true
		}
	}
	return false
}
