package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// formerLevelRule names a headline's count the body tells as the level a
// change reached from its former level (reportedDone).
const formerLevelRule = "former-level"

// formerLevel reports whether the count at offset at of t, in the sentence
// that opens at start, is the level a change reached from the level it
// left, which its clause names before it (target_cues.tsv formerlevel:
// 从原450元/月提高到500元/月; 由原…调整为…), the count right after the
// verb of the change (levelReachedAt), and the sentence
// turns to no future before it (no 将, no forward word: 今年将从原…提高到…
// is the plan). A report that tells the change from the former level tells
// the change made, the standard now in force, as 已 tells a deed: under a
// news report's dateline, whose date dates no count (datelineDate), the
// former level still tells the raise done.
func formerLevel(t string, start, at int) bool {
	before := t[start:at]
	if !levelReachedAt(t, at) {
		return false
	}
	if strings.Contains(before, will) || turnsForward(before) {
		return false
	}
	clause := before // the former level is the count's own clause's
	if k := strings.LastIndexAny(before, clauseStops); k >= 0 {
		clause = before[k:]
	}
	for _, c := range lexicon.TargetCueList("formerlevel").All() {
		if strings.Contains(clause, c) {
			return true
		}
	}
	return false
}

// levelReachedAt reports whether the words of t before offset at close
// with the verb of a change to a level: a plan word that sets one
// (stance.tsv level: 提高到, 增加到), or a raise word (提高, 调整, 上调)
// with the 为, 至 or 到 of its result (调整为, 提高至).
func levelReachedAt(t string, at int) bool {
	st := lexicon.Stance()
	if w, ok := st.EndingAt(t, at); ok && st.Label(w, 1) == "level" {
		return true
	}
	for _, r := range changeResults {
		if strings.HasSuffix(t[:at], r) {
			w, ok := st.EndingAt(t, at-len(r))
			return ok && st.Label(w, 0) == "raise"
		}
	}
	return false
}

// changeResults are the complements that close a change with the level
// it reached (调整为, 提高至, 上调到: 《现代汉语八百词》 为, 至, 到 as
// result complements).
var changeResults = []string{"为", "至", "到"}
