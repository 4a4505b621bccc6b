package extract

import "testing"

// TestPeopleDottedOf: the particle 的 after a dotted name's last part ends
// it; before another word the end stays a guess.
func TestPeopleDottedOf(t *testing.T) {
	tests := []rowCase{
		{"来到困难群众阿依古丽·吐尔地的家中。", "阿依古丽·吐尔地 -"},
		{"这是牧民热孜万·吐逊的羊群。", "热孜万·吐逊 -"},
		{"中国·国家地名信息库的数据", ""},
		{"来到困难群众阿依古丽·吐尔地那里。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
