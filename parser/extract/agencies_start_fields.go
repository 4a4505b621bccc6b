package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// unitFieldsJoined reports whether the conjunction at [c, after) joins
// the two fields of work one unit is named after (社会救助和社会福利科,
// 基层政权和社区治理处: the 民政 system names a 科, 处 or 股 after the fields
// it serves, joined by 和), where the unit is named without its body
// after a list's mark or a clause's (调研员某某、社会救助和社会福利科干部某某).
// The ending is a department's of one character (处, 科, 股, 室, 司:
// labelled unit); the words before the conjunction, back to the mark, are
// two characters at the least, nouns, and hold no ending, no place or
// level, no class word and no person's name; the words after it, up to
// the ending at e, hold no place or level (a second body's name).
func unitFieldsJoined(s string, ts []segment.Token, c, after, e int, suffix string) bool {
	if utf8.RuneCountInString(suffix) != 1 || lexicon.AgencySuffixes().Label(suffix, 0) != "unit" {
		return false
	}
	_, ok := fieldsJoined(s, ts, c, after, e)
	return ok
}

// fieldsJoined reports whether the words before the conjunction at
// [c, after), back to a list's or a clause's mark at left, are the first
// of two fields of work a name joins (unitFieldsJoined, portfoliosJoined):
// two characters at the least, nouns, no ending, no place or level, no
// class word (a word that ranks by level before a field's word opens the
// field, 基层政权和社区建设科: fieldAfterLevel) and no person's name; and
// the words after it, up to the ending at e, hold no place or level.
func fieldsJoined(s string, ts []segment.Token, c, after, e int) (left int, ok bool) {
	left = wordsBack(s, c, true)
	if left >= c || left == 0 || !fieldsMarkBefore(s, left) {
		return left, false
	}
	w := s[left:c]
	if utf8.RuneCountInString(w) < 2 || agency.HasLocality(w) || agency.HasLocality(s[after:e]) || personNamed(w) {
		return left, false
	}
	if _, named := lexicon.AgencySuffixes().Suffix(w); named {
		return left, false // 财务科和|人事科: two units listed
	}
	if p, class := lexicon.GenericPrefixes().Prefix(w); class && !fieldAfterLevel(w, p) {
		return left, false // 各科室和…: a class
	}
	for k := tokenOver(ts, left+1); k >= 0 && k < len(ts) && ts[k].Start < c; k++ {
		if ts[k].Start < left || ts[k].End > c {
			return left, false // a word the conjunction's mark cuts across
		}
		switch ts[k].Tag {
		case "n", "vn", "nz", "an":
		default:
			return left, false // 加强监督和|…: a verb's words, no field
		}
	}
	return left, true
}

// fieldsMarkBefore reports whether a list's mark or a clause's ends at i.
func fieldsMarkBefore(s string, i int) bool {
	for _, m := range []string{"、", "，", ",", "；", ";", "：", ":", "。"} {
		if strings.HasSuffix(s[:i], m) {
			return true
		}
	}
	return false
}
