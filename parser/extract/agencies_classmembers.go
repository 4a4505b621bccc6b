package extract

import (
	"slices"
	"sort"
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
	if len(cs) == 0 {
		return cs
	}
	marks := bracketMarks(s)
	return slices.DeleteFunc(cs, func(c candidate) bool { return insideClassBracket(s, marks, c.start, c.end) })
}

// bracketMarks lists where the round brackets of s stand, opening and
// closing, ASCII and full-width, in order: the text is read for them
// once, not back from each name.
func bracketMarks(s string) []int {
	var at []int
	for i := 0; i < len(s); {
		k := strings.IndexAny(s[i:], "()（）")
		if k < 0 {
			break
		}
		at = append(at, i+k)
		_, w := utf8.DecodeRuneInString(s[i+k:])
		i += k + w
	}
	return at
}

// opensBracket reports whether the mark at j opens a bracket.
func opensBracket(s string, j int) bool {
	return s[j] == '(' || strings.HasPrefix(s[j:], "（")
}

// insideClassBracket reports whether [i, e) lies inside a bracket whose
// opening mark follows a run of Han characters that holds 各 (the class),
// with the bracket closing after e: the mark last before i opens, the
// mark first after e closes. marks are the text's (bracketMarks).
func insideClassBracket(s string, marks []int, i, e int) bool {
	k := sort.SearchInts(marks, i) // marks[k-1] is the last before i
	if k == 0 || !opensBracket(s, marks[k-1]) {
		return false
	}
	open := marks[k-1]
	if n := sort.SearchInts(marks, e); n == len(marks) || opensBracket(s, marks[n]) {
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
