package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// An amount may be printed with the slash of a compound unit and no unit
// word of its own before the slash (城乡低保标准由450/月提高到666/月, 树葬
// 1800/个, 保障标准调整为780/·人): the slash reads 每 (《中华人民共和国法定
// 计量单位使用方法》, 1984: 除号的对应名称为“每”字), and the sum's own unit
// (元 of 元/月) is left off, as a list of standards prints it when the
// unit is plain. The amount's unit is the slash and what it divides by,
// as written (GOLD.md, quantities: the unit as written after the number):
// 450 /月, 1800 /个, 780 /·人. What it divides by is a measure word of the
// lexicon (units.tsv: 个, 人, 户, 年, 天, 平方米; no sum) or a period a sum is paid by
// (cue_words.tsv, perperiod: 月, 日, 季度), each after the product mark ·
// where the compound joins them (元/月·人, its 元/月 lost: /·人). Digits after
// the slash make a fraction or a date (1/4, 2023/07), no unit.

// slashUnitAt is the compound unit's slash and its divisors that start at
// k, or false.
func slashUnitAt(s string, k int) (string, bool) {
	var after string
	ok := false
	for _, slash := range perSlashes {
		if after, ok = strings.CutPrefix(s[k:], slash); ok {
			break
		}
	}
	if !ok {
		return "", false
	}
	e := len(s) - len(after)
	n := 0 // divisors read
	for {
		p := e
		if strings.HasPrefix(s[p:], productMark) {
			p += len(productMark)
		}
		d, ok := divisorAt(s, p)
		if !ok {
			break
		}
		e, n = p+len(d), n+1
	}
	if n == 0 {
		return "", false
	}
	return s[k:e], true
}

// divisorAt is the measure word or period a compound unit divides by that
// starts at p: written in characters (a unit in letters after a slash is a
// unit of its own, km/h, read by units.tsv whole).
func divisorAt(s string, p int) (string, bool) {
	if r, _ := utf8.DecodeRuneInString(s[p:]); p >= len(s) || !unicode.Is(unicode.Han, r) {
		return "", false
	}
	if w, ok := lexicon.CueWordList("perperiod").At(s, p); ok {
		return w, true
	}
	u, ok := unitAt(s, p)
	if !ok {
		return "", false
	}
	if lexicon.Units().Label(u, 0) == moneyMeasure {
		return "", false // 5/元: a sum divides by no sum
	}
	return u, true
}

// productMark is the middle dot that joins the factors of a compound unit
// (元/月·人, kW·h).
const productMark = "·"
