package extract

import (
	"bulletin/parser/lexicon"
)

// A count of the people 民政 serves may be printed with its 人 or 名 left
// off right after the word of their kind (我镇现有孤儿22，每人每月…; 分散
// 特困供养人员381): the word says whom the figure counts, as a word of
// summing says a figure is a sum (summed), so the figure is still an
// amount, with the unit "" as printed (GOLD.md, quantities: a number with
// nothing after it that reads as a count of the noun before it). The
// words are titles.tsv's status (孤儿, 特困人员, 低保对象: the kinds of
// people a bureau's work is for). Only the word right before the figure,
// spaces aside, leads it, and a figure run on into letters, a dot or a
// slash is a code (figureEnds).

// statusCount reports whether the digits at [i, k) with no unit after
// them follow a word of a kind of people right before them.
func statusCount(s string, i, k int) bool {
	w, ok := wordBefore(s, i, lexicon.Titles())
	return ok && lexicon.Titles().Label(w, 0) == "status" && figureEnds(s, k)
}
