package extract

import "testing"

// TestTargetsTallyAdverb: 共 of its own before its verb (共受理登记757对)
// tallies deeds, so a paragraph that holds it and turns to no future
// tells what was done, its plan words too (培训人员200余人次). 共 of a
// longer word (共同), before a noun (共需资金), or in a paragraph that turns
// ahead (将, 计划) leaves the plans standing.
func TestTargetsTallyAdverb(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"共 before its verb", "培训婚姻登记人员200余人次。全市10个点位共受理登记757对。", "achieved 200 人次 -"},
		{"共 and 新建", "新建养老机构5所。全区共走访老人120户。", "achieved 5 所 -"},

		// No tally of deeds: 共同, 共 before a noun, a paragraph that turns ahead.
		{"共同 is no tally", "新建养老机构5所。各部门共同推进工作。", "plan 5 所 -"},
		{"共需 before a noun", "新建养老机构5所,全年共需资金500万元。", "plan 5 所 -"},
		{"将 turns ahead", "全市将新建养老机构5所。全区共走访老人120户。", "plan 5 所 -"},
		{"计划 turns ahead", "计划新建养老机构5所。全区共走访老人120户。", "plan 5 所 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
