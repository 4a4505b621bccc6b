package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// shortOf reports whether a word that bounds a count as what it falls
// short of (target_cues.tsv shortof: 不足, 不满, 未满) stands right before
// the number at r: 抽取…总数的20%开展现场检查（不足5家的全覆盖）, 不足1公里按
// 1公里计算. The count names the cases a rule covers, a condition, not a
// level the rule sets out to reach, whatever plan word its sentence holds
// (GOLD.md: a condition of eligibility is no target). Source: the notes of
// 双随机 inspection plans and the fee rules of funeral services.
func shortOf(s string, r byteRange) bool {
	short := lexicon.TargetCueList("shortof")
	if _, ok := short.At(s, r.Start); ok {
		return true // the quantity's text opens with it
	}
	before := strings.TrimRight(s[:r.Start], " ")
	_, ok := short.EndingAt(before, len(before))
	return ok
}
