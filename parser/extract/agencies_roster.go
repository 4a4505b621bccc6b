package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/span"
)

// rosterGap reports whether the gap at byte i of t parts a person's name
// from the unit printed after it in a roster line (组长：郭鹏逸 市民政局
// 副局长, 李 鹏 市民政局救灾科科长): a list of a group's members prints
// each as <name> <unit><title>, the name first, after the line's start or
// its label's colon, and pads a two-character name with a space to the
// width of a three-character one (李 鹏). Such a line has more spaces than
// marks, so the spaces are no bound of a strewn line's words there
// (wordGap); yet the unit begins after the name. The words before the gap
// are two or three characters that open with a surname and name no place;
// the words after it open with a place or a level.
func rosterGap(t span.Text, i int) bool {
	s := t.String()
	if !agency.HasLocality(s[i:]) {
		return false
	}
	from := i
	n := 0
	for from > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:from])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		n++
		from -= w
		if n > 3 {
			return false
		}
	}
	if n < 2 {
		return false
	}
	if from > 0 && !strings.HasSuffix(s[:from], "\n") && !strings.HasSuffix(s[:from], ":") && !strings.HasSuffix(s[:from], "：") && !lineStartAt(t, from) {
		return false
	}
	name := s[from:i]
	if _, ok := lexicon.Surnames().At(name, 0); !ok {
		return false
	}
	if _, ok := lexicon.Places().At(name, 0); ok || agency.HasLocality(name) {
		return false
	}
	// The gaps inside the name pad it (李 鹏); one gap at the most.
	gaps := 0
	for k := from + 1; k < i; k++ {
		if t.HasGapAt(k) {
			gaps++
		}
	}
	return gaps <= 1
}

// lineStartAt reports whether a source line of t starts at byte i.
func lineStartAt(t span.Text, i int) bool {
	for _, b := range t.Breaks() {
		if b == i {
			return true
		}
	}
	return false
}
