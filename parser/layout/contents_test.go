package layout

import "testing"

// dice compares titles as bags of character bigrams: repeats count as
// often as both hold them, order does not matter.
func TestDice(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"民政工作", "民政工作", 1},
		{"民政工作", "工作民政", 2 * 2.0 / 6}, // 民政, 工作 shared; 作民 and 政工 not
		{"哈哈哈", "哈哈", 2 * 1.0 / 3},    // 哈哈 twice against once
		{"养老服务", "殡葬改革", 0},
		{"民", "民", 0}, // no bigram at all
		{"", "民政", 0},
	}
	for _, tt := range tests {
		if got := dice(bigrams(tt.a), bigrams(tt.b)); got != tt.want {
			t.Errorf("dice(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
