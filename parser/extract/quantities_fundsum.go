package extract

import (
	"bulletin/parser/lexicon"
)

// A sum of money in running text may be printed with its 元 left off right
// after the noun of the money it sums (共发放金额121230，其中…; 合计资金
// 1929430（具体名单见附件）): the noun already says the figure is money, as
// a word of summing says a figure is a sum (summed), so the figure is still
// an amount, with the unit "" as printed (GOLD.md, quantities: a number
// with nothing after it that reads as a count of the noun before it). The
// nouns are cue_words.tsv's fund (金额, 资金, 经费). Only the noun right
// before the figure, spaces aside, leads it: a colon labels a form's field
// (金额：), whose value a table's cell or a code may hold, and a figure run
// on into letters, a dot or a slash is a code (figureEnds).

// fundSum reports whether the digits at [i, k) with no unit after them
// follow a noun of money right before them.
func fundSum(s string, i, k int) bool {
	_, ok := wordBefore(s, i, lexicon.CueWordList("fund"))
	return ok && figureEnds(s, k)
}
