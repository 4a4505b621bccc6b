package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/span"
	"bulletin/schema"
)

// conferred finds the person a body confers an honour on, named right
// after the verb of conferring (cue list confer: 授予陈某等33人“…”称号,
// 授予王某同志“…”称号): a bare name (bareName: a surname first, no word
// of another kind, no place's or body's name) closed by 等 (the first of
// the honourees listed), by 同志, or by the honour's opening quote, in a
// clause that names an honour (honourMarks). The same formula confers on
// bodies (授予某某有限公司等8家企业), whose names are no bare names.
func conferred(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for _, verb := range lexicon.CueList("confer") {
		clauses := newHonourClauses(s) // asked at one verb's occurrences, which ascend
		for i := range occurrences(s, verb) {
			at := i + len(verb)
			if !clauses.honourAfter(at) {
				continue
			}
			if n, ok := conferredName(s, words, at); ok {
				p := schema.Person{Name: n}
				p.Found = found(t, at, at+len(n), "people/conferred")
				out = append(out, p)
			}
		}
	}
	return out
}

// conferredName is the bare name at i that a closer of the conferring
// formula follows: 等 (listCloser: the first of the honourees listed), a
// form of address (titles.tsv, address: 同志) or an honour's mark (“, 称号:
// honourMarks), longest first.
func conferredName(s string, words wordsAt, i int) (string, bool) {
	ts := words(i)
	j, ends := i, []int{}
	for n := 0; j < len(s) && n < nameMaxRunes; n++ {
		_, w := utf8.DecodeRuneInString(s[j:])
		j += w
		ends = append(ends, j)
	}
	for k := len(ends) - 1; k >= 1; k-- {
		e := ends[k]
		if !conferCloses(s, e) {
			continue
		}
		if n := s[i:e]; bareName(n, ts, i) {
			return n, true
		}
	}
	return "", false
}

// conferCloses reports whether the conferring formula's name may close at
// i: 等, a form of address or an honour's mark stands there.
func conferCloses(s string, i int) bool {
	if strings.HasPrefix(s[i:], listCloser) {
		return true
	}
	if w, ok := lexicon.Titles().At(s, i); ok && addressWord(w) {
		return true
	}
	for _, m := range honourMarks() {
		if strings.HasPrefix(s[i:], m) {
			return true
		}
	}
	return false
}
