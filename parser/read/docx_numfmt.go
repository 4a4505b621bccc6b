package read

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// docxFormatNumber writes n in one of Word's number formats (w:numFmt), as
// Word prints it in a list label. A format Word names but that is not
// written here comes out in decimal, as does a number outside the range a
// format has (Roman numerals stop at 3999, letters at Word's 780, the
// enclosed numbers at 20).
func docxFormatNumber(n int, format string) string {
	if n <= 0 && format != "decimalZero" {
		if format == "none" {
			return ""
		}
		return strconv.Itoa(n)
	}
	switch format {
	case "none":
		return ""
	case "decimalZero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "upperRoman", "lowerRoman":
		if n < 4000 {
			s := docxRoman(n)
			if format == "lowerRoman" {
				s = strings.ToLower(s)
			}
			return s
		}
	case "upperLetter", "lowerLetter":
		// A, B, … Z, AA, BB, … ZZ, AAA: the letter repeated.
		if n <= 780 {
			base := 'A'
			if format == "lowerLetter" {
				base = 'a'
			}
			return strings.Repeat(string(base+rune((n-1)%26)), (n-1)/26+1)
		}
	case "ordinal":
		suffix := "th"
		if n%100 < 11 || n%100 > 13 {
			switch n % 10 {
			case 1:
				suffix = "st"
			case 2:
				suffix = "nd"
			case 3:
				suffix = "rd"
			}
		}
		return strconv.Itoa(n) + suffix
	case "decimalFullWidth", "decimalFullWidth2":
		return strings.Map(func(r rune) rune { return r - '0' + '０' }, strconv.Itoa(n))
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if n <= 20 {
			return string(rune('①' + n - 1))
		}
	case "decimalEnclosedFullstop":
		if n <= 20 {
			return string(rune('⒈' + n - 1))
		}
	case "decimalEnclosedParen":
		if n <= 20 {
			return string(rune('⑴' + n - 1))
		}
	case "ideographEnclosedCircle":
		if n <= 10 {
			return string(rune('㈠' + n - 1))
		}
	case "chineseCounting", "japaneseCounting", "taiwaneseCounting":
		// Counting to ninety-nine (十一, 二十), then digit by digit.
		if n < 100 {
			return docxHanCount(n, docxHanCountDigits, docxHanUnits)
		}
		return docxHanDigitByDigit(n)
	case "chineseCountingThousand", "japaneseCountingThousand", "taiwaneseCountingThousand", "koreanCounting":
		return docxHanCount(n, docxHanCountDigits, docxHanUnits)
	case "chineseLegalSimplified":
		return docxHanCount(n, docxHanLegalDigits, docxHanLegalUnits)
	case "ideographLegalTraditional", "japaneseLegal":
		return docxHanCount(n, docxHanLegalTraditionalDigits, docxHanLegalTraditionalUnits)
	case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand":
		return docxHanDigitByDigit(n)
	case "ideographTraditional":
		return string(docxHeavenlyStems[(n-1)%len(docxHeavenlyStems)])
	case "ideographZodiac":
		return string(docxEarthlyBranches[(n-1)%len(docxEarthlyBranches)])
	case "ideographZodiacTraditional":
		return string(docxHeavenlyStems[(n-1)%len(docxHeavenlyStems)]) + string(docxEarthlyBranches[(n-1)%len(docxEarthlyBranches)])
	}
	return strconv.Itoa(n)
}

var (
	docxHanDigits                 = []rune("〇一二三四五六七八九") // written a digit at a time
	docxHanCountDigits            = []rune("零一二三四五六七八九") // counting: 一百零五
	docxHanUnits                  = []rune("十百千万亿")
	docxHanLegalDigits            = []rune("零壹贰叁肆伍陆柒捌玖")
	docxHanLegalUnits             = []rune("拾佰仟万亿")
	docxHanLegalTraditionalDigits = []rune("零壹貳參肆伍陸柒捌玖")
	docxHanLegalTraditionalUnits  = []rune("拾佰仟萬億")
	docxHeavenlyStems             = []rune("甲乙丙丁戊己庚辛壬癸")
	docxEarthlyBranches           = []rune("子丑寅卯辰巳午未申酉戌亥")
)

// docxRoman writes 0 < n < 4000 in Roman numerals.
func docxRoman(n int) string {
	values := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	symbols := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range values {
		for n >= v {
			b.WriteString(symbols[i])
			n -= v
		}
	}
	return b.String()
}

// docxHanDigitByDigit writes n a digit at a time: 一〇, 二〇二一.
func docxHanDigitByDigit(n int) string {
	return strings.Map(func(r rune) rune { return docxHanDigits[r-'0'] }, strconv.Itoa(n))
}

// docxHanCount writes n > 0 in Chinese counting: 十一, 二十, 一百零五,
// 一万零二十. digits are zero to nine (zero first), units 十 百 千 万 亿.
func docxHanCount(n int, digits, units []rune) string {
	const wan, yi = 10000, 100000000
	var b strings.Builder
	var group func(n int, top bool)
	// below writes 0 < n < 10000; top is the number's leading group, where
	// ten to nineteen drop their 一 (十一, not 一十一).
	below := func(n int, top bool) {
		zero := false
		started := false
		for place, unit := 1000, 2; place >= 1; place, unit = place/10, unit-1 {
			d := n / place % 10
			if d == 0 {
				zero = started
				continue
			}
			if zero {
				b.WriteRune(digits[0])
				zero = false
			}
			if !(top && !started && d == 1 && place == 10) {
				b.WriteRune(digits[d])
			}
			if unit >= 0 {
				b.WriteRune(units[unit])
			}
			started = true
		}
	}
	group = func(n int, top bool) {
		switch {
		case n >= yi:
			group(n/yi, top)
			b.WriteRune(units[4])
			if rest := n % yi; rest > 0 {
				if rest < yi/10 {
					b.WriteRune(digits[0])
				}
				group(rest, false)
			}
		case n >= wan:
			below(n/wan, top)
			b.WriteRune(units[3])
			if rest := n % wan; rest > 0 {
				if rest < wan/10 {
					b.WriteRune(digits[0])
				}
				below(rest, false)
			}
		default:
			below(n, top)
		}
	}
	group(n, true)
	return b.String()
}

//go:embed docx_symbols.tsv
var docxSymbolsTSV string

var (
	docxSymbolsOnce sync.Once
	docxSymbolsMap  map[string]string
)

// docxSymbols is the table of symbol-font characters (docx_symbols.tsv),
// keyed by font (lower case) and code.
func docxSymbols() map[string]string {
	docxSymbolsOnce.Do(func() {
		docxSymbolsMap = map[string]string{}
		for _, line := range strings.Split(docxSymbolsTSV, "\n") {
			f := strings.Split(line, "\t")
			if len(f) != 3 || strings.HasPrefix(line, "#") {
				continue
			}
			code, err := strconv.ParseUint(f[1], 16, 8)
			if err != nil {
				continue
			}
			docxSymbolsMap[docxSymbolKey(f[0], rune(code))] = f[2]
		}
	})
	return docxSymbolsMap
}

func docxSymbolKey(font string, code rune) string {
	return strings.ToLower(strings.TrimSpace(font)) + "\x00" + string(code)
}

// symbol is the Unicode character that code draws in font. Word stores a
// symbol font's character either as its code (0x6C) or in the private-use
// area (U+F06C). A private-use code of an unknown font is some bullet.
func (n *docxNumbering) symbol(font string, r rune) (string, bool) {
	code := r
	if r >= 0xF000 && r <= 0xF0FF {
		code = r - 0xF000
	}
	if s, ok := n.symbols[docxSymbolKey(font, code)]; ok {
		return s, true
	}
	if r >= 0xF000 && r <= 0xF0FF || unicode.Is(unicode.Co, r) {
		return "•", true
	}
	return "", false
}
