package extract

import (
	"strings"
	"unicode/utf8"
)

// unitGiven reports whether name reads as a unit's word, not a surname and
// a given name: what follows the surname is two characters or more that
// each close a body's name or name a level (相|关|处室|负责人: 处 and 室, a
// class of offices), or a numeral of one character stands before one such
// character (研究|三室|副研究员: the third office, counted). A given name
// of two is no pair of bodies' endings (bodyGiven reads the endings the
// lexicon lists whole: 区|政协), and an office counted is named by its
// number, no one. Only the plain numerals of one to ten count: 伍 and 陆,
// their financial forms, and 万 are surnames too (陆|军).
func unitGiven(name string) bool {
	sur, ok := surnameAt(name, 0)
	if !ok || len(sur) >= len(name) {
		return false
	}
	given := name[len(sur):]
	if utf8.RuneCountInString(given) >= 2 && allBodyChars(given) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(name)
	return utf8.RuneCountInString(name) == 2 && strings.ContainsRune(unitOrdinals, r) && bodyChar(given)
}

// unitOrdinals are the numerals that count a body's offices (一室, 三处).
const unitOrdinals = "一二三四五六七八九十"
