package extract

import (
	"strings"

	"bulletin/parser/lexicon"
	"bulletin/parser/span"
	"bulletin/schema"
)

// martyrs finds the people a report names as martyrs (cue list martyr:
// 烈士): the full name printed right before the word (某某某烈士的侄子) or
// right after it (在烈士某某家中), with the word as the role printed next
// to the name (GOLD.md, people). The word is no title of titles.tsv, as
// inside a body's name (某县烈士陵园) it ends no body, so this rule reads
// it. A name read on either side opens with a common surname
// (commonSurnamed): what the segmenter does not know around the word is
// as often a verb (祭扫烈士墓, 向烈士敬献花篮) as a name, and a verb it
// tags at once after the word is the clause's, no name. Before a body's
// ending (陵园, 纪念馆) the word is a word of the body's name, which
// names no one by it.
func martyrs(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for _, w := range lexicon.CueWordList("martyr").All() {
		for at := range occurrences(s, w) {
			role := w
			if bodySuffixAt(s, at+len(w)) {
				continue // 某县烈士陵园, 某某烈士纪念馆: the word is the body's name's
			}
			if at > 0 {
				if n, ok := nameBefore(s, words(at-1), at); ok && commonSurnamed(n) {
					p := schema.Person{Name: n, Role: &role, Titles: []string{w}}
					p.Found = found(t, at-len(n), at+len(w), "people/martyr")
					out = append(out, p)
					continue
				}
			}
			end := at + len(w)
			ts := words(end)
			if k := tokenAt(ts, end); k >= 0 && strings.HasPrefix(ts[k].Tag, "v") {
				continue
			}
			if n, ok := nameAfter(s, ts, end); ok && commonSurnamed(n) {
				p := schema.Person{Name: n, Role: &role, Titles: []string{w}}
				p.Found = found(t, at, end+len(n), "people/martyr")
				out = append(out, p)
			}
		}
	}
	return out
}

// commonSurnamed reports whether name opens with a surname of the common
// hundred (surnames.txt, label common) and has more after it.
func commonSurnamed(name string) bool {
	sur, ok := surnameAt(name, 0)
	return ok && len(sur) < len(name) && lexicon.Surnames().Label(sur, 0) == surnameCommon
}
