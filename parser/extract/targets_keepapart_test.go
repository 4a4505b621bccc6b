package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsKeepApart: a length right after a verb that keeps people
// apart (保持, 间隔) is the distance a notice's rule keeps; a length no such
// verb governs, one 的 closes, a count of another unit, or a report's
// sentence read as before. The test document is dated 2025-06-03.
func TestTargetsKeepApart(t *testing.T) {
	tests := []kindTargets{
		{"保持 in a notice", "祭扫群众全程佩戴口罩，行人保持1米安全距离，严防聚集。", "plan 1 米 -", layout.Notice},
		{"间隔", "其余人员在休息区间隔1米距离静待休息。", "plan 1 米 -", layout.Notice},
		{"a requirement in an article", "市民须保持1.5米以上距离。", "plan 1.5 米 -", layout.Article},

		// No distance kept.
		{"no such verb", "公墓距市区5公里，交通便利。", "", layout.Notice},
		{"的 closes it", "入口处保持1米的间隔带。", "", layout.Notice},
		{"another unit", "行人保持2人一组入园。", "", layout.Notice},
		{"a report", "活动现场群众保持1米距离有序排队。", "", layout.Article},
	}
	checkKindTargets(t, tests)
}
