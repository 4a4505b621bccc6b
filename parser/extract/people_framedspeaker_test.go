package extract

import "testing"

// TestPeopleFramedSpeaker: a bare name that opens a paragraph right before
// a verb framing a speech and its mark (张某某指出，…) is a person with no
// role. Not so: a meeting or a document as the frame's subject, a name
// inside a sentence, a frame verb with no mark after it, a place or a body
// before the verb, or a name with a title (read by the title rules).
func TestPeopleFramedSpeaker(t *testing.T) {
	tests := []rowCase{
		{"会议由副主任黄庆主持。\n张永封指出，2024年我们扎实奋进。", "黄庆 副主任 [副主任]; 张永封 -"},
		{"王志高强调：要提高认识。", "王志高 -"},
		{"　　刘明表示，将全力推进。", "刘明 -"},
		{"李宏塔要求，各地要抓好落实。", "李宏塔 -"},

		// No one.
		{"会议指出，2025年全县要兜牢底线。", ""},
		{"通知要求，各地于3月1日前上报。", ""},
		{"文件强调，要加强监管。", ""},
		{"会上，张永封指出，要加强监管。", ""},
		{"张永封指出的问题已整改。", ""},
		{"民政局强调，要规范管理。", ""},
		{"武隆表示，将全力推进。", ""},
		{"同时指出，要加强监管。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
