package extract

import "testing"

// TestPeopleReportDateline: an online outlet's lead may close its dateline
// with 报道 where a paper prints 讯 (国际在线海南频道报道(郑蕊):…): the bare
// name in the bracket after it, before the lead's colon, is the byline,
// with no role. 报道 in a sentence, a bracket with no colon after it, and a
// bracket that names a body credit no one.
func TestPeopleReportDateline(t *testing.T) {
	checkRows(t, []rowCase{
		{"国际在线海南频道报道(郑蕊):11月28日下午,调研组到文昌市调研。", "郑蕊 -"},
		{"云上通山报道（李明华）：近日,县民政局召开会议。", "李明华 -"},
		{"标题\n某某网报道(记者 张三):今天召开会议。", "张三 记者 [记者]"},

		// 报道 in a sentence, no colon, a body in the bracket.
		{"多家媒体对此进行了报道(郑蕊):会议取得成功。", ""},
		{"国际在线海南频道报道(郑蕊)11月28日下午,调研组到文昌市。", ""},
		{"国际在线海南频道报道(文昌市民政局):调研组到文昌市。", ""},
	}, "people", personRows)
}
