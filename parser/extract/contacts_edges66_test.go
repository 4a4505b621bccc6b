package extract

import "testing"

// TestContactPersonLabels66 covers a contact line labelled with a synonym
// of 联系人 (联络人, 联系人员: cue list contactperson), here inside the
// bracket a notice prints after the office to reach: the name after the
// label's colon is a contact with the phone printed with it, even where
// the copy stops after that phone, and a person with no title (the label is
// none). The same label run into the words after it is a noun of the
// sentence, not a label; a word that only shares a character (联络员会议,
// 联络) is no label.
func TestContactPersonLabels66(t *testing.T) {
	checkRows(t, []rowCase{
		{"请与县清明节工作办公室(县民政局联络人:黄祖溶,联系电话:6331221、", "黄祖溶 6331221 -"},
		{"联络人:黄祖溶,联系电话:0598-6331221。", "黄祖溶 0598-6331221 -"},
		{"联系人员:张晓伟 电话:13812345678", "张晓伟 13812345678 -"},
		{"联络人:黄祖溶。", "黄祖溶 - -"},
		// Negatives: the label as a noun of its sentence; no label.
		{"请各单位确定一名联络人并报送联系电话:6331221。", ""},
		{"各乡镇联络人姓名及电话请于3月底前报送。", ""},
		{"召开联络员会议,电话:6331221", ""},
	}, "contacts", contactRows)
	checkRows(t, []rowCase{
		{"请与县清明节工作办公室(县民政局联络人:黄祖溶,联系电话:6331221、", "黄祖溶 -"},
		{"联系人员:张晓伟 电话:13812345678", "张晓伟 -"},
		// Negatives: the label as a noun, no one named after it.
		{"请各单位确定一名联络人并报送联系电话。", ""},
		{"各乡镇联络人姓名及电话请于3月底前报送。", ""},
	}, "people", personRows)
}
