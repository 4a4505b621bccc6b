package chrono

import "unicode/utf8"

// yearPartRule reads parts of a year, which name no month: 年底, 2022年底,
// 今年年初, 上半年, 一季度, 第四季度, and their deadlines (2021年底前).
// Windows by convention: 年初 January–February, 年中 June–July, 年底 and
// 年末 December; halves and quarters are exact.
type yearPartRule struct{}

func (yearPartRule) Name() string { return "year-part" }

func (yearPartRule) Starts(r rune) bool {
	return isNumeralStart(r) || isRelativeYear(r) || r == '年' || r == '下' || r == '全' || r == '第'
}

// yearParts lists the words, and which months each covers. A word that
// starts with 年 follows no year or a relative one (年底, 今年年底); a bare 底,
// 末 or 初 only follows a year (2022年底, 今年底).
var yearParts = []struct {
	word       string
	fromM, toM int
	fuzzy      bool
}{
	{"年底", 12, 12, true}, {"年末", 12, 12, true}, {"年初", 1, 2, true}, {"年中", 6, 7, true},
	{"底", 12, 12, true}, {"末", 12, 12, true}, {"初", 1, 2, true},
	{"上半年", 1, 6, false}, {"下半年", 7, 12, false}, {"全年", 1, 12, false},
	{"第一季度", 1, 3, false}, {"第二季度", 4, 6, false}, {"第三季度", 7, 9, false}, {"第四季度", 10, 12, false},
	{"一季度", 1, 3, false}, {"二季度", 4, 6, false}, {"三季度", 7, 9, false}, {"四季度", 10, 12, false},
}

func (yearPartRule) Match(s string, i int, ref Ref) (Expr, bool) {
	e := Expr{Rule: "year-part", Kind: Period}
	year, j := 0, i
	if y, k, ok := readYear(s, i); ok && PlausibleYear(y) {
		year, j, e.YearFrom = y, k, "text"
	} else if isDigitRune(rune(s[i])) {
		return e, false // digits open only a year: no word here starts with one
	} else {
		for _, ry := range relativeYears {
			if hasPrefixAt(s, i, ry.word) {
				j, e.YearFrom = i+len(ry.word), "reference"
				if ref.Year > 0 {
					year = ref.Year + ry.delta
				}
				break
			}
		}
	}
	if j == i && precededByYearish(s, i) {
		return e, false // 2025年底 and 今年底 are read from their year
	}
	for _, p := range yearParts {
		bare := len(p.word) == len("底")
		startsWithYear := hasPrefixAt(p.word, 0, "年")
		switch {
		case bare && j == i:
			continue
		case startsWithYear && e.YearFrom == "text":
			continue
		}
		if !hasPrefixAt(s, j, p.word) {
			continue
		}
		if j == i {
			year, e.YearFrom = ref.Year, "reference"
			if ref.Year == 0 {
				e.YearFrom = ""
			}
		}
		k := j + len(p.word)
		e.Fuzzy = p.fuzzy
		if year > 0 {
			e.From, e.To = monthStart(year, p.fromM), monthEnd(year, p.toM)
		}
		if k2, ok := readDeadline(s, k); ok {
			k, e.Relation, e.From = k2, Before, ""
		}
		e.End = k
		return e, true
	}
	return e, false
}

// precededByYearish reports whether a year (2025年, 今年) stands just before i.
func precededByYearish(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r == '年' || r == '今' || r == '明' || r == '去' || r == '本' || r == '当'
}
