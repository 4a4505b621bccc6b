package extract

import (
	"bulletin/parser/lexicon"
)

// A raise word (stance.tsv, raise: 提高, 提升) takes a level with 至
// (raisedTo), or, as the verb of a plan's task, a count of the things whose
// level it is to raise right after it as its object (提升100家县级养老机构
// 服务水平: a hundred homes to be brought up to standard). The count is
// what the task sets out to reach, as the count after a plan word is
// (新建1000个, 实现1000所; GOLD.md, targets): the raise word plans the
// clause. A raise word with anything between it and the count (提升了100家,
// 提高补助标准100元) or before an amount (提高124元: a sum, no count of
// things) plans nothing by itself.

// countedObjectAt reports whether a count opens at i: digits, an inner
// qualifier (余, 多) and a multiplier if printed, then a measure word that
// counts things (units.tsv, count: 家, 个, 所).
func countedObjectAt(s string, i int) bool {
	j := i
	for j < len(s) && (isDigit(s[j]) || j > i && (s[j] == '.' || s[j] == ',')) {
		j++
	}
	if j == i {
		return false
	}
	q := lexicon.Qualifiers()
	if w, ok := q.At(s, j); ok && q.Label(w, 0) == "inner" {
		j += len(w)
	}
	j += len(multiplierAt(s, j))
	u, ok := unitAt(s, j)
	return ok && lexicon.Units().Label(u, 0) == "count"
}
