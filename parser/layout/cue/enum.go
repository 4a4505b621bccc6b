package cue

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/chrono"
	"bulletin/parser/lexicon"
	"bulletin/parser/numeral"
)

// Enum is a kind of enumerator that numbers headings and paragraphs, in
// the order of rank documents nest them in: 第一章 over 第一条 over 01 over 一、 over
// （一） over 1、 or 1. over （1） over ①.
type Enum uint8

const (
	NoEnum   Enum = iota
	Chapter       // 第一章, 第一部分
	Article       // 第一条, as rules and 办法 number their articles
	Padded        // 01 02: a part's number with a zero before it, as public-account articles number their parts
	CnComma       // 一、
	CnParen       // （一）
	NumComma      // 1、 1. 1．
	NumParen      // （1）
	Circled       // ①
)

// paddedPart reports whether s opens with a part's number printed with a
// zero before it (01 to 09), then Chinese words
// that open with no unit (05 人, a spaced-out count, and 03 月 05 日, a
// spaced-out date, are figures).
func paddedPart(s string) bool {
	if len(s) < 3 || s[0] != '0' || s[1] < '1' || s[1] > '9' {
		return false
	}
	// The white space after it is gone from a line's squeezed words (Sq),
	// which cues read, so it is not asked for.
	rest := strings.TrimLeft(s[2:], " \u3000\t")
	r, _ := utf8.DecodeRuneInString(rest)
	if !IsHan(r) {
		return false
	}
	if _, unit := lexicon.Units().Prefix(rest); unit {
		return false
	}
	// The figure and the character after it make a date's part (03月).
	_, dated := chrono.Starting(s[:2]+string(r), 0, chrono.Ref{})
	return !dated
}

// citesArticle reports whether rest, the words after 第N条, go on citing
// the article rather than opening its text: its 款 or 项 (第二十条第(一)项),
// what it provides (第三条规定的情形), a possessive.
func citesArticle(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune("第款项之的中和及至、", r) || strings.HasPrefix(rest, "规定")
}

// Enumerator reads the enumerator that opens s: its kind, its value and
// the byte offset where the text after it starts. An article's number
// opens a line only where text follows it (第三条 alone is a reference).
func Enumerator(s string) (kind Enum, value, end int) {
	r, n := utf8.DecodeRuneInString(s)
	switch {
	case r == '第':
		v, k := cnNumber(s, n)
		if k > n && k < len(s) {
			for _, w := range []string{"章", "部分", "编", "节"} {
				if strings.HasPrefix(s[k:], w) {
					return Chapter, v, k + len(w)
				}
			}
			// A rule's article (第三条 下列募捐行为…): its 款 and 项 ((一)
			// (二)) nest under it.
			if e := k + len("条"); strings.HasPrefix(s[k:], "条") && e < len(s) && !citesArticle(s[e:]) {
				return Article, v, e
			}
		}
	case r == '（' || r == '(':
		if v, k := cnNumber(s, n); k > n {
			if c, m := utf8.DecodeRuneInString(s[k:]); c == '）' || c == ')' {
				return CnParen, v, k + m
			}
		}
		if v, k := digits(s, n); k > n {
			if c, m := utf8.DecodeRuneInString(s[k:]); c == '）' || c == ')' {
				return NumParen, v, k + m
			}
		}
	case r >= '①' && r <= '⑳':
		return Circled, int(r-'①') + 1, n
	case r == '0' && paddedPart(s):
		return Padded, int(s[1] - '0'), len(s) - len(strings.TrimLeft(s[2:], " \u3000\t"))
	case r >= '0' && r <= '9':
		v, k := digits(s, 0)
		if k < len(s) {
			c, m := utf8.DecodeRuneInString(s[k:])
			switch {
			case c == '、' || c == '．':
				return NumComma, v, k + m
			case c == '.':
				// 1.5万 is a number and 26.com an address, not enumerators:
				// no digit or Latin letter may follow.
				if d, _ := utf8.DecodeRuneInString(s[k+m:]); k+m < len(s) && !(d < 0x80 && (unicode.IsDigit(d) || unicode.IsLetter(d))) {
					return NumComma, v, k + m
				}
			}
		}
	case r == '、' && n < len(s):
		// No line opens with 、 in Chinese type: a numeral before it was
		// lost (、踏实工作, where the page printed 一、 in another font).
		return CnComma, 0, n
	default:
		if v, k := cnNumber(s, 0); k > 0 {
			// A copy that doubles its punctuation sets a comma before the
			// 、 (一,、), as it sets ,, for a comma in the same text.
			for _, mark := range []string{"、", ",、", "，、"} {
				if strings.HasPrefix(s[k:], mark) {
					return CnComma, v, k + len(mark)
				}
			}
		}
	}
	return NoEnum, 0, 0
}

// StripEnumerator removes the enumerator that opens s and the marks after it.
func StripEnumerator(s string) string {
	if k, _, end := Enumerator(s); k != NoEnum {
		return strings.TrimLeft(s[end:], " 　、.．")
	}
	return s
}

// cnNumber reads a Chinese numeral of at most three runes at byte i (一,
// 十二, 二十三) and returns its value and end; end is i when there is none.
func cnNumber(s string, i int) (int, int) {
	v, k, _ := numeral.ChineseAt(s, i, 3)
	return v, k
}

// digits reads one or two ASCII digits at byte i: list numbers run to 99.
func digits(s string, i int) (int, int) {
	k := i
	for k < len(s) && k-i < 3 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == i || k-i > 2 {
		return 0, i
	}
	v := 0
	for _, c := range s[i:k] {
		v = v*10 + int(c-'0')
	}
	return v, k
}

// inlineEnumerator reports whether s opens with an enumerator written into
// running text: 一是, 二要, 首先, 其次.
func inlineEnumerator(s string) bool {
	if v, k := cnNumber(s, 0); k > 0 && v > 0 {
		r, _ := utf8.DecodeRuneInString(s[k:])
		return r == '是' || r == '要'
	}
	for _, w := range []string{"首先", "其次", "再次", "最后"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
