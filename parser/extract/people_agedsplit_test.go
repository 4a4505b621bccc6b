package extract

import "testing"

// TestPeopleAgedSplit: a name after an age whose given name the segmenter
// does not know, cut into the surname and lone characters (黄|旸), is read
// whole as one cut whole is; a known word after the surname, no figure
// before 岁的, or a noun after the name reads nothing.
func TestPeopleAgedSplit(t *testing.T) {
	tests := []rowCase{
		{"41岁的黄旸刚刚到岗。", "黄旸 -"},
		{"30岁的马甡甡说。", "马甡甡 -"},
		{"今年29岁的何烜说,工作很充实。", "何烜 -"},
		{"26岁的刘芳和28岁的郭旸刚刚领证。", "刘芳 -; 郭旸 -"},
		// No name.
		{"29岁的王者归来。", ""},
		{"多岁的黄旸说。", ""},
		{"41岁的黄旸工资很低。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
