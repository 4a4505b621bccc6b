package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// A forecast is attributed by 据 (据某局测算，) or by a preposition of basis
// that opens the clause (根据预测，, 依据…测算，: cue list clauseopen, 根据,
// 依据, 依照, 按照): both name the estimate the sentence goes on to report,
// so the frame governs the clauses after it (forecastFrame), whatever 将
// of an earlier clause (将迎来…高峰) made the sentence a plan. Source:
// 《现代汉语词典》 (7th ed.) 根据 (介词: 以某种事物作为结论的前提) and the
// 据预测 / 根据预测 of 民政 news on festival crowds and elderly numbers.

// attributed reports whether the clause head opens an attribution: 据, or
// a preposition of basis of the clauseopen list.
func attributed(head string) bool {
	if strings.HasPrefix(head, attribution) {
		return true
	}
	_, ok := lexicon.CueWordList("clauseopen").At(head, 0)
	return ok
}
