package extract

import "testing"

// TestPeopleAnniversaryCouple: 金婚 and 银婚 (domain.tsv) before 夫妇 or
// 老人 say how long a couple has been married; they name no one, though 金
// is a surname. A name before 夫妇 is still the husband's.
func TestPeopleAnniversaryCouple(t *testing.T) {
	tests := []rowCase{
		{"区民政局还邀请了金婚夫妇为新人颁发结婚证。", ""},
		{"现场,46年金婚夫妇为新人送上祝福。", ""},
		{"一对银婚夫妇代表上台致辞。", ""},
		{"两位金婚老人专门打扮了一番。", ""},
		{"婚礼上,赵建平夫妇为新人颁发结婚证。", "赵建平 -"},
		{"金明远夫妇为新人送上祝福。", "金明远 -"},
	}
	checkRows(t, tests, "people", personRows)
}
