package extract

import "bulletin/parser/lexicon"

// titleCounted reports whether a count follows the title ending at e: a
// figure, a qualifier between it and its unit (qualifiers.tsv, inner: 余,
// 多) and a measure word that counts (units.tsv, count: 人, 名). Such a
// title names the class of people counted (全市共有持证社工432余人), no
// post of a person, so the words before it are no name (有持证: a verb
// and its object). A name and its title are never followed by a count
// of their own.
func titleCounted(s string, e int) bool {
	j := e
	for figureAt(s, j) {
		j++
	}
	if j == e {
		return false
	}
	if q, ok := lexicon.Qualifiers().At(s, j); ok && lexicon.Qualifiers().Label(q, 0) == "inner" {
		j += len(q)
	}
	u, ok := lexicon.Units().At(s, j)
	return ok && lexicon.Units().Label(u, 0) == "count"
}
