package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// A temperature below zero is printed with a minus sign before its figure
// (-25℃的冬天, 气温降至-8℃: 《出版物上数字用法》 GB/T 15835-2011 uses the
// sign of the figure as written): the sign is part of the figure, so the
// amount is negative, its text from the sign on. Only a temperature's unit
// of its own (℃, °C, 摄氏度: units.tsv, measure temperature, read anywhere)
// right after the digits takes it: a hyphen after a digit, a letter or a
// unit joins a range or a code (20-25℃, A-3), and a minus sign before other
// units (-3人) is none that officialese prints.

// temperatureMeasure is the measure units.tsv gives a temperature's units.
const temperatureMeasure = "temperature"

// minusSigns are the signs a figure below zero is printed with: the
// hyphen-minus, its full-width form and the minus sign.
var minusSigns = []string{"-", "－", "−"}

// belowZero reports whether the digits at [i, j) have a minus sign of
// their own before them and a temperature's unit right after them; w is
// the sign's width in bytes.
func belowZero(s string, i, j int) (w int, ok bool) {
	sign := ""
	for _, m := range minusSigns {
		if strings.HasSuffix(s[:i], m) {
			sign = m
		}
	}
	if sign == "" {
		return 0, false
	}
	before := s[:i-len(sign)]
	if r, _ := utf8.DecodeLastRuneInString(before); before != "" && (isASCIIAlnum(r) || strings.ContainsRune(".@_:+-/·－−~～", r)) {
		return 0, false // 20-25℃, A-3: a range's or a code's hyphen
	}
	if afterUnitHyphen(s, i) {
		return 0, false // 10℃-25℃: the hyphen joins two amounts
	}
	units := lexicon.Units()
	u, ok := units.At(s, j)
	if !ok || units.Label(u, 0) != temperatureMeasure || units.Label(u, 1) != "" {
		return 0, false
	}
	return len(sign), true
}
