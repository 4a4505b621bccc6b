package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// thisEvent reports whether the number's clause opens with a
// demonstrative of an event (此次, 本次, 这次: cue_words.tsv, list
// thisevent) as its subject's first word (此次摸排覆盖7个县、37个乡): the
// clause says what the event the text has just told reached or held, a
// description of an action taken, no level a plan sets out to reach
// (GOLD.md, targets: what has been done is not a target). A clause after
// it has a subject of its own (本次行动涉及18家机构，整治目标将实现…100%),
// and a sentence that turns ahead (此次救济共将发放…, 本次活动将慰问…) or
// requires keeps its plan; the caller asks.
// Source: the 此次/本次 that takes up an event just reported in news
// reports of bureaus' work (于…起开展全面摸排工作。此次摸排覆盖…);
// 《现代汉语词典》 (7th ed.) 此次, 本次.
func thisEvent(s string, clause byteRange) bool {
	open := strings.TrimLeft(s[clause.Start:clause.End], " \u3000\t\n")
	_, ok := lexicon.CueWordList("thisevent").At(open, 0)
	return ok
}
