package chrono

import (
	_ "embed"
	"sort"
	"strings"

	"bulletin/parser/numeral"
	"bulletin/parser/punct"
)

// placeRel is the place of year_roles.tsv's relative years (今年, 去年).
const placeRel = "relative"

//go:embed year_roles.tsv
var yearRoleData string

type roleWord struct{ word, role string }

// yearRoleWords holds the words of year_roles.tsv by their place, the
// longest first where one word ends another (截至到 before 到).
var yearRoleWords = func() map[string][]roleWord {
	out := map[string][]roleWord{}
	for _, line := range strings.Split(yearRoleData, "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 3 || strings.HasPrefix(line, "#") {
			continue
		}
		out[f[1]] = append(out[f[1]], roleWord{f[0], strings.TrimSpace(f[2])})
	}
	for _, ws := range out {
		sort.SliceStable(ws, func(a, b int) bool { return len(ws[a].word) > len(ws[b].word) })
	}
	return out
}()

// roleTold is the role of year_roles.tsv's word before a year that takes
// the telling back to its subject's time (回到), no role of its own.
const roleTold = "told"

// yearRole is the role of the year written from byte i to j of s (j after
// its 年): that of a word before it, of a word after its month, day or
// part of the year, or of a word that closes its clause; "" when none
// gives it one.
// The words of the clause run to its end or the next figure or year, whose
// clause it is then: each stretch of the text is read once.
func yearRole(s string, i, j int) string {
	for _, w := range yearRoleWords["before"] {
		if hasSuffixBefore(s, i, w.word) {
			if w.role == roleTold {
				break // 时间回到2026年…: the time the text tells
			}
			return w.role
		}
	}
	if reviewedYear(s, i, j) { // 介绍了2023年…工作情况: reviewyear.go
		return roleReview
	}
	if role := coveredRole(s, j); role != "" { // 2022年度…年度检查: coveredyear.go
		return role
	}
	k := j
	for k < len(s) { // the month and day of a full date
		r, n := decodeAt(s, k)
		if !isDigitRune(r) && r != '月' && r != '日' && r != '号' {
			break
		}
		k += n
	}
	if role, ok := nextRole(s, k); ok {
		return role
	}
	for _, p := range yearParts { // a part of the year (2025年底前)
		if hasPrefixAt(s, k, p.word) {
			k += len(p.word)
			break
		}
	}
	if role, ok := nextRole(s, k); ok {
		return role
	}
	role, k, ok := clauseWord(s, k, "clause", func(r rune) bool { return isDigitRune(r) || r == '年' })
	if ok {
		return role
	}
	if k < len(s) && withMonth(s, j) {
		return sentenceRole(s, k)
	}
	return ""
}

// clauseWord walks a year's clause from byte k of s for a word of
// year_roles.tsv's place: the word's role, where it starts and true at the
// first one; else "", the byte where the clause ends and false. The
// clause ends at a mark of clauseEnds, at a rune stop reports (nil for
// none: another figure or year, whose clause it is then), or at the end of
// s. yearRole, coveredRole and reviewedYear read their places through it.
func clauseWord(s string, k int, place string, stop func(rune) bool) (string, int, bool) {
	for k < len(s) {
		for _, w := range yearRoleWords[place] {
			if hasPrefixAt(s, k, w.word) {
				return w.role, k, true
			}
		}
		r, n := decodeAt(s, k)
		if strings.ContainsRune(clauseEnds, r) || stop != nil && stop(r) {
			return "", k, false
		}
		k += n
	}
	return "", k, false
}

// withMonth reports whether the year ending at byte j of s is written
// with its month (2016年3月): the date of an event, which a span counted
// later in the sentence may reach back to. A year alone is the text's
// own more often (2024年，他已坚守岗位10年之久).
func withMonth(s string, j int) bool {
	k := j
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	return k > j && strings.HasPrefix(s[k:], "月")
}

// sentenceRole is the role a word of the place sentence gives a year
// whose sentence goes on from byte k of s: the years counted since it
// (…2016年3月走失，其家属已寻找他7年之久), up to the sentence's end or the
// next year written in figures, whose sentence it is then.
func sentenceRole(s string, k int) string {
	for k < len(s) {
		for _, w := range yearRoleWords["sentence"] {
			if hasPrefixAt(s, k, w.word) {
				return w.role
			}
		}
		r, n := decodeAt(s, k)
		if r == '\n' || strings.ContainsRune(punct.SentenceEnds, r) {
			return ""
		}
		if isDigitRune(r) {
			if y, _, ok := readYear(s, k); ok && PlausibleYear(y) {
				return ""
			}
		}
		k += n
	}
	return ""
}

// nextRole is the role of a word of the place next at byte k of s. A
// deadline's word before a number (前三季度, 前5个月) counts the first
// months of the year, and sets no deadline.
func nextRole(s string, k int) (string, bool) {
	for _, w := range yearRoleWords["next"] {
		if !hasPrefixAt(s, k, w.word) {
			continue
		}
		if w.role == "deadline" && startsNumber(s, k+len(w.word)) {
			return "", false
		}
		return w.role, true
	}
	return "", false
}

// startsNumber reports whether a number in digits or Chinese numerals
// starts at byte k of s.
func startsNumber(s string, k int) bool {
	if k >= len(s) {
		return false
	}
	r, _ := decodeAt(s, k)
	if isDigitRune(r) || r == '十' {
		return true
	}
	_, ok := numeral.Digit(r)
	return ok
}

// relativeAt reports whether a word that names a year by its relation to
// the text's own (今年, 去年) starts at byte k of s.
func relativeAt(s string, k int) bool {
	for _, w := range yearRoleWords[placeRel] {
		if hasPrefixAt(s, k, w.word) {
			return true
		}
	}
	return false
}
