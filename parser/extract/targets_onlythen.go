package extract

import (
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// A rule states a condition by a number that an adverb of a sufficient
// condition follows in its clause (得票率超过70%以上方能通过, 年满6个月方可
// 申请, 达到60分才能入住): the number is the threshold the outcome after
// the adverb waits on, no level a plan sets out to reach (GOLD.md
// Settled: a condition of eligibility is no target). The adverb is read
// only where a word of its own opens there, so a noun that ends in its
// first character (人才|能力, 地方|可以, 双方|能够) is none. Cue list
// onlythen.

// onlyThen reports whether an adverb of a sufficient condition (方能, 方可,
// 才能, 才可) follows the number at r in its clause, opening a word there.
func onlyThen(in *Input, s string, clause, r byteRange) bool {
	words := lexicon.CueWordList("onlythen")
	for i := r.End; i < clause.End; {
		if _, ok := words.At(s, i); ok && tokenAt(in.Words(i), i) >= 0 {
			return true
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return false
}
