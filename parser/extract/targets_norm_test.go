package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsNorm: a norm a rule sets with no word of demand, 以…为宜 or
// a cap per unit on a count or a time, is a target with no deadline, a
// band with both its ends; a cap on a sum per unit, a bound that
// describes a noun, an age, a count with no norm word and a bound in a
// text that is no notice are none. The test document is dated 2025-06-03.
func TestTargetsNorm(t *testing.T) {
	tests := []kindTargets{
		{"cap per unit on persons", "三、每个祭扫点每批进场人员不超过20人。", "plan 20 人 -", layout.Notice},
		{"不多于 per unit", "每场活动到场人员不多于30人。", "plan 30 人 -", layout.Notice},
		{"cap per unit on a time", "每户每次祭扫时间不超过30分钟。", "plan 30 分钟 -", layout.Notice},
		{"以…为宜, a band", "(三)每个小区名称以3-5个字为宜;", "plan 3 个 -; plan 5 个 -", layout.Notice},
		{"以…为限", "每户陪同人员以2人为限。", "plan 2 人 -", layout.Notice},

		// A sum per unit, a bound on a noun, an age, a rate, no norm word.
		{"a sum per unit", "每户每月补助不超过600元。", "", layout.Notice},
		{"a bound on a noun", "每户不超过4人的家庭可以申请。", "", layout.Notice},
		{"an age", "每名申请人年龄不超过60周岁。", "", layout.Notice},
		{"以 with no norm word", "全市以3个街道为试点开展工作。", "", layout.Notice},
		{"为宜 with no 以", "活动安排在上午为宜,参加人员约40人。", "", layout.Notice},
		{"a report, no notice", "当天入园群众每户不超过5人,秩序井然。", "", layout.Article},
	}
	checkKindTargets(t, tests)
}
