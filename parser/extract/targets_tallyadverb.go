package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// The adverb 共 ("in all") right before its verb (共受理登记757对, 共走访
// 120户) sums up acts done: a report tallies what took place, as 共计 and
// 累计 do (stance.tsv, achieved). A plan that sets a total to reach says
// so with a word that turns ahead (将共发放, 计划共投入), which the
// paragraph's reading (toldIn) finds on its own. 共 of a longer word (共同,
// 共建) or before a noun (共需资金) is none. Words: cue_words.tsv, sum (the
// one-character adverb among them). Source: 《现代汉语词典》 (7th ed.) 共
// (副词: 总共, 一共); the phrasing of bureaus' news reports of work done.

// tallyAdverbAt reports whether a sum word of its own, tagged an adverb,
// stands at i right before a verb (共受理): the clause tallies deeds.
func tallyAdverbAt(in *Input, s string, i int) bool {
	w, ok := lexicon.CueWordList("sum").At(s, i)
	if !ok {
		return false
	}
	ts := in.Words(i)
	k := tokenAt(ts, i)
	if k < 0 || ts[k].Start != i || ts[k].Word != w || ts[k].Tag != "d" || k+1 >= len(ts) {
		return false
	}
	return strings.HasPrefix(ts[k+1].Tag, "v") && ts[k+1].Tag != "vn"
}
