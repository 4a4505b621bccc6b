package extract

import "testing"

// TestPeopleCadreLevel: a cadre named by the level of the post held
// (副县级干部某某, 科级干部某某) takes the level with 干部 as the role
// printed; the level before a class (县级干部和各科室负责人), a verb after
// it (科级干部包扶…) or a count (10名科级干部) names no one.
func TestPeopleCadreLevel(t *testing.T) {
	tests := []rowCase{
		{"副县级干部李某斌在分会场参加会议。", "李某斌 副县级干部 [副县级干部]"},
		{"正科级干部王建新出席会议并讲话。", "王建新 正科级干部 [正科级干部]"},
		{"县级干部孙小梅出席会议。", "孙小梅 县级干部 [县级干部]"},
		{"局办公室干部赵丽萍参加会议。", "赵丽萍 干部 [干部]"},

		// No one: a class, a verb, a count.
		{"局班子成员、县级干部和各科室负责人参加会议。", ""},
		{"建立了科级干部包扶分散特困人员制度。", ""},
		{"全县10名科级干部参加培训。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
