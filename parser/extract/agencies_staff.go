package extract

import "strings"

// staffWords are the nouns for the staff of a body that a bulletin prints
// right after the body's name (财务科工作人员, 某某局干部职工, 某某股职工):
// the body's people, no word of its name. After a unit's ending such a
// word closes the name as a title does (closesName: 人事科|负责人), so the
// last member of a list of units before it is read (办公室和财务科|工作人员).
var staffWords = []string{"工作人员", "干部职工", "职工"}

// staffWordAt reports whether a noun for a body's staff opens at p.
func staffWordAt(s string, p int) bool {
	for _, w := range staffWords {
		if strings.HasPrefix(s[p:], w) {
			return true
		}
	}
	return false
}
