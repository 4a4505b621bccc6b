package extract

import "testing"

// TestTargetsCap: a count 限 caps on a portion (每批次限15人以内, and each
// figure printed right after 限, each capped: 每户限2车次4人次) and a count 只允许 or
// 仅允许 allows are levels a rule keeps, targets; so is one 限制 caps
// (每户限制5人). 限 of a longer word, a cap with no portion, one that
// describes a noun, a report of what was done and a condition keep none. The test document is dated 2025-06-03.
func TestTargetsCap(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"每…限N人以内", "入园人员每批次限15人以内。", "plan 15 人 -"},
		{"限 over two figures", "祭扫群众每户限2车次4人次以内。", "plan 2 车次 -; plan 4 人次 -"},
		{"限 a time", "每位来访者限30分钟。", "plan 30 分钟 -"},
		{"每…限制N人", "控制祭扫人数,每户限制5人,错峰祭扫。", "plan 5 人 -"},
		{"只允许建N个", "每个乡镇原则上只允许建2个骨灰堂。", "plan 2 个 -"},
		{"仅允许N人", "每场活动仅允许50人参加。", "plan 50 人 -"},
		{"限 an act N人", "取骨灰的家属凭寄存证每家限进馆2人。", "plan 2 人 -"},
		{"限 an act N人 2", "每车限乘5人。", "plan 5 人 -"},
		{"每家限 glued", "取骨灰的家属凭身份证每家限2人。", "plan 2 人 -"},
		{"each list item", "凭寄存证、身份证每家限进馆2人。", "plan 2 人 -"},

		// 限 of a longer word, no portion, a noun described, a report.
		{"期限 before a time", "每项申请的办理期限30个工作日。", ""},
		{"no portion before 限", "本次活动限30人报名。", ""},
		{"a noun 限 describes", "每个楼层设有限4人的电梯。", ""},
		{"a report of the past", "去年每批次已限15人以内。", "achieved 15 人 -"},
		{"限制 is no cap", "每户限制燃放烟花,共有200户。", ""},
		{"限制 with no portion", "本次活动限制30人报名。", ""},
		{"限 an act with no portion", "本次活动限进场30人。", ""},
		{"no act word between", "每家限期进馆2人。", ""},
		{"a noun of 限 before the act", "每批次时限进场2小时。", ""},
		{"a condition", "凡低于每户限额500元的,不予受理。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
