package extract

import "unicode"

// figureInside reports whether s holds a digit: a body's name holds no
// figure, so an ending after a cited title's year (《某中心2018年度部门
// 决算》: 部 of 部门) closes no name that opens the title.
func figureInside(s string) bool {
	for _, r := range s {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
