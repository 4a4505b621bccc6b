package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsScopeTraining: a count in the object that 对 or 为 brings in
// before 进行 and a training (进行业务培训, 进行业务技能培训) tells whom the
// training covers, no level. Not so: a count with a bound, one a sentence
// that plans ahead (将) sets, and one before an act that is no training.
func TestTargetsScopeTraining(t *testing.T) {
	tests := []kindTargets{
		{"对…进行业务培训", "县民政局在乡政府会议室对全乡12个村的儿童主任进行业务培训。", "", layout.Article},
		{"为…进行业务技能培训", "县民政局为全县17个乡镇的儿童督导员进行业务技能培训。", "", layout.Article},
		{"对…进行培训", "对全县60名养老护理员进行培训。", "", layout.Notice},

		// The task's own level.
		{"a bound", "对养老护理员进行培训，培训不少于100人次。", "plan 100 人次 -", layout.Notice},
		{"将", "下半年将对全县60名养老护理员进行培训。", "plan 60 名 -", layout.Notice},
		{"no training", "为全县60户困难老人进行适老化改造。", "plan 60 户 -", layout.Notice},
	}
	checkKindTargets(t, tests)
}
