package extract

import "testing"

// People from reviewer 19: a given name the segmenter reads as a place's
// name (张|江海, 王|长江) after a title of office and before a verb is a
// name; a surname that is also a preposition or a verb before a place
// (于|北京, 到|江海区) opens none.
func TestPeopleReview19(t *testing.T) {
	tests := []rowCase{
		{"1月11日上午,我市举行发放仪式,副市长张江海出席了活动。", "张江海 副市长 [副市长]"},
		{"副县长李黄河参加会议。", "李黄河 副县长 [副县长]"},
		{"副县长张长江参加会议。", "张长江 副县长 [副县长]"},
		{"局长张江南出席并讲话。", "张江南 局长 [局长]"},
		// Negatives: a preposition, a verb or a pronoun before a place, a
		// place that ends in a body's or an area's word.
		{"副市长于北京出席会议。", ""},
		{"局长到江海区调研。", ""},
		{"县长任江西省委常委。", ""},
		{"副市长在江海出席会议。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
