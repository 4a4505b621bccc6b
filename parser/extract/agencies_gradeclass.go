package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// dropGradedKinds drops a name that opens with 级 right after a grade's
// figure or letter (全国3A级|婚姻登记处标准, 5星级|养老机构): the segmenter
// cut the grade (3A级) inside, and what follows it is the kind graded so, a
// class and the standard it names, no one body (GOLD.md: a generic class
// is not an agency).
func dropGradedKinds(s string, cs []candidate) []candidate {
	return slices.DeleteFunc(cs, func(c candidate) bool {
		name := s[c.start:c.end]
		if !strings.HasPrefix(name, "级") && !strings.HasPrefix(name, "星级") {
			return false
		}
		r, _ := utf8.DecodeLastRuneInString(s[:c.start])
		return r < utf8.RuneSelf && (unicode.IsDigit(r) || unicode.IsLetter(r)) || unicode.IsDigit(r) || strings.ContainsRune("ＡＢＣ一二三四五六七八九", r)
	})
}
