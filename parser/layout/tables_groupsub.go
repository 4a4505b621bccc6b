package layout

// groupSubHead reports whether row, under the header head, is the
// header's second level where each of the head's cells spans a group of
// columns: the head fills fewer cells than the row (一级目录 | 二级目录 |
// 三级目录类, each over two columns), and the row under it prints the
// same label once under each of them (编号 | 名称 | 编号 | 名称 …: 名称
// three times under three heads), with no figure and no sentence. A data
// row under a head fills the head's columns with its own values; a label
// repeated as many times as the head has groups is the groups' own.
func groupSubHead(head, row []string) bool {
	groups := filled(head)
	if groups < 2 || filled(row) <= groups || hasNumber(row) || statesSentence(row) {
		return false
	}
	seen := map[string]int{}
	for _, c := range row {
		if c != "" {
			seen[c]++
		}
	}
	for _, n := range seen {
		if n == groups {
			return true
		}
	}
	return false
}
