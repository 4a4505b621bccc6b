package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsSpent: in a news article a clause that opens with an
// investment word and its sum right before a verb (投资419万元新建…) tells
// the deed the sum paid for, done; a plan word that turns ahead, a sum
// that bounds or is the object of 的, a clause not opened so, and a notice
// keep their targets.
func TestTargetsSpent(t *testing.T) {
	tests := []kindTargets{
		{"投资 and 新建", "项目已投入使用。投资419万元新建儿童福利院2326平方米。", "achieved 4190000 元 -; achieved 2326 平方米 -", layout.Article},
		{"投资 and 用于", "投资136万元用于附属设施建设及设备购置。", "achieved 1360000 元 -", layout.Article},
		{"投入 and 建设", "全县投入,投入80万元建设老年食堂5个。", "achieved 800000 元 -; achieved 5 个 -", layout.Article},

		// A plan, a bound, 的, a clause not opened by the sum, a notice.
		{"计划投资", "计划投资419万元新建儿童福利院2326平方米。", "plan 4190000 元 -; plan 2326 平方米 -", layout.Article},
		{"将投资", "明年将投资80万元建设老年食堂5个。", "plan 800000 元 2026-12-31; plan 5 个 2026-12-31", layout.Article},
		{"a bound", "投资500万元以上新建养老院2个。", "plan 5000000 元 -; plan 2 个 -", layout.Article},
		{"投资 opens no clause", "全县新建老年食堂5个。", "plan 5 个 -", layout.Article},
		{"a notice", "投资80万元建设老年食堂5个。", "plan 800000 元 -; plan 5 个 -", layout.Notice},
	}
	checkKindTargets(t, tests)
}
