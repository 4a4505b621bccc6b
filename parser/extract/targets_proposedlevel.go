package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// proposedLevel reports whether the number at r is a level a proposal
// sets a standard to: a proposal word (stance.tsv: 拟) before it in its
// full sentence, then a raise word with 为 (调整为, 提高为) before it in
// its own part of the sentence, the number the first of its clause, each
// clause after the 为 naming one class and its level (拟将全市低保标准调整
// 为：城市750元/月，农村543元/月；特困人员基本生活标准调整为：城市975元/月).
// Such a 拟 puts out the new levels a consultation asks views on: unlike
// the 拟 of a 公示's list (拟推荐5个地区为…, which names whom a decision
// lists), the levels are what the standard is to reach (GOLD.md targets:
// a plan with a number). A clause that keeps a standard in force (按现行
// 标准执行(810元/月); cue_words.tsv inforce) sets no new level, nor does a
// raise told with no proposal (标准调整为每人每月309元: the level set).
// Source: the 征求意见 notices of city bureaus on 低保 and 特困 standards
// (拟将…标准调整为…, beside the province's 低限 in force).
func proposedLevel(in *Input, s string, full, sent, clause, r byteRange) bool {
	st := lexicon.Stance()
	p := -1
	for i, w := range stanceWords(s[:r.Start], full.Start) {
		if st.Label(w, 1) == "proposal" && ownWord(in, i, w) {
			p = i + len(w)
			break
		}
	}
	if p < 0 {
		return false
	}
	set := -1
	for i, w := range stanceWords(s[:r.Start], max(p, sent.Start)) {
		if st.Label(w, 0) == "raise" && strings.HasPrefix(s[i+len(w):], levelAs) {
			set = i + len(w) + len(levelAs)
		}
	}
	if set < 0 || strings.ContainsAny(s[max(set, clause.Start):r.Start], "0123456789") {
		return false
	}
	inForce := lexicon.CueWordList("inforce")
	for i := max(set, clause.Start); i < r.End; i++ {
		if _, ok := inForce.At(s, i); ok {
			return false
		}
	}
	return true
}

// levelAs is the 为 after a raise word that names the new level (调整为).
const levelAs = "为"
