package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/span"
	"bulletin/schema"
)

// creditSeparators are the marks a paper sets between the names of two
// roles in one byline bracket ((记者 张三 □ 李四 王五)), where the second
// role's label is left out: a field of these marks alone.
const creditSeparators = "□■"

// setOffCredits finds the names a separator mark sets off in a byline
// bracket: a field of separator marks after a credit word (记者) and its
// names, then bare names (creditName) up to the bracket's close. They
// are credits of a role the page does not print, so no role (GOLD.md,
// people: a bare name in a credit has role null); the names before the
// mark are left to the title rules, which read the credit word. A bracket
// with no credit word before the mark, or a field after it that is no
// bare name, names no one this way.
func setOffCredits(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for i := 0; i < len(s); {
		k := bracketOpens.index(s[i:])
		if k < 0 {
			break
		}
		_, w := utf8.DecodeRuneInString(s[i+k:])
		open := i + k + w
		i = open
		end := bracketEnds.index(s[open:])
		if end < 0 {
			break
		}
		close := open + end
		if r, _ := utf8.DecodeRuneInString(s[close:]); r != '）' && r != ')' {
			continue
		}
		out = append(out, setOffNames(t, words, creditFields(t, open, close))...)
	}
	return out
}

// setOffNames reads one bracket's fields: the names after the separator
// field, where a credit word opens a field before it.
func setOffNames(t span.Text, words wordsAt, fields []bounds) []schema.Person {
	s := t.String()
	credited := false
	for k, f := range fields {
		v := s[f.start:f.end]
		if w, ok := lexicon.Titles().At(s, f.start); ok && creditWord(w) {
			credited = true
			continue
		}
		if strings.Trim(v, creditSeparators) != "" {
			continue
		}
		if !credited || k+1 == len(fields) {
			return nil
		}
		return namedCredits(t, fields[k+1:], words, "people/set-off-credit")
	}
	return nil
}
