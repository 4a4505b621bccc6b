package extract

import (
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// onlyCapped reports whether the count at qs[k] is the cap a rule sets on a
// portion with a modal of "no more than" (只能, 仅能: cue_words.tsv, list
// onlycap) and its verb right before it, a portion word before that in
// the clause (每个墓位只能选派2-3名家庭代表, 每户仅能安排1人): a level to
// keep, a target, as 每个墓位限3名 (capped, targets_cap.go) and 每户不超过3人
// are in a notice's rules. Figures printed one after another share the
// modal as they share 限; a cap that 的 closes describes a noun (只能容纳
// 3人的房间). Only a count or a time (units.tsv) is capped. Source: the
// 通告 of bureaus on 清明 visits to graves, which cap the visitors per
// grave so (原则上每个墓位只能选派…名家庭代表); 《现代汉语词典》 (7th ed.)
// 只能.
func onlyCapped(s string, clause byteRange, qs ranges, k int, unit string) bool {
	at, ok := capFigures(s, clause, qs, k, unit)
	if !ok {
		return false
	}
	// The verb: the Chinese characters between the modal and the figures,
	// no mark among them.
	for b := at; b > clause.Start; {
		if w, ok := lexicon.CueWordList("onlycap").EndingAt(s[:b], b); ok && b-len(w) >= clause.Start {
			return portioned(s, clause.Start, b-len(w))
		}
		c, w := utf8.DecodeLastRuneInString(s[clause.Start:b])
		if w == 0 || !unicode.Is(unicode.Han, c) {
			return false
		}
		b -= w
	}
	return false
}
