package extract

import (
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/numeral"
)

// countedPercent reports whether the percentage whose digits are [i, j)
// follows a count in Chinese numerals and a measure word (四个100%,
// 两个100%): the slogan names how many rates are each to be met in full,
// and the rate is printed as an amount, in a quotation too. A percentage
// alone in a short quotation stays a formula's term (see quotedMeasure).
func countedPercent(s string, i, j int) bool {
	if u, ok := unitAt(s, j); !ok || u != "%" {
		return false
	}
	k := i
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:k])
		if numeral.IsChinese(r) {
			break
		}
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		k -= w
	}
	if k == 0 || k == i {
		return false
	}
	u, ok := unitAt(s, k)
	return ok && k+len(u) == i && lexicon.Units().Label(u, 0) == "count"
}
