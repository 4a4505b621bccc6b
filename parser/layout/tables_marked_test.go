package layout

import (
	"fmt"
	"testing"
)

// TestMarkedApart: a run that holds a marked run is cut around it, the
// marked run a run of its own where its first line stood and the lines
// joined before or after it runs of their own; a run that holds no
// marked line, or no marked run at all, is left whole.
func TestMarkedApart(t *testing.T) {
	marked := markedTables{3: {lines: []int{3, 4, 5}}}
	tests := []struct {
		name string
		m    markedTables
		runs [][]int
		want string
	}{
		{"lines joined after it", marked, [][]int{{3, 4, 5, 6, 7}}, "[[3 4 5] [6 7]]"},
		{"lines joined before it", marked, [][]int{{1, 2, 3, 4, 5}}, "[[1 2] [3 4 5]]"},
		{"the marked run alone", marked, [][]int{{3, 4, 5}}, "[[3 4 5]]"},
		// Left whole.
		{"a run with no marked line", marked, [][]int{{7, 8}, {3, 4, 5}}, "[[7 8] [3 4 5]]"},
		{"no marked run", markedTables{}, [][]int{{1, 2, 3}}, "[[1 2 3]]"},
	}
	for _, tc := range tests {
		if got := fmt.Sprint(tc.m.apart(tc.runs)); got != tc.want {
			t.Errorf("%s: apart(%v) = %s, want %s", tc.name, tc.runs, got, tc.want)
		}
	}
}
