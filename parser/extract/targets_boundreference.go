package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// A bound may take the point it is measured from between it and the
// number (墓碑高度不得超过地面0.8米: no higher than 0.8 m above the
// ground; 不高于路面0.5米): the noun of reference stands as the bound
// verb's object, the measure after it as its complement (《现代汉语八百词》
// 超过: 超过+名+数量, 高出地面一米), so the bound is the number's as it is
// where it stands right before it (不得超过0.8米: requiredBound). A
// sentence that requires sets it as a level to keep; a noun phrase with
// anything but nouns between (不超过规定使用30分钟), a bound of no limit
// (超过: more than), a bound that 的 closes into a noun's attribute, or
// an age reads as before.

// boundOverReference reports whether the number at r follows a bound of
// an upper or lower limit (qualifiers.tsv: at_most, at_least) in its
// clause with nouns alone between them, no 的 after it.
func boundOverReference(in *Input, s string, clause, r byteRange, unit string) bool {
	if lexicon.Units().Label(unit, 0) == "age" || strings.HasPrefix(s[r.End:], "的") {
		return false
	}
	ts := in.Words(r.Start)
	// The nouns before the number: where none stands between, ts[k+1] is
	// the number's own word, and a bound right before it is
	// requiredBound's, read before this.
	k := tokenEndingAt(ts, r.Start)
	for k >= 0 && strings.HasPrefix(ts[k].Tag, "n") {
		k--
	}
	q := lexicon.Qualifiers()
	w, ok := q.EndingAt(s, ts[k+1].Start) // the clause's words alone: none opens it
	if !ok || q.Label(w, 0) != "before" {
		return false
	}
	b := q.Label(w, 1)
	return b == "at_most" || b == "at_least"
}
