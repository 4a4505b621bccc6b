package chrono

import (
	_ "embed"
	"strconv"
	"strings"
)

// englishRule reads a full date written in English in the order
// month, day, year (Nov 22, 2025; November 22, 2025; Nov. 22, 2025), as
// web pages print the date line under a headline. Only a date with its
// year is read: an English month and day alone is no date of the text.
type englishRule struct{}

func (englishRule) Name() string { return "english" }

func (englishRule) Starts(r rune) bool { return englishStarts[r] }

//go:embed months_en.tsv
var englishData string

// englishMonths maps each month name (months_en.tsv) to its number;
// englishStarts holds their first letters.
var englishMonths, englishStarts = func() (map[string]int, map[rune]bool) {
	names, firsts := map[string]int{}, map[rune]bool{}
	for _, line := range strings.Split(englishData, "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 || strings.HasPrefix(line, "#") {
			continue
		}
		if m, err := strconv.Atoi(strings.TrimSpace(f[1])); err == nil && f[0] != "" {
			names[f[0]] = m
			firsts[rune(f[0][0])] = true
		}
	}
	return names, firsts
}()

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func (englishRule) Match(s string, i int, ref Ref) (Expr, bool) {
	e := Expr{Rule: "english", Kind: Day, YearFrom: "text"}
	if i > 0 && isASCIILetter(s[i-1]) {
		return e, false // inside a word
	}
	j := i
	for j < len(s) && isASCIILetter(s[j]) {
		j++
	}
	m, ok := englishMonths[s[i:j]]
	if !ok {
		return e, false
	}
	if j < len(s) && s[j] == '.' {
		j++ // Nov. 22
	}
	k := skipSpaces(s, j)
	if k == j {
		return e, false
	}
	d, k2, ok := readDigits(s, k, 1, 2)
	if !ok {
		return e, false
	}
	if k2 < len(s) && s[k2] == ',' {
		k2++
	}
	k3 := skipSpaces(s, k2)
	if k3 == k2 {
		return e, false
	}
	y, end, ok := readDigits(s, k3, 4, 4)
	if !ok || !PlausibleYear(y) || !ValidDay(y, m, d) || end < len(s) && isDigitRune(rune(s[end])) {
		return e, false
	}
	e.Value = isoDay(y, m, d)
	e.From, e.To = e.Value, e.Value
	e.End = end
	return e, true
}

// skipSpaces steps over ASCII spaces and tabs.
func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}
