package extract

import "testing"

// TestTargetsReview30Ages covers review 28's age range of the people a
// plan serves (为0-18岁未成年人…打造…): an age before its noun names whom
// the work is for, no level to reach (GOLD targets), while the plan's
// count in the same text stays a target.
func TestTargetsReview30Ages(t *testing.T) {
	tests := []rowCase{
		{"不仅为0-18岁未成年人及其家庭打造学习、交流和成长的活动空间。", ""},
		{"打造服务80岁老人的活动中心。", ""},
		{"力争为60岁以上老年人提供服务。", ""},
		{"力争建设养老床位500张。", "plan 500 张 -"},
		// Negatives (ages that end their clause, and counts, stay): a
		// level of age to reach is a target.
		{"确保人均预期寿命达到80岁。", "plan 80 岁 -"},
		{"打造儿童之家26个。", "plan 26 个 -"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTargetsReview30Decisions covers review 28's plan a decision sets
// (决定在全县所有乡镇、街道办设立…26个): a verb of founding (设立, 成立) that
// a decision word governs plans what it sets up; alone (a headline of
// stations set up) it plans nothing.
func TestTargetsReview30Decisions(t *testing.T) {
	tests := []rowCase{
		{"决定在全县所有乡镇、街道办设立未成年人保护工作站26个。", "plan 26 个 -"},
		{"会议决定成立3个工作专班。", "plan 3 个 -"},
		// Negatives: no decision before the verb; the decision's verb
		// is no founding.
		{"萧县设立26个未成年人保护工作站", ""},
		{"全县共成立3个工作专班。", ""},
		{"决定表彰先进个人10名。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
