package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
)

// countedClass finds no body in a name counted (建成3个|镇未成年人保护
// 工作站): a number of bodies is a class of them. A count before a list
// counts its members all (来自9家|社会工作服务机构和社区社会工作室): a later
// member that names no place of its own is of the class the count makes.
type countedClass struct{}

func (countedClass) open(r *startReading) bool {
	return !r.protect.quantityEnds[r.i] && !countedListMember(r.s, r.protect, r.i, r.e)
}

// countedListMember reports whether the name [i, e) is a later member of
// a list (after 、 or a conjunction) whose members run back, Chinese
// characters and the list's marks alone, to a count (9家): the count's
// measure counts every member, kinds of body. A member that opens with
// its place or level (9家单位和市民政局) is one body.
func countedListMember(s string, protect *agencyText, i, e int) bool {
	if agency.HasLocality(s[i:e]) {
		return false
	}
	if _, ok := conjunctionBefore(s, i); !ok && !strings.HasSuffix(s[:i], "、") {
		return false
	}
	for k, n := i, 0; k > 0 && n < 40; n++ {
		if protect.quantityEnds[k] {
			return true
		}
		r, w := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.Is(unicode.Han, r) && r != '、' {
			return false
		}
		k -= w
	}
	return false
}
