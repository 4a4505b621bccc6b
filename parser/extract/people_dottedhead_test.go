package extract

import "testing"

// TestPeopleDottedHead: a name read before a form of address or a title
// that a middle dot joins to a part before it is read with that part (the
// dot parts one transcribed name); a piece of a name the document prints
// whole with its dots names that person, no one new; a name with no title
// takes the office printed right before it elsewhere in the document. Not
// so: a name with no dot before it, a run before the dot too long to be a
// part, a name no office is printed before, or one only a status word
// stands before (低保户).
func TestPeopleDottedHead(t *testing.T) {
	tests := []rowCase{
		{"哈力木拉提·马木提同志视察养老机构", "哈力木拉提·马木提 -"},
		{"哈力木拉提·马木提同志视察养老机构。\n统战部部长哈力木拉提·马木提出席。", "哈力木拉提·马木提 部长 [部长]"},
		{"第一师副政委,统战部部长哈力木拉提·马木提出席。\n哈力木拉提副政委在护理院检查", "哈力木拉提·马木提 部长 [部长] @统战部"},
		{"张明同志视察养老机构。\n副县长张明出席。", "张明 副县长 [副县长]"},
		{"张明同志视察养老机构。", "张明 -"},
		{"张明同志走访慰问。\n看望低保户张明。", "张明 -"},
		{"根据上级关于进一步做好春节期间困难群众走访慰问工作的通知精神·马木提同志出席", ""},
	}
	checkRows(t, tests, "people", personRows)
}
