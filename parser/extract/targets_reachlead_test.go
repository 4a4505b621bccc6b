package extract

import "testing"

// TestTargetsReachLead: a sentence that tells a deed (制定了…方案) and then,
// after a clause of 到 and a year's end not yet past (the test document is
// of 2025), the level its plan word sets: a target due then. Rows where
// the rule must not fire: a year already past, a word of a deed between
// the lead and the number, no plan word in the number's clause.
func TestTargetsReachLead(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a plan after a deed", "区民政局制定了实施方案,到2025年底,完成新建养老服务设施17个。", "plan 17 个 2025-12-31"},
		{"a later year, no closing mark", "区民政局制定了实施方案,到2026年底,完成改造村级互助幸福院12个", "plan 12 个 2026-12-31"},

		{"a year past", "区民政局制定了实施方案,到2023年底,完成新建养老服务设施17个。", "achieved 17 个 -"},
		{"a deed after the lead", "区民政局制定了实施方案,到2025年底,已完成新建养老服务设施17个。", "achieved 17 个 -"},
		{"no plan word", "区民政局制定了实施方案,到2025年底,新建的养老服务设施有17个。", "achieved 17 个 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
