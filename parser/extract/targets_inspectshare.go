package extract

import (
	"strings"

	"bulletin/parser/lexicon"
)

// inspectShare reports whether the number at r is a share of a base (的
// right before it: 社会组织总数的4%) that its clause goes on to inspect
// (target_cues.tsv inspectact: 检查, 抽查, 抽检 after it in the clause), in
// a notice's text or a sentence that requires: 按照本区登记的社会组织总数的4%
// 开展“双随机”检查 sets the part of the base a round of inspection draws, a
// level the plan keeps, as 抽取…总数的20% and 抽查比例不低于3% are (GOLD.md,
// targets: 比例不低于5%). A share that is no part of a base, one with no
// inspection after it, or a report's share reads as before. Source: the
// 双随机、一公开 plans of bureaus (国办发〔2015〕58号).
func inspectShare(in *Input, s string, clause, r byteRange, unit string, required bool) bool {
	if lexicon.Units().Label(unit, 0) != percentMeasure || !required && !noticeText(in, r.Start) {
		return false
	}
	if !strings.HasSuffix(strings.TrimRight(s[:r.Start], " "), "的") {
		return false
	}
	acts := lexicon.TargetCueList("inspectact")
	for i := r.End; i < clause.End; i++ {
		if _, ok := acts.At(s, i); ok {
			return true
		}
	}
	return false
}
