package cue

import (
	"strings"
	"testing"
)

// TestHeadsOverFigures: a grid's heads a cell a line and then its figures
// a cell a line make a run of a table's cells; words alone, or a lone
// figure among them, do not.
func TestHeadsOverFigures(t *testing.T) {
	tests := []struct {
		cells string
		want  bool
	}{
		{"本月户数/(户)/本月人数/(人)/231/363", true},
		{"总户数/总人数/76/76/日常护理费/1/1", true},
		{"本月户数/(户)/12.5/0", true},
		// Not a grid's heads over its figures.
		{"分享/打印/关闭", false},
		{"城镇低保/231/农村低保/363", false},
		{"231/363/本月户数/本月人数", false},
		{"本月户数/231/363", false},
	}
	for _, tc := range tests {
		var run []Line
		for _, c := range strings.Split(tc.cells, "/") {
			run = append(run, Line{Text: c, Sq: c})
		}
		if got := headsOverFigures(run); got != tc.want {
			t.Errorf("headsOverFigures(%s) = %v, want %v", tc.cells, got, tc.want)
		}
	}
}
