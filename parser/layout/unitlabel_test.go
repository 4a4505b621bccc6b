package layout

import "testing"

// TestUnitLabel: a grid's unit set alone, bare or in a row of empty cells,
// is a note over the grid; a row that holds more, or a sentence, is not.
func TestUnitLabel(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"单位:元||||||", true},
		{"单位：万元", true},
		{"金额单位：元 | | |", true},
		{"计量单位:户", true},
		// Not a grid's unit alone.
		{"单位:元|序号|收费项目|", false},
		{"主办单位：某市民政局，协办单位：某区民政局", false},
		{"上报单位：某区民政局 某县民政局", false},
		{"各单位：", false},
		{"上报单位：某区民政局", false},
	}
	for _, tc := range tests {
		if got := unitLabel(tc.line); got != tc.want {
			t.Errorf("unitLabel(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
