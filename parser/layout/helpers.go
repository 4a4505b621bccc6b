package layout

import (
	"bulletin/parser/numeral"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/layout/cue"
)

func closingPhrases() []string { return cue.ClosingPhrases() }

func decodeRune(s string, i int) (rune, int) { return utf8.DecodeRuneInString(s[i:]) }

// isSentenceEnd reports whether s ends a sentence, white space aside.
func isSentenceEnd(s string) bool {
	return cue.IsTerminal(cue.LastRune(strings.TrimRightFunc(s, unicode.IsSpace)))
}

func slicesSortUnique(xs *[]int) {
	slices.Sort(*xs)
	*xs = slices.Compact(*xs)
}

func sscanISO(s string, y, m, d *int) (int, error) {
	return fmt.Sscanf(s, "%d-%d-%d", y, m, d)
}

func chineseNumber(s string) (string, bool) {
	v, ok := numeral.Chinese(s)
	if !ok {
		return "", false
	}
	return strconv.Itoa(int(v)), true
}
