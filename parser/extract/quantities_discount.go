package extract

import "strings"

// A discount is printed as the tenths of the full price the buyer pays, 折
// after them (打8折, 9.5折), or as a two-digit figure read as tenths and
// hundredths (85折: 8.5 tenths), the way shops and the 敬老 offers of a
// civil-affairs bureau print it (享受不低于85折的优惠). It is an amount with
// its measure word (GOLD.md, quantities). A figure of three digits or more
// before 折 is no discount but a year or a number run into a word.

// discountUnit is the measure word of a discount (units.tsv: 折).
const discountUnit = "折"

// discountFigure reports whether the digits n, as printed before 折, are a
// discount: one digit with a decimal or none (8, 9.5), or two digits (85).
func discountFigure(n string) bool {
	whole, _, _ := strings.Cut(n, ".")
	return len(whole) >= 1 && len(whole) <= 2 && !strings.Contains(n, ",")
}
