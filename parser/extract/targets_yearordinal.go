package extract

import (
	"strings"

	"bulletin/parser/numeral"
)

// yearOrdinal reports whether an ordinal follows the year that ends at end
// (2025年|第一期培训班, 2024年第二批): the year numbers an event of a series
// within it, a word of the noun phrase the ordinal opens, and sets no time
// for the clause, as a year that opens one does (2025年，…); nor is it the
// term of a plan told after it.
func yearOrdinal(s string, end int) bool {
	rest := strings.TrimPrefix(s[end:], "度") // 2025年度第一期
	_, _, _, ok := numeral.Ordinal(rest)
	return ok
}
