package layout

import "testing"

// TestAliasedBody: a body's name with its second name in brackets gives
// the first; a bracketed note, a bracket inside the name, or words that
// name no body give none.
func TestAliasedBody(t *testing.T) {
	tests := []struct{ in, want string }{
		{"某区民政和社会保障局（某区退役军人事务局）", "某区民政和社会保障局"},
		{"某县民政局(县老龄工作委员会办公室)", "某县民政局"},
		{"某县民政局（县退役军人事务局） ", "某县民政局"},
		{"某区民政局（盖章）", ""},
		{"关于评定结果（第一批）", ""},
		{"某县民政局", ""},
		{"某县（市）民政局（县老龄办）", ""},
	}
	for _, tc := range tests {
		got, _ := aliasedBody(tc.in)
		if got != tc.want {
			t.Errorf("aliasedBody(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
