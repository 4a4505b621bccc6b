package extract

import "testing"

// TestPeopleFormerPost: a title printed after 原 as a word of its own is
// the former post, the role with its mark; a 原 that closes a place's name
// (太原, 中原区) marks nothing.
func TestPeopleFormerPost(t *testing.T) {
	tests := []rowCase{
		{"会议现场,市人民政府原副市长龚德汉将《交办函》交办给各区县市代表。", "龚德汉 原副市长 [副市长] @市人民政府"},
		{"参加活动的还有市慈善基金会原副理事长吴幼英。", "吴幼英 原副理事长 [副理事长] @市慈善基金会"},
		{"山西省太原市长王建国出席会议。", "王建国 市长 [市长]"},
		{"中原区长李明出席会议。", "李明 区长 [区长]"},
	}
	checkRows(t, tests, "people", personRows)
}
