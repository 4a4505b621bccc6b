package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// measureOfFigure moves the start past the measure of a number before a
// name (366号|成都市民政局, 2020年|政府, 2023年|我局…): a unit or a date's,
// a serial's or a room's mark is the figure's, none of the name.
type measureOfFigure struct{}

func (measureOfFigure) open(r *startReading) bool {
	s, i := r.s, r.i
	if _, place := lexicon.Places().At(s, i); i > 0 && figureAt(s, i-1) && !place && measureAt(s, i) {
		_, w := utf8.DecodeRuneInString(s[i:])
		r.i += w
	}
	// 年度 (2022年度|城乡…, 2022度 with its 年 lost): the year's 度 opens
	// no name.
	if i = r.i; strings.HasPrefix(s[i:], "度") && (strings.HasSuffix(s[:i], "年") || i > 0 && figureAt(s, i-1)) {
		r.i += len("度")
	}
	return true
}

// measureAt reports whether the character at i measures the figure
// before it (366号, 2020年, 3个, 406室): a unit, or a date's, a serial's
// or a room's mark.
// A name glued to a file's or a list's number (71民政部办公厅…) keeps its
// first character.
func measureAt(s string, i int) bool {
	if _, ok := lexicon.Units().At(s, i); ok {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	// 室, 楼, 层: a room's or a floor's number in an address (18号406室|
	// 社会事务科), no part of the unit that sits there; 页, a page's
	// number in a page counter (第1页共2页|市民政局…), none of the name.
	return strings.ContainsRune("年月日号期届室楼层页", r)
}
