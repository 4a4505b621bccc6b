package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// dropClassMembers drops a name that stands inside a bracket explaining
// a class of bodies printed with 各 (各殡葬服务单位（殡仪馆、公墓、…）,
// 各县（市、区）): the bracket lists the kinds the class takes in, as a
// notice addresses every body of a kind, and names no one body; GOLD.md
// lists the bodies a text names. A name that runs across the bracket
// (各县（市、区）民政局) is not inside it and stays.
func dropClassMembers(s string, cs []candidate) []candidate {
	return slices.DeleteFunc(cs, func(c candidate) bool { return insideClassBracket(s, c.start, c.end) })
}

// insideClassBracket reports whether [i, e) lies inside a bracket whose
// opening mark follows a run of Han characters that holds 各 (the class),
// with the bracket closing after e.
func insideClassBracket(s string, i, e int) bool {
	open := strings.LastIndexAny(s[:i], "(（")
	if open < 0 || strings.ContainsAny(s[open:i], ")）") {
		return false
	}
	if close := strings.IndexAny(s[e:], ")）"); close < 0 || strings.ContainsAny(s[e:e+close], "(（") {
		return false
	}
	for j := open; j > 0; {
		c, w := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.Is(unicode.Han, c) {
			return false
		}
		if c == '各' {
			return j < open
		}
		j -= w
	}
	return false
}
