package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/numeral"
)

// countedDivisions finds no body in a name whose words count the divisions
// they belong to (且末、民丰两县|人民政府, 两地州|民政局, 三县|民政局):
// a Chinese numeral right before a level word (两县, 三镇, 两地州: 地州 the
// 地区 and 自治州 of a province counted as one) makes the level a plural or
// any one of a class, "the two counties", as written Chinese counts the
// places it has just listed, and a body of a plural is a class (GOLD.md:
// plurals are not agencies), none of the counties' bodies named alone. A
// numeral inside a division's name of the gazetteer (两当县, 三都镇, 六安市)
// is the name's, no count.
type countedDivisions struct{}

func (countedDivisions) open(r *startReading) bool {
	return !divisionsCounted(r.s, r.i, r.j())
}

// divisionsCounted reports whether the words [i, j) of a name count the
// divisions they belong to (两县, 两地州, 三镇), outside a division's name of
// the gazetteer. A list's later member is read so too (coordMember).
func divisionsCounted(s string, i, j int) bool {
	for k := i; k < j; {
		_, w := utf8.DecodeRuneInString(s[k:])
		r, _ := utf8.DecodeRuneInString(s[k:])
		if _, p, ok := numeral.ChineseAt(s, k, 2); ok && strings.ContainsRune(countNumerals, r) && p < j && countedLevelAt(s, p) && !strings.HasSuffix(s[:k], "第") && !placeOver(s, i, k) {
			return true
		}
		k += w
	}
	return false
}

// countNumerals are the numerals that count divisions (两县, 三镇, 十县):
// the everyday forms alone, from 二 on. 一 opens the names of villages and
// towns (一村, 一镇 of a place's numbered parts), and the financial forms
// (陆, 叁) are the characters of places' names (郑陆镇) more often than
// counts in running text.
const countNumerals = "二两三四五六七八九十"

// countedLevelAt reports whether a level word a division opens with (县,
// 市, 镇; the levels labelled opens) or 地州 stands at p.
func countedLevelAt(s string, p int) bool {
	if strings.HasPrefix(s[p:], "地州") {
		return true
	}
	w, _, ok := agency.LevelAt(s, p)
	return ok && lexicon.Levels().Label(w, 1) == "opens"
}

// placeOver reports whether a division's name of the gazetteer that opens
// at lo or after covers the character at k.
func placeOver(s string, lo, k int) bool {
	for st := lo; st <= k; {
		if place, ok := lexicon.Places().At(s, st); ok && st+len(place) > k {
			return true
		}
		_, w := utf8.DecodeRuneInString(s[st:])
		st += w
	}
	return false
}
