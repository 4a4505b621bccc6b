package extract

import "testing"

// TestTargetsReview26Means covers review 24: a means phrase of effort
// (通过积极争取, 经过争取) opens a sentence that tells the result it
// brought, no target; a plan word only a plan uses in the number's clause
// still sets one.
func TestTargetsReview26Means(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a plan word only a plan uses", "通过积极争取,力争补助资金不低于2万元/床位。", "plan 20000 元 -"},
		{"a plan with no means phrase", "敬老院建设补助资金达到2万元/床位。", "plan 20000 元 -"},
		{"争取 alone plans", "积极争取上级资金新建敬老院3所。", "plan 3 所 -"},

		// Not targets.
		{"通过积极争取", "通过积极争取,敬老院建设补助资金达到1.66万元/床位。", "achieved 16600 元 -"},
		{"经过争取", "经过争取,新建敬老院3所。", "achieved 3 所 -"},
		{"经积极争取", "经积极争取,共落实资金500万元。", "achieved 5000000 元 -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
