package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// characterBefore steps the scan over one Chinese character of the
// name's words, and stops it at any other character: a mark, a space, a
// byline's bracket ((记者 崔静)|市民政局) close before a name. A bracket
// of the levels a name stands for (各县（市、区）民政局) or of the other
// reading of a character (村(居)民委员会) prints a class of bodies, no
// one body.
type characterBefore struct{}

func (characterBefore) back(r *startReading) scanMove {
	c, w := utf8.DecodeLastRuneInString(r.s[:r.i])
	if !unicode.Is(unicode.Han, c) {
		if (c == '）' || c == ')') && (levelsBracket(r.s, r.i) || alternativeClass(r.s, r.i, r.e)) {
			return scanNone // 各县（市、区）民政局, 村(居)民委员会: a category
		}
		return scanStop // (记者 崔静)|市民政局: a byline or a note closes before the name
	}
	r.i -= w
	return scanOn
}

// levelsBracket reports whether the bracket that closes right before i
// holds the levels or the places a name's level stands for besides its
// own (各县（市、区）民政局, 各镇(街道)民政办, 街道(乡镇)养老照料中心): the
// name runs through the bracket, a class of bodies of those levels. A
// bracket of anything else (a byline, (记者 崔静), a note, a list's
// number) closes before the name that follows it, which opens there.
func levelsBracket(s string, i int) bool {
	// The list's marks, and the spaces and breaks of a wrapped line
	// (各县（市、\n区）委深改委).
	const bracketMarks = "、，, \u3000\n"
	_, w := utf8.DecodeLastRuneInString(s[:i])
	end := i - w
	k := end
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:k])
		if r == '（' || r == '(' {
			break
		}
		if !unicode.Is(unicode.Han, r) && !strings.ContainsRune(bracketMarks, r) {
			return false
		}
		k -= w
	}
	if k == 0 || k == end {
		return false
	}
	members := strings.FieldsFunc(s[k:end], func(r rune) bool { return strings.ContainsRune(bracketMarks, r) })
	g := lexicon.GenericPrefixes()
	for _, m := range members {
		// 街道(乡镇)养老照料中心: a word that ranks a level (乡镇) names its
		// bodies as a level word does.
		if !lexicon.Levels().Has(m) && !lexicon.Places().Has(m) && !(g.Has(m) && g.Label(m, 0) == "level") {
			return false
		}
	}
	return len(members) > 0
}

// alternativeClass reports whether the bracket that closes right before
// i, inside a word (村(居)民委员会: a Chinese character on either side of
// it), holds the other reading of the character before it, and either
// reading of the words to e is a class of bodies (村民委员会, 居民委员会:
// classOfBodies). A bracket so glued into a name prints two kinds of
// body at once, as 各县（市、区） prints levels (levelsBracket); the name
// after the bracket alone (民委员会) is a cut, no body.
func alternativeClass(s string, i, e int) bool {
	_, w := utf8.DecodeLastRuneInString(s[:i])
	end := i - w
	// The bracket's words are Chinese characters alone: (记者 崔静) is a
	// byline or a note, no other reading.
	open := end
	for hanBefore(s, open) {
		_, w := utf8.DecodeLastRuneInString(s[:open])
		open -= w
	}
	r, w := utf8.DecodeLastRuneInString(s[:open])
	if open == end || r != '（' && r != '(' || !hanBefore(s, open-w) {
		return false
	}
	alt, rest := s[open:end], s[i:e]
	before, _ := utf8.DecodeLastRuneInString(s[:open-w])
	return classOfBodies(string(before)+rest) || classOfBodies(alt+rest)
}
