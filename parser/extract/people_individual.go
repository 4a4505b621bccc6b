package extract

import (
	"strings"

	"bulletin/parser/lexicon"
	"bulletin/parser/span"
	"bulletin/schema"
)

// individualDonors finds the person a donation report names right before
// 个人 (cue list individual: as an individual): among the bodies that
// gave, a report marks the gift a person made on their own so
// (某公司捐款5000元、某某个人捐款2万元; 爱心人士某某个人每年…). The name
// before the word is a bare name (bareName: a surname first, two or three
// characters, no word of another kind, no place's or body's name), so a
// kind of people (先进个人, 集体和个人) gives none, nor a pronoun the
// segmenter reads before the word, which it owns (陈述其个人理由: his
// own); the person takes no title, as none is printed.
func individualDonors(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for _, w := range lexicon.CueWordList("individual").All() {
		for end := range occurrences(s, w) {
			if end == 0 {
				continue
			}
			ts := words(end - 1)
			if k := tokenEndingAt(ts, end); k >= 0 && strings.HasPrefix(ts[k].Tag, "r") {
				continue // 陈述|其|个人: the pronoun owns the word (其个人, his own)
			}
			n, ok := nameBefore(s, ts, end)
			if !ok {
				continue
			}
			start := end - len(n)
			if !bareName(n, words(start), start) {
				continue
			}
			p := schema.Person{Name: n}
			p.Found = found(t, start, end, "people/individual")
			out = append(out, p)
		}
	}
	return out
}
