package extract

import "testing"

// TestOpeningMark covers a name before an opening mark, which closes no
// clause (no married form read across it), and 以 after a name's last
// character the segmenter glued to it; and where a married form or 以
// stays as before.
func TestOpeningMark(t *testing.T) {
	checkRows(t, []rowCase{
		{"5月3日,省民政厅厅长黄东红以“四不两直”方式赴安化县实地检查。", "黄东红 厅长 [厅长] @省民政厅"},
		{"主席黄东红以“四不两直”方式赴基层检查。", "黄东红 主席 [主席]"},
		// Must not fire: a married form before a bracket or a stop, 以 read
		// whole by the segmenter, a name the segmenter knew.
		{"香港西区妇女福利会主席萧曾凤群(致辞)", "萧曾凤群 主席 [主席]"},
		{"主席萧曾凤群。", "萧曾凤群 主席 [主席]"},
		{"局长王某以普通党员身份参加。", "王某 局长 [局长]"},
		{"厅长张伟以来一直分管民政。", "张伟 厅长 [厅长]"},
	}, "people", personRows)
}
