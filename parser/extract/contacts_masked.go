package extract

import (
	"regexp"
	"unicode/utf8"
)

// A disclosure page (公示, 公告, 年检 notices) prints a contact's mobile
// with its middle digits masked for privacy (联系电话:157****7150), as the
// personal-information rules for published lists require: the number is
// the contact's phone as printed (GOLD.md contacts). A masked mobile keeps
// a mobile's shape: eleven characters, 1 and a network digit first, the
// last digits clear, a run of * (or ＊) inside; a run of * and digits of
// any other length (an identity number 512323******0014) is no phone.
// The whole run of digits and stars is the number, so nothing runs on
// either side of it.
var maskedPhones = cuedExpr{
	regexp.MustCompile(`^1[3-9]\d{1,5}[*＊]{3,6}\d{2,4}$`),
	wordCues(nil, "*", "＊"), isMaskedPhoneRune,
}

// maskedPhoneRule names a contact's phone printed masked.
const maskedPhoneRule = "contacts/masked"

// mobileLength is the number of characters of a mainland mobile number.
const mobileLength = 11

func isMaskedPhoneRune(r rune) bool { return isDigitRune(r) || r == '*' || r == '＊' }

// maskedPhonesIn are where the masked mobiles of s stand.
func maskedPhonesIn(s string) [][2]int {
	var out [][2]int
	for _, m := range maskedPhones.findAll(s) {
		if utf8.RuneCountInString(s[m[0]:m[1]]) == mobileLength {
			out = append(out, m)
		}
	}
	return out
}
