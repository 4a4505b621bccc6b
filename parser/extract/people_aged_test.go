package extract

import "testing"

// TestPeopleAged: an age before a form of address (百岁老人) is no name's
// end, and makes the form a description of the name printed right after
// it; a form of address alone still follows its name, and an age with no
// name after it names no one.
func TestPeopleAged(t *testing.T) {
	tests := []rowCase{
		{"一行来到塘头村百岁老人吴淑美家中看望。", "吴淑美 -"},
		{"看望了九十岁老人李秀英,送上慰问金。", "李秀英 -"},
		{"慰问了张桂兰老人。", "张桂兰 -"},
		// No name.
		{"黄某说,家里有百岁老人,是家庭的福气。", ""},
		{"全县有百岁老人36名。", ""},
		{"看望了两位百岁老人,送上慰问金。", ""},
		{"为百岁老人送上生日蛋糕。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
