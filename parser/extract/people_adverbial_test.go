package extract

import "testing"

// TestPeopleAdverbial: a dotted name closed by an adverbial, a word and
// the particle 地 (高兴地), ends before it; before a word with no 地 after
// it the end of the name's last part stays a guess, and nothing is read.
func TestPeopleAdverbial(t *testing.T) {
	tests := []rowCase{
		{"住在敬老院的老人努尔沙曼·瓦斯力高兴地介绍着。", "努尔沙曼·瓦斯力 -"},
		{"努尔沙曼·瓦斯力认真地听取汇报。", "努尔沙曼·瓦斯力 -"},
		// No 地: the end is a guess.
		{"住在敬老院的老人努尔沙曼·瓦斯力高兴介绍着。", ""},
		{"努尔沙曼·瓦斯力认真听取汇报。", ""},
	}
	checkRows(t, tests, "people", personRows)
}
