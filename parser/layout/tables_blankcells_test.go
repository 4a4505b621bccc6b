package layout

import "testing"

// TestBlankCells: the lines under a line that announces them, printed a
// cell a paragraph with the empty cells kept as paragraphs of spaces, are
// a grid as wide as the fewest cells that make a head of words and rows
// keyed by words; no part of the text. Cells with no empty cell among the
// rows, an empty cell only after the last, a head or a key that states
// a sentence, or the lines under an attachment's heading are left as
// read.
func TestBlankCells(t *testing.T) {
	const top = "某区2018年民政为民办实事公示\n\n根据有关文件要求,现将我区民政实事任务公示如下:\n\n"
	const foot = "公示时间:2018年6月5日至2018年6月9日。\n\n某区社会事业部\n\n2018年6月5日\n"
	const gap = "\n\n\u00a0\n\n"
	tests := []gridCase{
		{"three columns, the last empty",
			top + "实事项目\n\n任务\n\n备注\n\n提高城市低保标准\n\n城市低保标准线不低于480元/月,救助水平不低于320元/月。" + gap +
				"提高农村低保标准\n\n农村低保标准线不低于3200元/年。" + gap + "提高特困供养标准\n\n特困供养标准线不低于600元/月" + gap + foot,
			"- | 1 | 提高城市低保标准 提高农村低保标准 提高特困供养标准 | "},
		{"two columns, an empty cell in the first row",
			top + "实事项目\n\n完成情况\n\n新建社区养老服务中心10个" + gap + "完成敬老院提升改造3所\n\n已完成全部改造任务。\n\n" + foot,
			"- | 1 | 新建社区养老服务中心10个 完成敬老院提升改造3所 | "},
		// Left as read.
		{"no empty cell",
			top + "实事项目\n\n任务\n\n提高城市低保标准\n\n城市低保标准线不低于480元/月。\n\n提高农村低保标准\n\n农村低保标准线不低于3200元/年。\n\n" + foot,
			""},
		{"an empty cell after the last row only",
			top + "实事项目\n\n任务\n\n提高城市低保标准\n\n城市低保标准线不低于480元/月。\n\n提高农村低保标准\n\n农村低保标准线不低于3200元/年。" + gap + foot,
			""},
		{"a row keyed by a sentence",
			top + "实事项目\n\n任务\n\n备注\n\n提高城市低保标准\n\n城市低保标准线不低于480元/月。" + gap +
				"全年发放资金200万元,惠及3000人。\n\n农村低保标准线不低于3200元/年。" + gap + foot,
			""},
		{"a head that states a sentence",
			top + "实事项目\n\n任务如下,请监督。\n\n备注\n\n提高城市低保标准\n\n城市低保标准线不低于480元/月。" + gap +
				"提高农村低保标准\n\n农村低保标准线不低于3200元/年。" + gap + foot,
			""},
		{"keys that state sentences",
			top + "一是提高标准,保障到位。\n\n二是加强管理,规范发放。" + gap + "三是强化监督,公开透明。\n\n四是做好宣传,群众知晓。" + gap + foot,
			""},
		{"under an attachment's heading",
			"某区2018年民政为民办实事公示\n\n附件:\n\n实事项目\n\n任务\n\n备注\n\n提高城市低保标准\n\n城市低保标准线不低于480元/月。" + gap +
				"提高农村低保标准\n\n农村低保标准线不低于3200元/年。" + gap + foot,
			""},
	}
	checkGrids(t, tests, analyzed)
}
