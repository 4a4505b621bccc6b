package extract

import "testing"

// TestPeopleListBetween: a member of a 、-list between two names, its
// given name a word the segmenter knows (左|文学), is a name; at the
// list's end, before a member that is no name, or holding a body's
// ending or a title it is not read.
func TestPeopleListBetween(t *testing.T) {
	tests := []rowCase{
		{"主任王波、杨春敏、左文学、徐江丽出席。", "王波 主任 [主任]; 杨春敏 主任 [主任]; 左文学 主任 [主任]; 徐江丽 主任 [主任]"},
		{"主任王波、杨春敏、左文学、热先古力·托乎提、徐江丽。", "王波 主任 [主任]; 杨春敏 主任 [主任]; 左文学 主任 [主任]; 热先古力·托乎提 主任 [主任]; 徐江丽 主任 [主任]"},
		// Not between two names: the list's last member, or one before a word.
		{"主任王波、杨春敏、左文学。", "王波 主任 [主任]; 杨春敏 主任 [主任]"},
		{"主任王波、杨春敏、左文学、社区工作者出席。", "王波 主任 [主任]; 杨春敏 主任 [主任]"},
		// A body's ending or a title in the member.
		{"主任王波、杨春敏、江岸区、徐江丽出席。", "王波 主任 [主任]; 杨春敏 主任 [主任]"},
		{"主任王波、杨春敏、张主任、徐江丽出席。", "王波 主任 [主任]; 杨春敏 主任 [主任]"},
	}
	checkRows(t, tests, "people", personRows)
}
