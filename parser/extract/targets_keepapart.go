package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// keptApart reports whether the number at r is a length (units.tsv
// length: 米, 公里) right after a verb that keeps people or things apart
// (target_cues.tsv keepapart: 保持, 间隔, 相距) in a notice's text or a
// sentence that requires (行人保持1米安全距离; 其余人员在休息区间隔1米距离
// 静待): the distance the rule keeps, a level to keep, a target (GOLD.md:
// a requirement with a number). A length that no such verb governs (距市区
// 5公里), one that 的 closes (保持1米的间隔带 describes a thing), or a
// report's text (st.requires false, no notice) is none. Source: the
// epidemic rules of 清明 and 中元 notices on bureau pages.
func keptApart(in *Input, s string, r byteRange, unit string, required bool) bool {
	if lexicon.Units().Label(unit, 0) != "length" || !required && !noticeText(in, r.Start) {
		return false
	}
	if strings.HasPrefix(strings.TrimLeft(s[r.End:], " "), "的") {
		return false
	}
	before := strings.TrimRight(s[:r.Start], " ")
	_, ok := lexicon.TargetCueList("keepapart").EndingAt(before, len(before))
	return ok
}
