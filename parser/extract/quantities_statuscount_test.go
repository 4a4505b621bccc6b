package extract

import "testing"

// TestQuantityStatusCounts: a figure right after a word of a kind of
// people (孤儿, 特困供养人员) with no unit after it counts them, unit "";
// a figure with its own unit, a code, a figure after a word of no kind of
// people, and a colon's field are read as before.
func TestQuantityStatusCounts(t *testing.T) {
	tests := []rowCase{
		{"我镇现有孤儿22每人每月1100元。", "22 ; 1100 元"},
		{"我镇分散特困供养人员381同时关注敬老院老人。", "381 "},
		{"全镇低保对象1052,其中农村低保对象988。", "1052 ; 988 "},

		{"我镇现有孤儿22人。", "22 人"},
		{"孤儿A12号档案已归档。", ""},
		{"孤儿22A号档案已归档。", ""},
		{"我镇现有局长22,均已到岗。", ""},
		{"我镇现有房屋22,均已加固。", ""},
		{"特困人员:381。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}
