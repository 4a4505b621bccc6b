package extract

import "testing"

// TestPeopleEdges65: a report quotes an official by title, name and 说 or
// 称; where the segmenter glues the name's last character to the verb
// (李子|良说), the name keeps it. A level of division that is also a
// surname (区) opens a body's name with the ending after it (副区长区人民
// 政府), no person. A speaker's thanks to the chair (谢谢主持人) names no
// one. Each with the readings that must stay: a word of its own after the
// name (说明), an adverb before the verb (还说), a real person of the
// surname 区 or 谢.
func TestPeopleEdges65(t *testing.T) {
	checkRows(t, []rowCase{
		{"“预计可以增加近5000人。”银川老年大学专职副校长李子良说。", "李子良 副校长 [副校长]"},
		{"银川老年大学专职副校长李子良说：“今年要扩大招生。”", "李子良 副校长 [副校长]"},
		{"副区长区伟明出席会议。", "区伟明 副区长 [副区长]"},
		{"谢明主持人宣布会议开始。", "谢明 主持人 [主持人]"},

		// No name, or no character glued on.
		{"局长张三还说，今年要新建。", "张三 局长 [局长]"},
		{"主任李明说明了情况。", "李明 主任 [主任]"},
		{"听取副区长区人民政府贯彻条例情况的汇报。", ""},
		{"会议由副区长区政府办负责同志主持。", ""},
		{"谢谢主持人！各位媒体朋友，大家好。", ""},
	}, "people", personRows)
}
