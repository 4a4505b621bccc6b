package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// learnedAt reports whether a verb of news attribution (target_cues.tsv,
// learnverb: 获悉, 获知) starts at i. Its first character is an
// achievement word of stance.tsv (获, as in 获评, 获得), but the verb says
// only that the reporter learned what follows (记者从省民政厅获悉，今年，
// 全省新建改建…1300个; 从…会议上获悉，今年本市将新增…，新增…100个): it
// tells no deed, and the sentence reads by its other words. Source: the
// leads of news reports on bureau pages; 《现代汉语词典》 (7th ed.) 获悉.
func learnedAt(s string, i int) bool {
	_, ok := lexicon.TargetCueList("learnverb").At(s, i)
	return ok
}

// learnedOn reports whether the date at r is the day a reporter learned
// the news: a verb of news attribution follows it in its clause (记者1日从
// 省民政厅获悉，…). The day dates the learning, not what the sentence goes
// on to tell, so it makes the sentence no report of a past time.
func learnedOn(s string, r byteRange) bool {
	end := len(s)
	if k := strings.IndexAny(s[r.End:], clauseStops+sentenceStops); k >= 0 {
		end = r.End + k
	}
	for i := r.End; i < end; i++ {
		if learnedAt(s, i) {
			return true
		}
	}
	return false
}
