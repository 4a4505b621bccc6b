package extract

import "testing"

// TestTargetsClassBound: a count bounded after it inside a phrase 所有 or
// 全部 opens, before its noun, defines a class, no target. A count the
// verb takes as its object, a bound that closes the clause, and one with
// no all-word keep their plans, as does a count in a later item of a list
// than the all-word's (所有城市社区、90%以上乡镇).
func TestTargetsClassBound(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"所有…N户以上 noun", "要确保覆盖所有非火化区30户以上自然村寨组。", ""},
		{"全部…N张以上 noun", "要全部纳入100张以上床位养老机构。", ""},
		{"a list of classes under the all-word", "要确保覆盖所有非火化区、林区30户以上自然村寨组。", ""},

		// Levels that stand.
		{"no all-word", "要新建30个以上社区食堂。", "plan 30 个 -"},
		{"the bound closes the clause", "要确保所有村覆盖率达到90%以上。", "plan 90 % -"},
		{"a verb between", "所有乡镇要新建30个以上社区食堂。", "plan 30 个 -"},
		{"a later item of the list", "要确保设施覆盖所有城市社区、90%以上乡镇。", "plan 90 % -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetRows(input(t, tc.in)); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
