package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// quotedLabelNames finds the units whose names hold a quoted label of
// what they work over, right after the body they belong to: a party
// committee's working committee over the 两新 organisations (新经济组织和新
// 社会组织) is printed 区委“两新”工委, the label in quotation marks as
// official writing quotes its coined abbreviations (“两新”, “三新”). The
// name runs from the body's name through the quote to the unit's ending
// after it, one name (GOLD.md: longest form that is still a name). The
// label is short (up to six characters, Han or figures, no 、 of a list
// of quoted terms) and the unit's words after it are few: an agency
// ending at most one character of field before it (工委, 党委, 办公室),
// ending at a word's end. A quote after a name that a common word follows
// (市委“三农”工作) is a topic, no unit.
func quotedLabelNames(s string, words wordsAt, cs []candidate) []candidate {
	var out []candidate
	for _, c := range cs {
		rest := s[c.end:]
		if !strings.HasPrefix(rest, "“") {
			continue
		}
		q := strings.Index(rest, "”")
		if q < 0 {
			continue
		}
		label := rest[len("“"):q]
		if n := utf8.RuneCountInString(label); n == 0 || n > 6 || !labelRunes(label) {
			continue
		}
		after := c.end + q + len("”")
		if e, ok := unitAfterLabel(s, words, after); ok {
			out = append(out, candidate{c.start, e, "quoted-label"})
		}
	}
	return out
}

// labelRunes reports whether a quoted label holds Han characters and
// figures only.
func labelRunes(label string) bool {
	for _, r := range label {
		if !unicode.Is(unicode.Han, r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// unitAfterLabel is the end of a unit's short name at i: an agency ending
// with at most one character before it (工|委, 党委), two characters at
// least (a bare 办 after a quote is the verb of a slogan), ending where a
// word of the text ends.
func unitAfterLabel(s string, words wordsAt, i int) (int, bool) {
	suffixes := lexicon.AgencySuffixes()
	best := -1
	j := i
	for n := 0; n < 4 && j < len(s); n++ {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		j += w
		suf, ok := suffixes.EndingAt(s, j)
		if n := utf8.RuneCountInString(s[i:j]); !ok || n < 2 || n-utf8.RuneCountInString(suf) > 1 {
			continue
		}
		// A word of the text ends there, or the segmenter's guess ran the
		// ending on into the verb after it (工委作/x|了).
		if ts := words(j - 1); tokenEndingAt(ts, j) >= 0 || j == len(s) || guessedAt(ts, j) {
			best = j
		}
	}
	return best, best > 0
}
