package extract

import "testing"

// TestPeopleLabelRunOn: the second of two spaced names a credit lists is
// read where the next info field's label runs onto it with no space (作者:
// 甲某 乙某点击:); a label that opens the field the space sets off is still
// no name, nor one whose first characters read as a name (文章来源).
func TestPeopleLabelRunOn(t *testing.T) {
	tests := []rowCase{
		{"作者:王立新 李秀英点击:312 字号:", "王立新 作者 [作者]; 李秀英 作者 [作者]"},
		{"作者:王立新 李秀英来源:某县民政局", "王立新 作者 [作者]; 李秀英 作者 [作者]"},
		{"作者:王立新 张建国浏览次数:88", "王立新 作者 [作者]; 张建国 作者 [作者]"},
		// No second name.
		{"作者:王立新 文章来源:本站原创", "王立新 作者 [作者]"},
		{"作者:王立新    点击数:    更新时间:2012/1/8", "王立新 作者 [作者]"},
		{"作者:王立新 发布时间:2020-01-02", "王立新 作者 [作者]"},
	}
	checkRows(t, tests, "people", personRows)
}
