package layout

import (
	"fmt"
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// TestJoinFieldRows: a row in bars right over a grid, as many bars as
// its first row and opening with one, words in its first cell, that the
// decoder read as the page's information is the grid's first row. A line
// of the head with a colon and no bars, a row of other bars, a row of
// figures, one set apart by a blank line, or one read as text stays as
// it was read.
func TestJoinFieldRows(t *testing.T) {
	const grid = "| 事项类型 | 其他行政权力 | 办理形式 | |\n| 受理条件 | 具有本市户籍的老年人 | ||\n"
	tests := []struct {
		name, above string
		role        cue.Role
		want        string // the run's lines, from 1
	}{
		{"a label and its value in the grid's bars", "| 实施主体 | 某区民政局 | 服务对象 | |\n", cue.Header, "1 2 3"},
		// Left as read.
		{"a label with a colon, no bars", "实施主体：某区民政局\n", cue.Header, "2 3"},
		{"other bars", "| 实施主体 | 某区民政局 |\n", cue.Header, "2 3"},
		{"no bar to open it", "实施主体 | 某区民政局 | 服务对象 | ||\n", cue.Header, "2 3"},
		{"figures in its first cell", "| 2023-01-05 | 某区民政局 | 服务对象 | |\n", cue.Header, "2 3"},
		{"set apart by a blank line", "| 实施主体 | 某区民政局 | 服务对象 | |\n\n", cue.Header, "2 3"},
		{"read as text", "| 实施主体 | 某区民政局 | 服务对象 | |\n", cue.Body, "2 3"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := cue.NewDoc(units(clean.Lines(tc.above + grid)))
			roles := make([]Role, len(d.Lines))
			for i := range roles {
				roles[i] = cue.Table
			}
			roles[0] = tc.role
			a := &assembly{d: d, roles: roles, doc: &Document{Lines: make([]Labelled, len(roles))}}
			var got []string
			for _, r := range a.joinFieldRows(a.runs(cue.Table)) {
				for _, i := range r {
					got = append(got, fmt.Sprint(i+1))
				}
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("run %q, want %q", g, tc.want)
			}
		})
	}
}
