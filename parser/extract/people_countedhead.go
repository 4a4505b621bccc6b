package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/span"
	"bulletin/schema"
)

// countedHeads finds the one name that heads a group of people counted
// after 等 (授予张某等20名同志…称号, 调增李某等66位老人…): official
// writing names the first of a group it counts, and the count of persons
// after 等 (a number and 位, which counts persons only, or 名 and 同志)
// says the group, and so its first, are people. A list of two or more
// before 等 is closedLists'; here the name stands alone, opening the
// clause or right after the verb or the preposition that governs the
// group (授予|张某等, 为|张某等), and it is a bare name (bareName: a
// surname first, two or three characters, no word of another kind, no
// place's or body's name). A count of things (等3个单位, 等5名) makes no
// name of the word before 等. The role is the title counted
// (countedRole: 等4位委员), null for a form of address (GOLD.md, people:
// 同志 is a form of address, no title).
func countedHeads(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for end := range occurrences(s, listCloser) {
		after := end + len(listCloser)
		if !personCountAt(s, after) && !comradesCountAt(s, after) {
			continue
		}
		start, ok := groupHeadStart(s, words, end)
		if !ok {
			continue
		}
		n := s[start:end]
		if !bareName(n, words(start), start) || hasTitle(n) {
			continue
		}
		p := schema.Person{Name: n}
		if role, ok := countedRole(s, words, after); ok {
			p.Titles, p.Role = []string{role}, &role
		}
		p.Found = found(t, start, end, "people/counted-head")
		out = append(out, p)
	}
	return out
}

// groupHeadStart is where the name starts that ends at 等 at end and
// heads its clause: the run of Chinese characters from the clause's
// start (the text's start or a mark, no 、 of a list) to end holds the
// name alone, or one word before it that governs the group, a verb of
// two characters (授予, 调增) or a preposition of one (为, 对). So a run
// of two or three characters is the name; of four, a verb of two and a
// name of two, or a preposition of one the segmenter reads alone and a
// name of three; of five, a verb of two and a name of three. Longer runs
// are a clause with more words before the group, left alone.
func groupHeadStart(s string, words wordsAt, end int) (int, bool) {
	j, runes := end, 0
	for j > 0 && runes <= 5 {
		r, w := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		j -= w
		runes++
	}
	if runes > 5 || runes < 2 || strings.HasSuffix(s[:j], "、") {
		return 0, false
	}
	skip := 0
	switch runes {
	case 4:
		skip = 2
		ts := words(j)
		if k := tokenAt(ts, j); k >= 0 && ts[k].Tag == "p" && ts[k].Start == j && utf8.RuneCountInString(ts[k].Word) == 1 {
			skip = 1
		}
	case 5:
		skip = 2
	}
	for ; skip > 0; skip-- {
		_, w := utf8.DecodeRuneInString(s[j:])
		j += w
	}
	return j, true
}

// comradesCountAt reports whether a count of comrades starts at i: a
// number, 名 and 同志 (20名同志, 二十名同志). 名 counts things as well
// (3名, the third place), so only with the form of address after it does
// it count people.
func comradesCountAt(s string, i int) bool {
	j := countEnd(s, i)
	return j > i && strings.HasPrefix(s[j:], "名"+comrades)
}
