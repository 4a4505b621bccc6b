package extract

import "testing"

// TestPeopleLabelField: a credit's list of names sharing the label ends at
// a field the printed space opens that runs into a colon: the next
// field's label (文章来源:), no name. Fields that end at a space, the
// line's end or a bracket are the names the credit lists.
func TestPeopleLabelField(t *testing.T) {
	tests := []rowCase{
		{"作者:清莲    文章来源:本站原创    点击数:    更新时间:2012/1/8", "清莲 作者 [作者]"},
		{"作者:王伟    文章来源:本站    时间:2012/1/8", "王伟 作者 [作者]"},
		{"责任编辑:王明    文章来源:市民政局", "王明 责任编辑 [责任编辑]"},
		{"作者：清莲    文章来源：本站原创    点击数：", "清莲 作者 [作者]"},
		{"作者:清莲    文章来源 :本站原创", "清莲 作者 [作者]"},

		// The names a credit lists, parted by spaces, are read.
		{"通讯员 覃宣博 龚红霞", "覃宣博 通讯员 [通讯员]; 龚红霞 通讯员 [通讯员]"},
		{"(作者:柯美学 胡雪璇)", "柯美学 作者 [作者]; 胡雪璇 作者 [作者]"},
		{"审核:陈美文 武颖娜", "陈美文 审核 [审核]; 武颖娜 审核 [审核]"},
	}
	checkRows(t, tests, "people", personRows)
}
