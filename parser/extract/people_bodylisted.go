package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"bulletin/parser/span"
	"bulletin/schema"
)

// A list of the people a report names from several bodies (winners,
// delegates, contestants) prints each one as the body's name and then
// the person's, with no title between (某某服务中心某某、某某敬老院某某和某某，
// 某某有限公司某某): the body says where the person comes from, the way a
// 名单 prints 单位 before 姓名. A bare name right after a body's name is
// that person's when the list marks it as an entry: a list mark right
// after the name (、, 和, 及, ，) and two such entries or more in one
// sentence. A name after 和 or 及 that joins such an entry is one of the
// same body's. They take no title (GOLD.md, people: role null).

// bodyListMarks close an entry of a list of people.
var bodyListMarks = []string{"、", "，", ",", "。", "；", ";", "和", "及"}

// bodyListedNames finds the people listed each after a body's name (see
// above); agencyEnding gives the name of a body found ending at a byte
// offset.
func bodyListedNames(t span.Text, words wordsAt, agencyEnding func(int) string) []schema.Person {
	s := t.String()
	var out []schema.Person
	sentence := 0
	var pending []schema.Person
	flush := func() {
		if len(pending) >= 2 {
			out = append(out, pending...)
		}
		pending = pending[:0]
	}
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if strings.ContainsRune("。；;！？\n", r) {
			flush()
			sentence = i + w
		}
		i += w
		if i <= sentence {
			continue
		}
		for _, p := range bodyEntryAt(t, words, agencyEnding, i) {
			if !slices.ContainsFunc(pending, func(q schema.Person) bool { return q.Name == p.Name }) {
				pending = append(pending, p)
			}
		}
	}
	flush()
	return out
}

// bodyEntryAt reads the entry whose name starts at j, right after a
// body's name ending there, and the name after 和 or 及 that joins it.
func bodyEntryAt(t span.Text, words wordsAt, agencyEnding func(int) string, j int) []schema.Person {
	s := t.String()
	if j >= len(s) {
		return nil
	}
	if _, ok := surnameAt(s, j); !ok || agencyEnding(j) == "" && !bodyOfBefore(s, agencyEnding, j) {
		return nil
	}
	n, ok := listedNameAt(s, words, j)
	if !ok {
		return nil
	}
	p := schema.Person{Name: n}
	p.Found = found(t, j, j+len(n), "people/body-listed")
	out := []schema.Person{p}
	e := j + len(n)
	for _, c := range []string{"和", "及"} {
		if strings.HasPrefix(s[e:], c) {
			if m, ok := listedNameAt(s, words, e+len(c)); ok {
				q := schema.Person{Name: m}
				q.Found = found(t, e+len(c), e+len(c)+len(m), "people/body-listed")
				out = append(out, q)
			}
		}
	}
	return out
}

// listedNameAt reads a bare name at j that a list mark or the text's end
// follows.
func listedNameAt(s string, words wordsAt, j int) (string, bool) {
	ts := words(j)
	n, ok := nameAfter(s, ts, j)
	if !ok || !bareName(n, ts, j) {
		return "", false
	}
	e := j + len(n)
	if e == len(s) {
		return n, true
	}
	for _, m := range bodyListMarks {
		if strings.HasPrefix(s[e:], m) {
			return n, true
		}
	}
	return "", false
}
