package chrono

import "testing"

// An English date reads with its year only, as a word of its own.
func TestEnglishDates(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Nov 22, 2025", "2025-11-22"},
		{"November 22, 2025", "2025-11-22"},
		{"Sept. 3, 2024", "2024-09-03"},
		{"Nov 22", ""},
		{"Novel 22, 2025", ""},
		{"Feb 30, 2025", ""},
		{"ANov 22, 2025", ""},
	} {
		got := ""
		if e, ok := Starting(tc.in, 0, Ref{}); ok && e.Kind == Day {
			got = e.Value
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}
