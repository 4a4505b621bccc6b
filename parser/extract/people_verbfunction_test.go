package extract

import "testing"

// TestVerbThenFunction covers a verb and a preposition before a title read
// as no name, and names before a title that stay.
func TestVerbThenFunction(t *testing.T) {
	checkRows(t, []rowCase{
		{"成立由局长、老龄办主任任组长的领导小组。", ""},
		// Must not fire: a name before the title, in a list or alone.
		{"会上,林建平副调研员讲话。", "林建平 副调研员 [副调研员]"},
		{"秘书长何其勇、林建平副调研员出席。", "何其勇 秘书长 [秘书长]; 林建平 副调研员 [副调研员]"},
	}, "people", personRows)
}
