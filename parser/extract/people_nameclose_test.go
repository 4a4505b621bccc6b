package extract

import "testing"

// TestPeopleNameClose: a three-character name whose last character the
// segmenter glued to the function word after it (及, 和, 关于, 关於, 等) keeps
// that character; a name of two before such a word, a body's character
// glued to it and a stop of its own do not take one.
func TestPeopleNameClose(t *testing.T) {
	tests := []rowCase{
		{"县民政局局长黄史清及局班子成员陪同参加。", "黄史清 局长 [局长] @县民政局"},
		{"县民政局局长黄史清和局班子成员陪同。", "黄史清 局长 [局长] @县民政局"},
		{"听取了省民政厅厅长周明定关於全省工作的汇报。", "周明定 厅长 [厅长] @省民政厅"},
		{"县政协主席周裔繁等领导陪同调研。", "周裔繁 主席 [主席] @县政协"},
		// A stop that only opens a verb (强 of 强调) glued to 及.
		{"区长陶毓敏,副区长张国强及相关单位负责同志陪同调研。", "陶毓敏 区长 [区长]; 张国强 副区长 [副区长]"},

		// A name of two before the function word, a body's character, a
		// known word after the name.
		{"听取了局长李红关于全省工作的汇报。", "李红 局长 [局长]"},
		{"副区长张国强调相关单位要落实责任。", "张国 副区长 [副区长]"},
		{"副区长张国在及时处置中到场。", "张国 副区长 [副区长]"},
		{"县民政局局长王刚及局班子成员陪同。", "王刚 局长 [局长] @县民政局"},
		{"市民政局局长李红及有关人员参加。", "李红 局长 [局长] @市民政局"},
		{"县民政局局长王刚同局班子成员陪同。", "王刚 局长 [局长] @县民政局"},
		{"县民政局局长王刚等领导陪同。", "王刚 局长 [局长] @县民政局"},
		{"县民政局局长李红等3人陪同。", "李红 局长 [局长] @县民政局"},
	}
	checkRows(t, tests, "people", personRows)
}
