package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsOnlyLimit: 仅限 and 只限 cap the count or bound after them, and
// 允许 the count after it, as 只允许 does (stance.tsv, plan): a target. Not so: a condition of
// eligibility they set (an age, an income below a line), and a report of
// what was done.
func TestTargetsOnlyLimit(t *testing.T) {
	tests := []kindTargets{
		{"仅限…以内", "告别仪式仅限直系亲属6人以内参加。", "plan 6 人 -", layout.Notice},
		{"仅限 N部 N座以下", "送葬车辆仅限2部5座以下车辆。", "plan 2 部 -; plan 5 座 -", layout.Notice},
		{"只限 N名", "办理手续只限2名家属代表。", "plan 2 名 -", layout.Notice},
		{"允许 N名", "每户允许1名家属进入殡仪馆。", "plan 1 名 -", layout.Notice},

		// An eligibility, a deed done.
		{"an age", "服务对象仅限80周岁以上老人。", "", layout.Notice},
		{"an income line", "补贴仅限家庭人均收入低于1000元的老人申请。", "", layout.Notice},
		{"done", "去年告别仪式已仅限直系亲属6人以内参加。", "achieved 6 人 -", layout.Notice},
		{"条件允许, no count after it", "条件允许的地区可提前发放。", "", layout.Notice},
	}
	checkKindTargets(t, tests)
}
