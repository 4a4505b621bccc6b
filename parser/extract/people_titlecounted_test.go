package extract

import "testing"

// TestPeopleTitleCounted: a title a count follows (社工432余人) is the
// class counted, and the words before it name no one; a title with no
// count after it keeps the name before it.
func TestPeopleTitleCounted(t *testing.T) {
	tests := []rowCase{
		{"全市共有持证社工432余人。", ""},
		{"全市共有持证社工432人。", ""},
		{"该中心有持证社工12名。", ""},
		// No count after the title: the name before it is read.
		{"王小明社工介绍了情况。", "王小明 社工 [社工]"},
		{"陈秋霞主任介绍，全市共有社工432人。", "陈秋霞 主任 [主任]"},
	}
	checkRows(t, tests, "people", personRows)
}
