package extract

import "testing"

// TestPeopleReview28Credits covers review 26's credits with several
// names: each name a titled byline lists after the first runs to its
// field's end (通讯员 覃宣博 彭道远 龚红霞, where the segmenter cuts 彭道|远),
// and a closing credit of bare names reads a field that is two names run
// together apart (杨炜 黄立新张勇). A credit's value that prints the
// person's place first (审核 / 广水毛小波) names the person after the
// place.
func TestPeopleReview28Credits(t *testing.T) {
	tests := []rowCase{
		{"本报讯(通讯员 覃宣博 彭道远 龚红霞) 近日,区民政局开展村务公开检查。", "覃宣博 通讯员 [通讯员]; 彭道远 通讯员 [通讯员]; 龚红霞 通讯员 [通讯员]"},
		{"社区超市正式开业。\n(杨炜 黄立新张勇)", "杨炜 -; 黄立新 -; 张勇 -"},
		{"审核:广水毛小波", "毛小波 审核 [审核]"},
		{"编辑\n审核\n广水毛小波\n广水市人民政府关于实施全域火葬的通告", "毛小波 审核 [审核]"},
		{"责任编辑:武汉李小波", "李小波 责任编辑 [责任编辑]"},
		// Negatives: a bracket with one field that is no name is not
		// split; a place and a paper's name; a place alone; a name
		// that opens with a place's characters but leaves no whole name.
		{"社区超市正式开业。\n(黄立新张勇)", ""},
		{"编辑:南阳日报", ""},
		{"审核:江山", ""},
		{"审核:黄山明", "黄山明 审核 [审核]"},
	}
	checkRows(t, tests, "people", personRows)
}

// TestPeopleReview28Titles covers review 26's titles printed whole: an
// occupation before the name (残疾摄影师陈志刚表示) is its title, and the
// head of the whole of a project (总负责人) is a post of its own, not
// 负责人.
func TestPeopleReview28Titles(t *testing.T) {
	tests := []rowCase{
		{"残疾摄影师陈志刚表示,这幅照片记录了老街。", "陈志刚 摄影师 [摄影师]"},
		{"大亚湾总负责人黄丽珍说,超市物资来自捐赠。", "黄丽珍 总负责人 [总负责人]"},
		{"现场总指挥李明说,救援队已到位。", "李明 总指挥 [总指挥]"},
		{"负责人邱一凌介绍,超市已开业。", "邱一凌 负责人 [负责人]"},
		// Negatives: the occupation heads a noun phrase or closes its
		// clause; 总 with no title after it.
		{"摄影师培训班开班。", ""},
		{"摄影师们表示感谢。", ""},
		{"总体负责人员到位。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
