package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// stationTail is the bare word a passage names a station, a home or a
// local office by after its full name (金口街社工站 … 活动当天,社工站在…;
// 福州市救助管理站 … 民政局和救助管理站): the name ends with a station word
// (lexicon.StationWords) after two characters or more of its own, so the
// word alone later in the passage refers to that one body (GOLD.md: a
// unit that names one body in context is an agency).
func stationTail(name string) (string, bool) {
	w, ok := lexicon.StationWords().Suffix(name)
	if !ok || utf8.RuneCountInString(name)-utf8.RuneCountInString(w) < 2 {
		return "", false
	}
	return w, true
}

// classAgain reports whether the short form at j..k stands for the class
// of such bodies, not the one named: after a word of every or each or a
// count (各社工站, 每个福利院, 6个 社工站), or before a bracket giving
// another kind beside it (社工站(室)主要开展…: the stations and rooms).
func classAgain(s string, j, k int) bool {
	return everyBefore(s, j) || strings.HasPrefix(s[k:], "(") || strings.HasPrefix(s[k:], "（")
}

// everyBefore reports whether the word at j follows a word that makes a
// class of what follows (classBefore: generic_prefixes.txt 各, 每, 所有,
// 每个) or a count.
func everyBefore(s string, j int) bool {
	if classBefore(s, j) {
		return true
	}
	k := strings.TrimRight(s[:j], " \u3000")
	r, n := utf8.DecodeLastRuneInString(k)
	if !strings.ContainsRune("个家所座", r) {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(k[:len(k)-n])
	return unicode.IsDigit(p) || strings.ContainsRune("一二两三四五六七八九十百几多数每各", p)
}
