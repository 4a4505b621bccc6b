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
// 将, 力争). So does training (对全乡12个村的儿童主任进行业务培训): a count
// in its object tells whom it covers, and 为 brings that object in as 对
// does (为全县17个乡镇的督导员进行培训). The words are cue words
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
			at := r.End + k + len(w)
			var w string
			w, verb = acts.At(s, at)
			if !verb {
				w, verb = actClosing(s, acts, at, clause.End)
			}
			if verb && lexicon.CueWordList("scopeahead").Has(w) && aheadBefore(s, clause.Start, r.Start) {
				verb = false // 将对…60名…进行培训: the training planned sets its count
			}
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

// actClosing reports whether an act of the list closes the clause after
// 进行 at i, the words between naming its kind (进行|业务技能|培训,): the
// act is the clause's last word, what its modifiers qualify. It returns
// the act.
func actClosing(s string, acts *lexicon.Words, i, end int) (string, bool) {
	t := strings.TrimRight(s[i:end], " ")
	for _, w := range acts.All() {
		if strings.HasSuffix(t, w) && allHan(t) {
			return w, true
		}
	}
	return "", false
}

// aheadBefore reports whether the clause before the count turns ahead:
// 将 or a forward word (stance.tsv: 下一步, 计划, 力争) stands in it.
func aheadBefore(s string, start, i int) bool {
	return strings.Contains(s[start:i], "将") || forwardIn(s[start:i])
}
