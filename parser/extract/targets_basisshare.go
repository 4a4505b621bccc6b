package extract

import "strings"

// A report tells how a deed was done with the rule it followed: 严格按不低于
// 30%的比例开展实地抽查 (of the aid approved, under 一、2022年工作总结),
// 按不低于5%的比例随机抽取55个…开展抽查审计 (a news report of an audit
// begun). The bound there stands in a phrase of basis (按, 按照:
// 《现代汉语八百词》 按 as preposition, 依照) that names the share (的比例)
// the act drew: the manner of the deed told, no word of a plan that turns
// the report ahead. A plan word only a plan uses (不低于, 不少于: stance.tsv
// future) so placed neither turns the text ahead (firstAhead, forwardIn)
// nor makes its sentence one that requires (stanceIn); the sentence is read
// by its other words, and a notice's own words (通知, 要, 将) still set the
// share out as its requirement (GOLD.md, targets: 比例不低于5%).

// basisBoundAt reports whether the stance word w at i is the bound of a
// share in a phrase of basis (按不低于5%的比例): 按 or 按照 right before
// it, a figure right after it and 的比例 or 比例 after the figure.
func basisBoundAt(s string, i int, w string) bool {
	if !strings.HasSuffix(s[:i], "按") && !strings.HasSuffix(s[:i], "按照") {
		return false
	}
	j := i + len(w)
	k := j
	for k < len(s) && (isDigitByte(s[k]) || s[k] == '.' || s[k] == '%') {
		k++
	}
	if k == j {
		return false
	}
	after := strings.TrimLeft(s[k:], " ")
	return strings.HasPrefix(after, "的比例") || strings.HasPrefix(after, "比例")
}
