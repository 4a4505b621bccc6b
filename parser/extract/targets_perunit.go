package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// A sum printed with a slash and a measure after its unit (200元/次, 800元/
// 平方米, 700元/具) is a sum per unit: the slash of a compound unit reads 每
// (《中华人民共和国法定计量单位使用方法》, 1984: 除号的对应名称为“每”字, 千米/
// 小时 reads 千米每小时), so 不超过200元/次 says what 每次不超过200元 does. A ceiling on such
// a sum (不超过, 不高于, 不得超过 …) is a price cap, the 最高限价 a price
// authority sets as a standard of charge (《价格法》 §18, the 政府指导价 of
// a 收费标准 list), or the most a scheme pays per unit (资助不超过5万元/个):
// a rate things are charged or paid at, no level a plan sets out to reach,
// as a bound after 每 or 按 is none (cue_words.tsv, portion and rate). A
// word of demand still makes it one (requiredBound), and a floor on a sum
// per unit (救助标准不低于600元/月) stays the level a benefit must reach;
// counts and times per unit (不超过5人/批, 30分钟/次) are a notice's norms
// (targets_norm.go) and are not read here.

// perUnitCeiling reports whether the number at r, bounded by the comparator
// c, is a ceiling on a sum per unit: a unit of money (units.tsv, money),
// then a slash and a measure written in characters.
func perUnitCeiling(s string, r byteRange, unit, c string) bool {
	if lexicon.Units().Label(unit, 0) != moneyMeasure || lexicon.Qualifiers().Label(c, 1) != "at_most" {
		return false
	}
	rest := s[r.End:]
	for _, slash := range perSlashes {
		if after, ok := strings.CutPrefix(rest, slash); ok {
			m, _ := utf8.DecodeRuneInString(after)
			return unicode.Is(unicode.Han, m)
		}
	}
	return false
}

// moneyMeasure labels, in units.tsv, the units of a sum of money (元, 万元).
const moneyMeasure = "money"

// perSlashes are the slashes of a compound unit, half and full width.
var perSlashes = []string{"/", "／"}
