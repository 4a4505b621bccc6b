package clean

import "testing"

// TestFoldRadicals writes radicals as the ideographs they stand for where
// the byte length holds (⺠ 民, ⾒ 見, ⼤ 大), and leaves a text with none,
// and a radical whose ideograph is longer (⺇ 𠘨), as it is.
func TestFoldRadicals(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"某县⺠政局", "某县民政局"},
		{"福建省⾒義勇為基⾦會", "福建省見義勇為基金會"},
		{"⼤⽇⼯", "大日工"},
		// Not so.
		{"某县民政局", "某县民政局"},
		{"⺇", "⺇"},               // its ideograph is four bytes: the cleaner's
		{"—1—", "—1—"},           // E2 80 94, no radical
		{"\xe2\xba", "\xe2\xba"}, // cut short
	} {
		got := FoldRadicals(tc.in)
		if got != tc.want || len(got) != len(tc.in) {
			t.Errorf("FoldRadicals(%q) = %q, want %q (same length)", tc.in, got, tc.want)
		}
	}
}
