package extract

import "testing"

// TestPeopleHomeGlued (rows list people in the order the rules find them):
// the character the segmenter glued to the 家 of the home after a name a
// status word opens is the name's. Not so: a name whose next word is the
// home itself, a stop before 家, or no home after the word.
func TestPeopleHomeGlued(t *testing.T) {
	tests := []rowCase{
		{"在低保户孙维农家中，局长查看了暖气。", "孙维农 -"},
		{"来到特困人员孙维农家里看望。", "孙维农 -"},

		// The name as read.
		{"在低保户梁静家中，局长查看了暖气。", "梁静 -"},
		{"在低保户孙维农家乐园参观。", "孙维 -"},
		{"低保户李明到家中看望。", "李明 -"},
		// The segmenter read the pair as a family's name (张家, the Zhangs).
		{"在低保户王强张家中，局长查看了暖气。", "王强 -"},
	}
	checkRows(t, tests, "people", personRows)
}
