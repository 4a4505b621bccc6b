package extract

import "testing"

// TestUnitFieldVerb covers a unit named after its field's verb right
// before its one-character ending (宣传处, 新闻发布处, 信息发布科), with
// cases where the verb still bounds the name.
func TestUnitFieldVerb(t *testing.T) {
	checkRows(t, []rowCase{
		{"省民政厅宣传处负责。", "省民政厅宣传处"},
		{"海南省委宣传部新闻发布处处长张明主持。", "海南省委宣传部新闻发布处"},
		{"省民政厅信息发布科科长张明出席。", "省民政厅信息发布科"},
		// Must not fire: the verb's object is a word of its own (处罚, 科普,
		// 处理), no unit.
		{"市民政局发布处罚决定。", "市民政局"},
		{"市民政局宣传科普知识。", "市民政局"},
		{"要求做好宣传处理工作。", ""},
	}, "agencies", agencyNames)
}
