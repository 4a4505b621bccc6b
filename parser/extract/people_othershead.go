package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/span"
	"bulletin/schema"
)

// othersHeads finds the one name that 等人 (and others) closes
// (已发放某某等人孤儿助学金, 为某某等人办理…): official writing names the
// first of a group of people and sums up the rest with 等人, which says
// the group, and so its first, are persons. A list of two or more before
// 等人 is closedLists' (甲、乙等人: each member read whole between the
// marks, a dotted name too); here the name before 等人 stands after no
// list's mark and is a bare name (bareName: a surname first, two or three
// characters, no word of another kind, no place's or body's name) with
// no title inside. 等人员 (staff) names a
// kind of people, no group's close (othersAt); a name right after a title
// is the titles' rule's too.
func othersHeads(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for end := range occurrences(s, listCloser) {
		if !othersAt(s, end+len(listCloser)) {
			continue
		}
		n, ok := nameBefore(s, words(end-1), end)
		if !ok {
			continue
		}
		start := end - len(n)
		if !groupGoverned(s, words, start) {
			start = surnameBetween(s, words, start, n)
			n = s[start:end]
		}
		if strings.HasSuffix(s[:start], "、") || !bareName(n, words(start), start) || hasTitle(n) {
			continue
		}
		p := schema.Person{Name: n}
		p.Found = found(t, start, end, "people/others-head")
		out = append(out, p)
	}
	return out
}

// surnameBetween is where the name of three characters starts whose
// given name of two is n at start, where the segmenter read its surname
// as a word of its own between the verb and the name (发放|曾|某某等人:
// 曾, the adverb "once"): a verb's object follows it, no adverb, so the
// one character, a surname of the lexicon, opens the name. Else start.
func surnameBetween(s string, words wordsAt, start int, n string) int {
	ts := words(start)
	k := tokenEndingAt(ts, start)
	if k < 0 || utf8.RuneCountInString(n) != 2 || utf8.RuneCountInString(ts[k].Word) != 1 {
		return start
	}
	if sur, ok := surnameAt(s, ts[k].Start); !ok || sur != ts[k].Word || !groupGoverned(s, words, ts[k].Start) {
		return start
	}
	return ts[k].Start
}

// groupGoverned reports whether what stands right before the name at
// start governs the group it heads: the clause's start (the text's start
// or a mark), or a word the segmenter tags a verb or a preposition.
func groupGoverned(s string, words wordsAt, start int) bool {
	r, w := utf8.DecodeLastRuneInString(s[:start])
	if start == 0 || !unicode.Is(unicode.Han, r) {
		return true
	}
	ts := words(start - w)
	k := tokenEndingAt(ts, start)
	return k >= 0 && (strings.HasPrefix(ts[k].Tag, "v") || ts[k].Tag == "p")
}
