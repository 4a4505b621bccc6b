package extract

import "testing"

// TestAgencyRenamedPartner: the new name after 改称 (renamed) and the
// partner after 协同 (together with) are bodies of their own, no part of
// the verb's run; a name holding neither verb is read whole.
func TestAgencyRenamedPartner(t *testing.T) {
	checkRows(t, []rowCase{
		{"1954年9月:中央人民政府内务部改称中华人民共和国内务部。", "中央人民政府内务部; 中华人民共和国内务部"},
		{"近日,深州市民政局协同深州市公安局帮助走失老人返乡。", "深州市民政局; 深州市公安局"},
		// Must not fire.
		{"近日,深州市民政局联合深州市公安局帮助走失老人返乡。", "深州市民政局; 深州市公安局"},
		{"各部门要协同配合,形成工作合力。", ""},
		{"苏浙皖养老协同专题工作组办公室印发通知。", "苏浙皖养老协同专题工作组办公室"},
	}, "agencies", agencyNames)
}
