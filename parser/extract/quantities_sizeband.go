package extract

import "bulletin/parser/lexicon"

// A writing notice bounds the length of a text by the count of its
// characters after the size noun and 在 (字数在3000以内, 篇幅控制在5000以
// 下), the 字 left off: the size noun already says what is counted, as 得分
// says it of a score's 分 (scoreBand). The figure is an amount with no
// unit, as printed (GOLD.md, quantities: a number with nothing after it
// that reads as a count of the noun before it gets the unit ""). A size
// word leads it (qualifiers.tsv, lead with the measure size) and a bound
// printed after it (以内, 以下, 以上) closes it; a figure after the size
// word with no bound (字数在3个方面) is none. Source: the 推荐材料 and 征文
// requirements of 民政 notices (先进事迹材料…字数在3000以内), 《现代汉语词
// 典》 字数, 篇幅.

// sizeMeasure is the measure qualifiers.tsv labels the words that lead a
// count of characters with (字数在, 篇幅在).
const sizeMeasure = "size"

// sizeBand reports whether the figure at i, with no unit at k, bounds the
// count of a text's characters: a size word leads it and a bound closes
// it.
func sizeBand(s string, i, k int) bool {
	return ledBand(s, i, k, sizeMeasure)
}

// sizeLed reports whether a size word (字数在) ends at byte i of s.
func sizeLed(s string, i int) bool {
	q := lexicon.Qualifiers()
	w, ok := q.EndingAt(s, i)
	return ok && q.Label(w, 0) == "lead" && q.Label(w, 2) == sizeMeasure
}

// ledBand reports whether the figure at i, with no unit at k, is led by a
// word labelled lead with the measure m and closed by a bound after it
// (以上, 以下, 以内; not one of about: 左右).
func ledBand(s string, i, k int, m string) bool {
	q := lexicon.Qualifiers()
	w, ok := q.EndingAt(s, i)
	if !ok || q.Label(w, 0) != "lead" || q.Label(w, 2) != m {
		return false
	}
	b, ok := q.At(s, k)
	return ok && q.Label(b, 0) == "after" && q.Label(b, 1) != "" && q.Label(b, 1) != "about"
}
