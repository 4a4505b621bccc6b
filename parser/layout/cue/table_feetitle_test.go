package cue

import "testing"

// TestFeeTitle: a line that ends with a fee table's title word and holds
// more than it names a table; the word alone (a head's cell), a sentence,
// or a pointer to the table does not.
func TestFeeTitle(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"殡葬四项基本服务项目及收费标准", true},
		{"殡葬选择性服务项目及收费标准", true},
		{"某区殡仪馆基本服务收费标准", true},
		// Names no table.
		{"收费标准", false},
		{"收费标准(元)", false},
		{"按规定执行收费标准。", false},
		{"具体见收费标准", false},
		// A notice's numbered heading.
		{"一、收费标准", false},
		{"1.殡葬基本服务收费标准", false},
	}
	for _, tc := range tests {
		if got := NamesTable(tc.s); got != tc.want {
			t.Errorf("NamesTable(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
