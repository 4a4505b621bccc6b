package extract

import "testing"

// TestTargetsListLead66: a time a level is to be reached by that opens a
// goal sentence (到2025年末，) is the deadline of every member of the list
// the sentence's semicolons part, as it is of the clauses its commas
// part. Not so: a member that names its own time, a time that does not
// open the sentence (a clause before it), a year's end told with no 到
// (2025年末，… tells when), and a number after the full stop, which opens a
// new sentence. The test document is dated 2025-06-03.
func TestTargetsListLead66(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"；-list under 到…年末", "到2025年末,社区服务体系更加完善;城乡社区综合服务设施覆盖率达100%;城市社区政务自助服务覆盖率不低于90%。", "plan 100 % 2025-12-31; plan 90 % 2025-12-31"},
		{"；-list under 到…年底", "到2026年底，养老服务体系更加健全；护理型床位占比不低于60%。", "plan 60 % 2026-12-31"},
		{"；-list under 力争到…年底", "力争到2026年底，养老服务体系更加健全；护理型床位占比不低于60%。", "plan 60 % 2026-12-31"},

		// Not the lead's deadline.
		{"a member with its own time", "到2025年末,社区服务体系更加完善;2027年底前覆盖率达100%。", "plan 100 % 2027-12-31"},
		{"the time does not open the sentence", "全市各地要加快工作进度,到2025年末体系更加完善;覆盖率达100%。", "plan 100 % -"},
		{"a year's end with no 到", "2025年末,社区服务体系更加完善;覆盖率达100%。", "plan 100 % -"},
		{"a new sentence", "到2025年末,社区服务体系更加完善。覆盖率达100%。", "plan 100 % -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
