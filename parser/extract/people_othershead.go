package extract

import (
	"strings"

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
// characters, no word of another kind, no place's or body's name), its
// surname taken back where the segmenter read it as an adverb
// (surnameBetween). 等人员 (staff) names a kind of people, no group's
// close (othersAt). A title is a word of the segmenter (its user
// dictionary holds titles.tsv), so a bare name holds none.
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
		start := surnameBetween(s, words, end-len(n), end)
		n = s[start:end]
		if strings.HasSuffix(s[:start], "、") || !bareName(n, words(start), start) {
			continue
		}
		p := schema.Person{Name: n}
		p.Found = found(t, start, end, "people/others-head")
		out = append(out, p)
	}
	return out
}

// surnameBetween is where the name from start to end starts where
// the segmenter read its surname as an adverb of its own before the rest
// (发放|曾|某某等人: 曾, the adverb "once"): an adverb modifies a verb or
// an adjective and stands before no name, so the one character opens the
// name, where the two read as one (bareName: a surname of the lexicon
// first, three characters at most). A particle, a preposition or a
// conjunction does stand before a name (走访过|某某, 向|某某, 和|某某), and
// stays out of it. Else start.
func surnameBetween(s string, words wordsAt, start, end int) int {
	ts := words(start)
	k := tokenEndingAt(ts, start)
	if k < 0 || !strings.HasPrefix(ts[k].Tag, "d") || !bareName(s[ts[k].Start:end], ts, ts[k].Start) {
		return start
	}
	return ts[k].Start
}
