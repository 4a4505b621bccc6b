package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// 对 brings in the object an action takes in hand, and 进行 the action
// after it: 对全县1座公墓近期、长期建设进行统筹规划, 对全市6条道路进行命名.
// Where the action plans or names what is there (cue_words.tsv, scopeact)
// a count inside that object tells what the action covers, its scope, no
// level the plan sets out to reach (GOLD.md, targets; the golds of the
// road-naming notices hold none for 对…N条道路进行命名). A count after
// 进行, or with a bound (不少于), is the task's; so is the object of a
// sentence that proposes, intends or requires (拟对…236个…地理实体进行
// 命名: what the proposal lists, as a 拟 count is a target elsewhere, or
// 将, 力争). The words are cue words
// (cue_words.tsv: scopeopen, scopeverb).

// scopeCount reports whether the count at r stands between 对, a word of
// its own in r's clause, and 进行 after it in the same clause, 进行 followed
// by an act of planning or naming, with no bound printed with it.
func scopeCount(in *Input, s string, clause, r byteRange) bool {
	if r.End > clause.End || comparator(s, r) != "" {
		return false
	}
	verb := false
	acts := lexicon.CueWordList("scopeact")
	for _, w := range lexicon.CueList("scopeverb") {
		if k := strings.Index(s[r.End:clause.End], w); k >= 0 {
			_, verb = acts.At(s, r.End+k+len(w))
		}
	}
	if !verb {
		return false
	}
	for _, w := range lexicon.CueList("scopeopen") {
		for i := strings.Index(s[clause.Start:r.Start], w); i >= 0; {
			at := clause.Start + i
			if ownWord(in, at, w) {
				return true
			}
			j := strings.Index(s[at+len(w):r.Start], w)
			if j < 0 {
				break
			}
			i = at + len(w) + j - clause.Start
		}
	}
	return false
}
