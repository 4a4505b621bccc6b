package extract

import "testing"

// Quantities from reviewer 20: 副 counts pairs and sets (棉手套66副, a
// handout's gloves); where it opens a deputy's title after a figure (局长
// 1名副局长2名) it is the title's, and a title's holder count stays
// with 名.
func TestQuantitiesReview21(t *testing.T) {
	tests := []rowCase{
		{"为50余位困难群众发放棉手套66副。", "50 位; 66 副"},
		{"向残疾人发放拐杖20副、护膝100副。", "20 副; 100 副"},
		{"送去春联3000副。", "3000 副"},
		{"配备局长1名副局长2名。", "1 名; 2 名"},
		// Negatives: 副 before a title after a figure, a title with no
		// figure, a list's number before a deputy.
		{"领导班子2副局长参加。", ""},
		{"副市长张三出席。", ""},
		{"1.副主任李四主持会议。", ""},
	}
	checkRows(t, tests, "quantities", amountRows)
}
