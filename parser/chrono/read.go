package chrono

import (
	"bulletin/parser/punct"
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/numeral"
)

// The readers below each read one part of a date at byte offset i and
// return its value and the offset after it.

// readNumber reads 1 to max ASCII digits, or a Chinese numeral of up to
// maxCN runes (十九, 三十一).
func readNumber(s string, i, max, maxCN int) (int, int, bool) {
	j := i
	for j < len(s) && j-i < max && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j > i {
		if j < len(s) && s[j] >= '0' && s[j] <= '9' {
			return 0, i, false // longer than a day or month
		}
		v := 0
		for _, c := range s[i:j] {
			v = v*10 + int(c-'0')
		}
		return v, j, true
	}
	return numeral.ChineseAt(s, i, maxCN)
}

// readYear reads 2025年 or 二〇二五年.
func readYear(s string, i int) (int, int, bool) {
	if precededByDigit(s, i) {
		return 0, i, false
	}
	j := i
	for j < len(s) && j-i < 4 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	y := 0
	if j-i == 4 {
		for _, c := range s[i:j] {
			y = y*10 + int(c-'0')
		}
	} else {
		j = i
		for n := 0; n < 4; n++ {
			r, w := utf8.DecodeRuneInString(s[j:])
			d, ok := yearDigit(r)
			if !ok {
				return 0, i, false
			}
			y = y*10 + d
			j += w
		}
	}
	if !hasPrefixAt(s, j, "年") {
		return 0, i, false
	}
	return y, j + len("年"), true
}

// yearDigit reads a digit of a year written digit by digit (二〇二五), with
// the look-alikes typesetting and recognition put in their place: a circle
// or a letter O for 〇 (○ Ο О O 0), a dash for 一 (— ─).
func yearDigit(r rune) (int, bool) {
	switch r {
	case '两':
		return 0, false
	case 'Ο', 'О', 'O', 'o', '0', '０':
		return 0, true
	case '—', '─':
		return 1, true
	}
	return numeral.Digit(r)
}

// readMonth reads 6月, 12月, 六月, 十二月, 1月份 and 元月.
func readMonth(s string, i int) (int, int, bool) {
	if j, ok := readFirstMonth(s, i); ok {
		return 1, j, true
	}
	m, j, ok := readNumber(s, i, 2, 3)
	if !ok || !hasPrefixAt(s, j, "月") || m < 1 || m > 12 {
		return 0, i, false
	}
	return m, j + len("月"), true
}

// readFirstMonth reads 元月, the Gregorian first month (一月) as it is
// also written, but not after a number, where 元 is the currency (300元月均).
// 正月 and 腊月 are months of the lunar calendar, which shift each year:
// they name no Gregorian month and are not read.
func readFirstMonth(s string, i int) (int, bool) {
	if !hasPrefixAt(s, i, "元月") {
		return i, false
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && (r >= '0' && r <= '9' || numeral.IsChinese(r)) {
		return i, false
	}
	return i + len("元月"), true
}

// readDay reads 3日, 30号, 三十一日.
func readDay(s string, i int) (int, int, bool) {
	d, j, ok := readNumber(s, i, 2, 3)
	if !ok || d < 1 || d > 31 {
		return 0, i, false
	}
	switch {
	case hasPrefixAt(s, j, "日"):
		return d, j + len("日"), true
	case hasPrefixAt(s, j, "号") && !hasPrefixAt(s, j, "号文") && !hasPrefixAt(s, j, "号楼"):
		return d, j + len("号"), true
	}
	return 0, i, false
}

// readListedDay reads the first of days listed with 、 that share the 日
// closing the last (4月1、2、5日): a day, where the list of numbers runs on
// to the 日. It returns the day and where its number ends.
func readListedDay(s string, i int) (int, int, bool) {
	d, j, ok := readNumber(s, i, 2, 3)
	if !ok || d < 1 || d > 31 || !hasPrefixAt(s, j, "、") {
		return 0, i, false
	}
	for k := j; hasPrefixAt(s, k, "、"); {
		v, k2, ok := readNumber(s, k+len("、"), 2, 3)
		if !ok || v < 1 || v > 31 {
			return 0, i, false
		}
		if hasPrefixAt(s, k2, "日") {
			return d, j, true
		}
		k = k2
	}
	return 0, i, false
}

// precededByDigit reports whether the number at i continues one before it
// (12025年 holds no year 2025). A Chinese numeral only continues a Chinese
// one: 统一5月 starts a date.
func precededByDigit(s string, i int) bool {
	if i == 0 || i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	if r == '.' && (lineEnumerator(s[:i-1]) || runInEnumerator(s[:i-1])) {
		return false // 1.5月8日 opening a line or a run-in list item: 1. numbers it
	}
	if r >= '0' && r <= '9' || r == '.' {
		return true
	}
	if s[i] < 0x80 {
		return false
	}
	_, cn := numeral.Digit(r)
	return cn || r == '十'
}

// lineEnumerator reports whether s closes with the figures of a list's
// number that open its line (…\n1 before the . of 1.5月8日): one or two
// figures with nothing but white space before them on the line.
func lineEnumerator(s string) bool {
	k, ok := listNumberAt(s)
	if !ok {
		return false
	}
	// Only white space back to the line's start: walked back over it
	// alone, not the whole line (a flattened page is one line).
	before := strings.TrimRightFunc(s[:k], func(r rune) bool { return r != '\n' && unicode.IsSpace(r) })
	return before == "" || strings.HasSuffix(before, "\n")
}

// runInEnumerator reports whether s closes with the figures of a list's
// number run into its paragraph (…如下：1.2020年6月1日以后…；2.…): one or
// two figures after a colon, a semicolon or a full stop, white space
// between allowed. Official writing numbers the conditions of a run-in
// list so (GB/T 9704 counts 1. as the third level of a 公文's numbering),
// and a figure there opens the item, never a decimal.
func runInEnumerator(s string) bool {
	k, ok := listNumberAt(s)
	if !ok {
		return false
	}
	before := strings.TrimRight(s[:k], " \t\u3000")
	r, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune(runInMarks, r)
}

// listNumberAt is where the figures that close s begin, and whether they
// are one or two, as a list's number is.
func listNumberAt(s string) (int, bool) {
	k := len(s)
	for k > 0 && s[k-1] >= '0' && s[k-1] <= '9' {
		k--
	}
	n := len(s) - k
	return k, n > 0 && n <= 2
}

// runInMarks end the words before a run-in list's number.
const runInMarks = "：:；;。"

// readConnector reads a range connector (punct.RangeJoinAt): 至, 到, a
// dash once or doubled.
func readConnector(s string, i int) (int, bool) {
	if i >= len(s) {
		return i, false
	}
	if c := punct.RangeJoinAt(s, i); c != "" {
		return i + len(c), true
	}
	return i, false
}

// readOpenedConnector reads the connector between the two ends of a range
// of dates, with the 起 that may mark the opening end before it: a period
// is printed 自2021年1月1日起至12月31日止 (统计期限, 有效期, 公示期), and
// 起至 / 起到 join its ends as 至 does.
func readOpenedConnector(s string, i int) (int, bool) {
	if hasPrefixAt(s, i, "起") {
		for _, w := range punct.RangeWords {
			if hasPrefixAt(s, i+len("起"), w) {
				return i + len("起") + len(w), true
			}
		}
	}
	return readConnector(s, i)
}

// skipTimeOfDay steps over 上午, 下午, 晚上 … after a day.
func skipTimeOfDay(s string, i int) int {
	for _, w := range []string{"上午", "下午", "晚上", "早上", "中午", "凌晨", "傍晚", "晚"} {
		if hasPrefixAt(s, i, w) {
			return i + len(w)
		}
	}
	return i
}

// readDeadline reads 前, 之前 or 以前 that make a date a deadline (but not
// 前后, "around").
func readDeadline(s string, i int) (int, bool) {
	for _, w := range []string{"之前", "以前", "前"} {
		if hasPrefixAt(s, i, w) && !hasPrefixAt(s, i+len(w), "后") {
			return i + len(w), true
		}
	}
	return i, false
}

// readUntil reads 截至 and its variants before a date.
func readUntil(s string, i int) (int, bool) {
	for _, w := range []string{"截至到", "截止到", "截至", "截止"} {
		if hasPrefixAt(s, i, w) {
			return i + len(w), true
		}
	}
	return i, false
}
