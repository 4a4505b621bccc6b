package extract

import "testing"

// People from reviewer 12: a title after a count of levels names a class
// (三级书记), a grade of a public institution's management posts is a
// title (七级职员), and 代表 is a title printed before the name only.
func TestPeopleReview12(t *testing.T) {
	tests := []rowCase{
		{"编辑 | 李平", "李平 编辑 [编辑]"},
		{"全国最美家庭代表张素霞分享了经验。", "张素霞 代表 [代表]"},
		{"群众代表李建国发言。", "李建国 代表 [代表]"},
		{"滕州市妇女儿童事务服务中心七级职员黄秀莲同志", "黄秀莲 七级职员 [七级职员] @滕州市妇女儿童事务服务中心"},
		{"区民政局一级科员王明参加培训。", "王明 一级科员 [一级科员] @区民政局"},
		{"市委书记杨浩东出席会议。", "杨浩东 书记 [书记] @市委"},
		// Negatives: holders at several levels, 代表 after a name as the
		// verb of speaking for someone, words after a representative that
		// are no name.
		{"形成了县乡村三级书记抓未保、部门联动谋未保的格局。", ""},
		{"压实五级书记抓乡村振兴责任。", ""},
		{"各级书记抓落实。", ""},
		{"张三代表市民政局致辞。", ""},
		{"代表市政府向大家致以问候。", ""},
		{"选出人大代表大会代表。", ""},
		{"不得设立分支机构或者代表机构。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
