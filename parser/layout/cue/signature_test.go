package cue

import "testing"

// TestAgencyAndDateCoIssuers: a 落款 of co-issuers apart by spaces gives the
// first, though the copy cut a later one short; words with an address or a
// figure after the first, or a first that is no body's name, give none.
func TestAgencyAndDateCoIssuers(t *testing.T) {
	tests := []struct {
		line, who string
		ok        bool
	}{
		{"某县财政局 某县民政局 2022年8月25日", "某县财政局", true},
		{"某县财政局 某县民政2022年8月25日", "某县财政局", true},
		{"某县民政局 2022年8月25日", "某县民政局", true},
		// No 落款's body.
		{"某县财政局 http://example.cn 2022年8月25日", "", false},
		{"某县财政局 某路18号 2022年8月25日", "", false},
		{"某县财政局 某县民政", "", false},
	}
	for _, tc := range tests {
		who, ok := AgencyAndDate(tc.line)
		if who != tc.who || ok != tc.ok {
			t.Errorf("AgencyAndDate(%q) = %q, %v; want %q, %v", tc.line, who, ok, tc.who, tc.ok)
		}
	}
}
