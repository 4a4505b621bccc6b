package extract

import "testing"

// TestTargetsMeetingKind: 部署 before a meeting noun names the meeting's
// kind (部署会议8场次), and 部署 closing a member of a heading's parallel
// phrases (高位谋划、精密部署，) names a way of work: neither demands, so a
// paragraph that tallies its deeds (共受理) tells what was done. 部署 as
// the verb of a meeting with its object, and 要求 opening what it
// requires, still demand.
func TestTargetsMeetingKind(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"部署会议", "组织开展专题培训及工作部署会议8场次。全市共受理登记757对。", "achieved 8 场次 -"},
		{"a heading's parallel phrases", "一、高位谋划、精密部署,筑牢根基。培训人员200余人次。全市共受理登记757对。", "achieved 200 人次 -"},

		// Demands that stand: 部署 with its object, 要求 opening a clause.
		{"研究部署 with an object", "会议研究部署新建养老机构5所。全市共受理登记757对。", "plan 5 所 -"},
		{"要求，", "会议要求,新建养老机构5所。全市共受理登记757对。", "plan 5 所 -"},
		{"部署 before a noun of no meeting", "部署新建养老机构5所。全市共受理登记757对。", "plan 5 所 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
