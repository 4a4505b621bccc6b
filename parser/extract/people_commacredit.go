package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/span"
	"bulletin/schema"
)

// commaCredits reads the name after a comma that sets a writer's unit or
// outlet off from it in a closing credit ((今日某某,张三 李四): the paper,
// then its writers), as afterBody takes a name after a body run on to it:
// a person with no role (GOLD.md people: a bare name in a closing
// credit). The part before the comma is Han characters and no name
// itself ((张三,李四) is left to the other rules), and what follows the
// comma is a name as a credit's field is one (creditName); the bracket's
// other fields are the closing credits' rule's.
func commaCredits(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for fields := range credits(t) {
		for _, f := range fields {
			v := s[f.start:f.end]
			k := strings.LastIndexAny(v, ",，")
			if k <= 0 || !allHan(v[:k]) || creditName(v[:k], words(f.start), f.start) {
				continue
			}
			_, w := utf8.DecodeRuneInString(v[k:])
			at := f.start + k + w
			name := s[at:f.end]
			if !creditName(name, words(at), at) || lexicon.Places().Has(name) {
				continue
			}
			p := schema.Person{Name: name}
			p.Found = found(t, at, f.end, "people/comma-credit")
			out = append(out, p)
		}
	}
	return out
}
