package extract

import "testing"

// TestPeopleCreditList: a closing credit that lists its writers with the
// enumeration comma, after a body or alone, names each of them with no
// role. Not so: a bracket that lists bodies or words, or a part too long
// for a name.
func TestPeopleCreditList(t *testing.T) {
	tests := []rowCase{
		{"物资已全部存放到县储备库。\n（清河县民政局  张红军、禹海龙）", "张红军 -; 禹海龙 -"},
		{"活动取得了良好效果。\n(某县民政局 周卫东、李海龙)", "周卫东 -; 李海龙 -"},
		{"活动取得了良好效果。\n（钱志远、孙丽华）", "钱志远 -; 孙丽华 -"},

		// No names in the bracket.
		{"会议由两部门联合召开。\n（市民政局、市财政局）", ""},
		{"活动取得了良好效果。\n（某县民政局  救灾科、办公室）", ""},
		{"活动取得了良好效果。\n（某县民政局  社会事务管理科负责同志、李海龙）", ""},
	}
	checkRows(t, tests, "people", personRows)
}
