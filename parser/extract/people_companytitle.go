package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// companyEndTitle reports whether the title ti opens with the last
// character of a company's ending (有限公司|长吉末站: 司 of 公司 read with
// the 长 after it as 司长): a company's name closes with 公司 whole
// (agency_suffixes.tsv, kind company), and a company's head is printed
// after it (公司总经理), never with its 司 as a ministry's 司长, so the
// title is no title and the words after it are no one's name. 司 alone
// is a ministry's ending (kind unit), no company's. A title
// after a company's whole name (某某有限公司总经理某某) is left alone.
func companyEndTitle(s string, ti title) bool {
	_, w := utf8.DecodeRuneInString(s[ti.start:])
	suf, ok := lexicon.AgencySuffixes().EndingAt(s, ti.start+w)
	return ok && lexicon.AgencySuffixes().Label(suf, 0) == "company"
}
