package chrono

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// bareYearAt reads a year written in four figures without 年 at byte i of
// s, as the name of a yearly event or edition prints it before the place
// that holds it (2023北京某区养老集市活动, 2024上海某博览会): the name
// of a recurring event carries its year in front, in figures alone, as
// the 届 and 年度 names of exhibitions, fairs and games do. The year
// counts only right before a place of the gazetteer (GB/T 2260), and only
// as four figures that no other digit, letter or mark of a number touches
// (a phone number, a code, 2023.5, No.2023 are no year). It returns the
// year and the byte offset after its figures.
func bareYearAt(s string, i int) (int, int, bool) {
	j := i + 4
	if j > len(s) || precededByDigit(s, i) {
		return 0, i, false
	}
	y := 0
	for k := i; k < j; k++ {
		if !isDigitRune(rune(s[k])) {
			return 0, i, false
		}
		y = y*10 + int(s[k]-'0')
	}
	if !PlausibleYear(y) {
		return 0, i, false
	}
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if r < 0x80 && (isASCIIAlnum(r) || r == '-' || r == '/' || r == '_') {
			return 0, i, false
		}
		if strings.ContainsRune(countWords, r) {
			return 0, i, false // 约2000北京市民: a count of the people of a place
		}
	}
	if _, ok := lexicon.Places().At(s, j); !ok {
		return 0, i, false
	}
	return y, j, true
}

// countWords are the words of approximation and total that stand before a
// count (约, 近, 超, 逾, 共, 计, 达, 有, 余, 的), as 《现代汉语八百词》 gives 约 and
// 近 before a number: figures after them count, they name no year.
const countWords = "约近超逾共计达有余的"

func isASCIIAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// hasBareYear reports whether s holds a year bareYearAt reads: LineYear
// passes over a line with no 年 and none.
func hasBareYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if isDigitRune(rune(s[i])) {
			if _, _, ok := bareYearAt(s, i); ok {
				return true
			}
		}
	}
	return false
}
