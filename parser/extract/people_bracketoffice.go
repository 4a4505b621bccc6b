package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/span"
	"bulletin/schema"
)

// bracketOffices finds the members of a list that prints each member's
// office in brackets after the name (成员为：张某（低保处处长），田某（办公室
// 主任））: a notice naming a working group's members gives the name, then
// the post the member holds, in a bracket of its own (GB/T 15834 4.5, the
// bracket marks a note on the words before it). The bracket holds a
// title, after a body's name or nothing (bracketedTitle), and stands right
// after the name; the name fills its field from the list's mark (：，、；
// or the line's start) and the bracket closes the field (，、；。 or the
// line's end), so a bracket in running text (张某(局长)说) or a note after
// a body's name (市民政局（局长）) names no one here. A label, a status or a
// credit in the bracket is no office.
func bracketOffices(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	if !strings.ContainsAny(s, "（(") {
		return nil
	}
	var out []schema.Person
	for _, ti := range titlesIn(s) {
		if contactWord(ti.word) || statusWord(ti.word) || creditWord(ti.word) || addressWord(ti.word) {
			continue
		}
		open, ok := bracketOpenBefore(s, ti.start)
		if !ok || !bracketedTitle(s, open, ti) {
			continue
		}
		_, cw := utf8.DecodeRuneInString(s[ti.end:])
		if !listFieldMark(s, ti.end+cw, true) {
			continue
		}
		n, ok := nameBefore(s, words(open-1), open)
		if !ok || !listFieldMark(s, open-len(n), false) {
			continue
		}
		p := person(n, []title{ti})
		p.Found = found(t, open-len(n), ti.end+cw, "people/bracket-office")
		if body := s[open+len(bracketOpenAt(s, open)) : ti.start]; body != "" {
			p.Agency = body
		}
		out = append(out, p)
	}
	return out
}

// bracketOpenBefore is where the bracket opens that holds the Han run
// ending at i (（低保处|处长): the run back to the open bracket.
func bracketOpenBefore(s string, i int) (int, bool) {
	for j := i; j > 0; {
		r, w := utf8.DecodeLastRuneInString(s[:j])
		if r == '（' || r == '(' {
			return j - w, true
		}
		if !unicode.Is(unicode.Han, r) {
			return 0, false
		}
		j -= w
	}
	return 0, false
}

// bracketOpenAt is the open bracket printed at i.
func bracketOpenAt(s string, i int) string {
	r, w := utf8.DecodeRuneInString(s[i:])
	if r == '（' || r == '(' {
		return s[i : i+w]
	}
	return ""
}

// listFieldMark reports whether a list's field opens (after false) or
// closes (after true) at j: the line's edge, or a mark that parts the
// members of a list (：，、；, and the 。 that closes it).
func listFieldMark(s string, j int, after bool) bool {
	var r rune
	if after {
		if j >= len(s) {
			return true
		}
		r, _ = utf8.DecodeRuneInString(s[j:])
	} else {
		if j <= 0 {
			return true
		}
		r, _ = utf8.DecodeLastRuneInString(s[:j])
	}
	if r == '\n' || r == '\r' {
		return true
	}
	if !after && (r == '：' || r == ':') {
		return true
	}
	return strings.ContainsRune("，,、；;", r) || after && strings.ContainsRune("。", r)
}
