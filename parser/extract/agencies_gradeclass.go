package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/numeral"
)

// dropGradedKinds drops a name that opens with 级 right after a grade's
// figure or letter: in 全国3A级婚姻登记处标准 the segmenter cut the grade
// inside it (3A|级婚姻登记处), and the name 级婚姻登记处 is the kind graded
// so, a class and the standard it names, no one body (GOLD.md: a generic
// class is not an agency). The grade is a figure (3, ３), a Latin letter
// of any width (A, Ｓ) or a Chinese numeral (三级); a name that opens
// with 级 after anything else is a place's own (级索镇…) and stays.
func dropGradedKinds(s string, cs []candidate) []candidate {
	return slices.DeleteFunc(cs, func(c candidate) bool {
		if !strings.HasPrefix(s[c.start:c.end], "级") {
			return false
		}
		r, _ := utf8.DecodeLastRuneInString(s[:c.start])
		return unicode.IsDigit(r) || unicode.Is(unicode.Latin, r) || numeral.IsChinese(r)
	})
}
