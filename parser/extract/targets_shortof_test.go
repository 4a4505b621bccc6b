package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsShortOf: a count right after 不足, 不满 or 未满 names the
// cases a rule covers, no target, beside the plan's own share; a count a
// plan sets with no such word, or one those words stand further from,
// keeps its plan. The test document is dated 2025-06-03.
func TestTargetsShortOf(t *testing.T) {
	tests := []kindTargets{
		{"不足…的 in a note", "抽取本区志愿服务组织总数的20%开展现场检查（不足5家的全覆盖）。", "plan 20 % -", layout.Notice},
		{"不足 in a fee rule", "要严格执行收费标准，不足10公里按10公里计价。", "", layout.Notice},
		{"不满 a count", "要对不满3人的小组合并管理，每组不超过10人。", "plan 10 人 -", layout.Notice},
		{"未满 in a note", "随机抽取慈善组织总数的5%开展抽查（未满10家的抽取1家）。", "plan 5 % -; plan 1 家 -", layout.Notice},

		// A plan's count still.
		{"no such word", "抽取本区志愿服务组织总数的20%开展现场检查，不少于5家。", "plan 20 % -; plan 5 家 -", layout.Notice},
		{"不足 further back", "针对床位不足问题，年底前新增床位200张。", "plan 200 张 2025-12-31", layout.Notice},
	}
	checkKindTargets(t, tests)
}
