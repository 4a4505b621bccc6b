package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
	"bulletin/parser/span"
	"bulletin/schema"
)

// A list of an office's holders (领导成员 in a yearbook, 领导班子 on a
// bureau's page) prints one post a line, its title spaced out to the
// column's width and closed by a colon, then the holders' names one space
// apart (副 局 长:某某某 某 某 某某某). Every name after the colon holds
// the post. A name of two characters is spaced out to the width of three
// (某 某), the typesetting of a name list, so two single characters, a
// surname first, are one name. A footnote's mark after a name (某某某*)
// is none of it. The line must hold names alone, two or more: a post
// with one holder is the title rule's, and a line with a word of any
// other kind after the colon (a duty, a body) is no such list.

// leaderLines finds the holders listed on a post's line (see above).
func leaderLines(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for start, end := range lineSpans(s) {
		at, label, ok := memberLabel(s, start, end)
		if !ok || !lexicon.Titles().Has(label) || !officeWord(label) {
			continue
		}
		names, ok := leaderNames(t, words, at, end)
		if !ok || len(names) < 2 {
			continue
		}
		for _, b := range names {
			p := person(strings.Join(strings.Fields(s[b.start:b.end]), ""), []title{{word: label}})
			p.Found = found(t, b.start, b.end, "people/leader-line")
			out = append(out, p)
		}
	}
	return out
}

// leaderNames reads the names of a post's line from at to end, each one
// field of the squeezed white space or two fields of one character each;
// false if any field is no name.
func leaderNames(t span.Text, words wordsAt, at, end int) ([]bounds, bool) {
	s := t.String()
	fields := gapFields(t, at, end)
	var out []bounds
	for k := 0; k < len(fields); k++ {
		b := fields[k]
		b.end = b.start + len(strings.TrimRight(s[b.start:b.end], "*＊"))
		n := s[b.start:b.end]
		if utf8.RuneCountInString(n) == 1 && k+1 < len(fields) && utf8.RuneCountInString(s[fields[k+1].start:fields[k+1].end]) == 1 {
			// 李 勇: a name of two spaced out to three.
			sur, ok := surnameAt(s, b.start)
			next := s[fields[k+1].start:fields[k+1].end]
			if !ok || len(sur) != len(n) || !allHan(next) || lexicon.NameStops().Has(next) {
				return nil, false
			}
			if _, ok := checkName(n + next); !ok {
				return nil, false
			}
			k++
			out = append(out, bounds{b.start, fields[k].end})
			continue
		}
		if !leaderName(n, words(b.start), b.start) {
			return nil, false
		}
		out = append(out, b)
	}
	return out, true
}

// leaderName reports whether the field n at byte offset at, set apart by
// white space on a post's line, is a name: two to nameMaxRunes
// characters, a surname first, no place's name nor a body's (a body's
// ending last), and no one word the segmenter knows as something else
// (高度). The space around it bounds the name, so the segmenter's cut
// inside it (张|建国, a measure and a place) is no matter.
func leaderName(n string, ts []segment.Token, at int) bool {
	c := utf8.RuneCountInString(n)
	if c < 2 || c > nameMaxRunes || !allHan(n) || lexicon.Places().Has(n) {
		return false
	}
	if sur, ok := surnameAt(n, 0); !ok || len(sur) == len(n) {
		return false
	}
	if _, ok := checkName(n); !ok {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(n); bodyChar(string(last)) {
		return false
	}
	k := tokenAt(ts, at)
	return k < 0 || ts[k].Start != at || ts[k].End != at+len(n) || nameTag(ts[k].Tag)
}
