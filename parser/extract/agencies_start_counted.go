package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// countedClass finds no body in a name counted (建成3个|镇未成年人保护
// 工作站): a number of bodies is a class of them. A count before a list
// counts its members all (来自9家|社会工作服务机构和社区社会工作室): a later
// member that names no place of its own is of the class the count makes.
type countedClass struct{}

func (countedClass) open(r *startReading) bool {
	return !r.protect.quantityEnds[r.i] && !countedListMember(r.s, r.protect, r.i, r.e)
}

// countClosesList reports whether the count that starts at q closes a
// list it sums up (甲村、乙村、丙村3个村民小组、某某村委会): the member
// right before it follows the list's 、, Chinese characters alone between.
// Such a count counts the members before it, as a 请示 or a 复函 sums up
// the groups it has just listed, and its noun (村民小组) is the last
// member's; a member after it is one more member of the list, no kind the
// count makes.
func countClosesList(s string, q int) bool {
	for k := q; k > 0; {
		r, w := utf8.DecodeLastRuneInString(s[:k])
		if r == '、' {
			return k < q
		}
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		k -= w
	}
	return false
}

// countsMembers reports whether the quantity [q, e) counts things one by
// one: its measure word, where it has one, counts (家, 个, 名: labelled
// count in the units lexicon). An age, a sum or a length (60岁以上老年人,
// 5万元) measures the first member, no number of members: the list after
// it (60岁以上老年人、农业农村局监测人口) is counted by none.
func countsMembers(s string, q, e int) bool {
	units := lexicon.Units()
	for j := q; j < e; {
		if u, ok := units.At(s, j); ok && j+len(u) <= e {
			return units.Label(u, 0) == "count"
		}
		_, w := utf8.DecodeRuneInString(s[j:])
		j += w
	}
	return true
}

// countedListMember reports whether the name [i, e) is a later member of
// a list (after 、 or a conjunction) whose members run back, Chinese
// characters and the list's marks alone, to a count (9家): the count's
// measure counts every member, kinds of body. A member that opens with
// its place or level (9家单位和市民政局) is one body. A verb or a
// preposition that opens a word there and bounds names (对, 走访: the
// agency boundaries, a list's conjunctions aside) opens the list after
// the count, which then counts something else (分三个小组|集中对|南联颐养
// 中心、任达颐养院).
func countedListMember(s string, protect *agencyText, i, e int) bool {
	if agency.HasLocality(s[i:e]) {
		return false
	}
	if _, ok := conjunctionBefore(s, i); !ok && !strings.HasSuffix(s[:i], "、") {
		return false
	}
	for k, n := i, 0; k > 0 && n < 40; n++ {
		if protect.quantityEnds[k] {
			return countsMembers(s, protect.quantityAt[k], k) && !countClosesList(s, protect.quantityAt[k])
		}
		if w, ok := lexicon.AgencyBoundaries().EndingAt(s, k); ok && !isConjunction(w) && protect.words != nil && startsWord(protect.words(k-len(w)), k-len(w)) {
			return false // 三个小组集中对|南联颐养中心、任达颐养院: the list opens after the verb or preposition
		}
		r, w := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.Is(unicode.Han, r) && r != '、' {
			return false
		}
		k -= w
	}
	return false
}
