package extract

import (
	"testing"

	"bulletin/parser/agency"
)

// TestAgencyThatDivision: a pronoun and the level it points back with
// (该县, 该镇) are no part of the name of its own after them; a body named
// by its field and ending alone, or a kind, takes the level as its place,
// and a pronoun of the writing body or a level word is left alone.
func TestAgencyThatDivision(t *testing.T) {
	checkRows(t, []rowCase{
		{"在该县遇驾山居家养老服务中心,省人大一行听取了汇报。", "遇驾山居家养老服务中心; 省人大"},
		{"记者来到该镇红星村幸福院,看望老人。", "红星村幸福院"},
		{"据悉,该市夕阳红老年公寓已入住老人80名。", "夕阳红老年公寓"},
		{"该区金色年华养老服务中心正式运营。", "金色年华养老服务中心"},
		// Must not fire.
		{"该县民政局局长张三介绍了情况。", "县民政局"},
		{"该区民政局组织开展检查。", "区民政局"},
		{"该市社会福利院收养儿童50名。", "市社会福利院"},
		{"我县殡葬管理所负责实施。", "殡葬管理所"},
		{"该镇敬老院共有床位50张。", "镇敬老院"},
	}, "agencies", agencyNames)
}

// TestThatDivisionGuards holds thatDivisionLeads itself to its guards,
// one row a guard: the start moves past 该县 before a name of its own;
// not past a word that points at nothing (某县: a placeholder's level is
// the name's), a pronoun before no level (该|红星…), a pointing word of two
// characters (我市: read whole by the prefixes, 我市|区…), a level before
// an ending alone (该县机关党委: the ending names the level's body), a kind,
// a name that opens with a level of its own, or a field and ending alone.
func TestThatDivisionGuards(t *testing.T) {
	tests := []struct {
		s, moved string // moved: the name after the move, "" where it stays
	}{
		{"该县遇驾山居家养老服务中心", "遇驾山居家养老服务中心"},
		{"该镇红星村幸福院", "红星村幸福院"},
		// Must not fire.
		{"某县红星养老服务中心", ""},
		{"该红星养老服务中心", ""},
		{"该县机关党委", ""},
		{"我市区红星养老服务中心", ""},
		{"该市社会福利院", ""},
		{"该市区红星养老服务中心", ""},
		{"该县民政局", ""},
	}
	for _, tc := range tests {
		suffix, _ := agency.Ending(tc.s)
		r := &startReading{s: tc.s, e: len(tc.s), suffix: suffix}
		if !(thatDivisionLeads{}).open(r) {
			t.Errorf("%q: open said no body", tc.s)
			continue
		}
		got := ""
		if r.i > 0 {
			got = tc.s[r.i:]
		}
		if got != tc.moved {
			t.Errorf("%q: moved to %q, want %q", tc.s, got, tc.moved)
		}
	}
}
