// Package numeral reads numbers as Chinese documents write them: Arabic
// digits with decimals and thousands separators, Chinese numerals
// (四千四百一十六, 两, 十余, 〇), digit-by-digit years (二〇二五), and the
// 万 and 亿 multipliers.
package numeral

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Digit reports the value of a Chinese digit (and its financial form); ○
// is the circle some typesetters print for 〇. A switch, not a map: it runs
// on every character of every text.
func Digit(r rune) (int, bool) {
	switch r {
	case '〇', '零', '○':
		return 0, true
	case '一', '壹':
		return 1, true
	case '二', '两', '贰':
		return 2, true
	case '三', '叁':
		return 3, true
	case '四', '肆':
		return 4, true
	case '五', '伍':
		return 5, true
	case '六', '陆':
		return 6, true
	case '七', '柒':
		return 7, true
	case '八', '捌':
		return 8, true
	case '九', '玖':
		return 9, true
	}
	return 0, false
}

var smallUnits = map[rune]int{'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000}

// IsChinese reports whether r can be part of a Chinese numeral. A bit
// lookup: scans ask it of every character.
func IsChinese(r rune) bool {
	return r >= '○' && r < 1<<16 && numeralRunes[r/64]&(1<<(r%64)) != 0
}

// numeralRunes holds the digits Digit reads and the units 十 … 亿.
var numeralRunes = func() (set [1 << 16 / 64]uint64) {
	for _, r := range "〇零○一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿" {
		set[r/64] |= 1 << (r % 64)
	}
	return set
}()

// Financial reports whether r is a financial numeral (大写数字: 壹 … 玖, 拾,
// 佰, 仟), the forms that amounts of money are written in so that they
// cannot be altered (人民币陆仟元整).
func Financial(r rune) bool {
	switch r {
	case '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖', '拾', '佰', '仟':
		return true
	}
	return false
}

// StrayFinancial reports whether the run of numeral characters that holds
// [i, j) of s is a financial numeral standing alone inside a word (下陆,
// 陆地, 大陆, 伍家岗, 拾金不昧), not a number. The financial forms are the
// ordinary characters 陆, 伍, 拾 … of names and words: they write a number
// only where they are written as an amount, in a run of such numerals
// (陆仟, 壹万, 零陆) or with the currency after them (陆元). 零, 万 and 亿 are
// shared by both writings and count toward the run.
func StrayFinancial(s string, i, j int) bool {
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if !IsChinese(r) {
			break
		}
		i -= w
	}
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !IsChinese(r) {
			break
		}
		j += w
	}
	financial, written := false, 0
	for _, r := range s[i:j] {
		switch {
		case Financial(r):
			financial = true
			written++
		case r == '零' || r == '万' || r == '亿':
			written++
		}
	}
	if !financial || written >= 2 {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[j:])
	return next != '元' && next != '圆'
}

// Chinese parses a Chinese numeral such as 四千四百一十六, 十二, 两万,
// 一百零五 or 二〇二五 (read digit by digit when it has no 十/百/千).
func Chinese(s string) (float64, bool) {
	if s == "" {
		return 0, false
	}
	rs := []rune(s)
	positional := true
	for _, r := range rs {
		if _, ok := Digit(r); !ok {
			positional = false
			break
		}
	}
	if positional {
		v := 0
		for _, r := range rs {
			d, _ := Digit(r)
			v = v*10 + d
		}
		return float64(v), true
	}
	var total, section, cur float64
	seen := false
	place := 0.0 // the unit the last digit follows (百 of 三百五), or 0
	for _, r := range rs {
		switch {
		case r == '亿':
			total = (total + section + cur) * 1e8
			section, cur, place = 0, 0, 1e8
		case r == '万':
			section = (section + cur) * 1e4
			total += section
			section, cur, place = 0, 0, 1e4
		default:
			if d, ok := Digit(r); ok {
				if d == 0 {
					place = 0 // 一百零五: the digit after 零 is the ones
				}
				cur = float64(d)
				seen = true
				continue
			}
			u, ok := smallUnits[r]
			if !ok {
				return 0, false
			}
			if cur == 0 && !seen {
				cur = 1 // 十二 = 12
			}
			section += cur * float64(u)
			cur, place = 0, float64(u)
			seen = true
		}
	}
	return total + section + abbreviatedPlace(cur, place), true
}

// abbreviatedPlace is the value of the digit d that closes a numeral
// right after the unit place (百, 千, 万, 亿): the place below the unit, its
// zeros left unwritten (三百五 = 350, 百九 = 190, 一千二 = 1200, 两万三 =
// 23000), as spoken and printed Chinese abbreviates them; a digit after
// 十 or after 零 is the ones (十五, 一百零五).
func abbreviatedPlace(d, place float64) float64 {
	if place < 100 {
		return d
	}
	return d * place / 10
}

// ChineseAt reads a Chinese numeral of at most max runes at byte i of s
// (一, 十二, 三十一, 二〇二五): its value and where it ends.
func ChineseAt(s string, i, max int) (value, end int, ok bool) {
	k, n := i, 0
	for k < len(s) && n < max {
		r, w := utf8.DecodeRuneInString(s[k:])
		if _, ok := Digit(r); !ok && r != '十' {
			break
		}
		k += w
		n++
	}
	if k == i {
		return 0, i, false
	}
	v, ok := Chinese(s[i:k])
	if !ok {
		return 0, i, false
	}
	return int(v), k, true
}

// Arabic parses digits with an optional decimal part and thousands
// separators: 4,416 and 1.1 and 12.73.
func Arabic(s string) (float64, bool) {
	s = strings.ReplaceAll(s, ",", "")
	s = strings.ReplaceAll(s, "，", "")
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// Multiplier is the value of 万 or 亿 (and 万亿, 千万), or 1.
func Multiplier(s string) float64 { return math.Pow10(Exponent(s)) }

// multipliers are the words that scale a number written before them,
// longest first (千万 before 万).
var multipliers = []string{"千万", "百万", "万亿", "亿", "万"}

// MultiplierAt is the multiplier (万, 亿, 千万 …) that starts at byte k of
// s, or "".
func MultiplierAt(s string, k int) string {
	for _, m := range multipliers {
		if strings.HasPrefix(s[k:], m) {
			return m
		}
	}
	return ""
}

// CutMultiplier splits a Chinese numeral into its number and the
// multiplier that closes it (两万 → 两, 万); a multiplier alone is a number.
func CutMultiplier(num string) (string, string) {
	for _, m := range multipliers {
		if strings.HasSuffix(num, m) && len(num) > len(m) {
			return strings.TrimSuffix(num, m), m
		}
	}
	return num, ""
}

// Exponent is the power of ten of a multiplier: 4 for 万, 8 for 亿, 12
// for 万亿, 7 for 千万; 0 for anything else.
func Exponent(s string) int {
	e := 0
	for _, r := range s {
		switch r {
		case '万':
			e += 4
		case '亿':
			e += 8
		case '千':
			e += 3
		case '百':
			e += 2
		}
	}
	return e
}

// ArabicTimes parses Arabic digits scaled by a multiplier in decimal, so
// that 104.04 and 万 give 1040400 exactly, where 104.04 × 10000 in binary
// floating point gives 1040400.0000000001.
func ArabicTimes(s, multiplier string) (float64, bool) {
	s = strings.ReplaceAll(s, ",", "")
	s = strings.ReplaceAll(s, "，", "")
	if s == "" || strings.Trim(s, "0123456789.") != "" {
		return 0, false // only digits: ParseFloat would also read 1e5, 0x1p3, Inf
	}
	v, err := strconv.ParseFloat(s+"e"+strconv.Itoa(Exponent(multiplier)), 64)
	return v, err == nil
}

// Parse reads an Arabic or Chinese numeral.
func Parse(s string) (float64, bool) {
	if v, ok := Arabic(s); ok {
		return v, true
	}
	return Chinese(s)
}

// Ordinal reads an ordinal label that opens s (第一组, 第2批, 第三名): 第, a
// number and its measure word. It labels a row or a group (a table's key,
// no part of the name after it). It gives the number, the measure word and
// where the label ends.
func Ordinal(s string) (value int, measure string, end int, ok bool) {
	if !strings.HasPrefix(s, "第") {
		return 0, "", 0, false
	}
	n := len("第")
	v, k, ok := ChineseAt(s, n, 3)
	if !ok {
		for k = n; k < len(s) && k-n < 3 && s[k] >= '0' && s[k] <= '9'; k++ {
			v = v*10 + int(s[k]-'0')
		}
	}
	if k == n || k >= len(s) {
		return 0, "", 0, false
	}
	r, m := utf8.DecodeRuneInString(s[k:])
	if _, digit := Digit(r); !unicode.Is(unicode.Han, r) || digit || r == '十' {
		return 0, "", 0, false
	}
	return v, s[k : k+m], k + m, true
}
