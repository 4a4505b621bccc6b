package layout

import (
	"fmt"
	"strings"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// TestJoinTitledCells: a table's title read alone joins the grid under it
// where the lines between, read as the attachment's, are cells; a line of
// text, an attachment's heading, a body line between, or a first run that
// is no title alone keeps the runs apart.
func TestJoinTitledCells(t *testing.T) {
	tests := []struct {
		name  string
		lines []string // role letter | text
		want  string   // the runs, their line numbers
	}{
		{"head and wrapped rows read as the attachment",
			[]string{"t|某公园公墓价格表", "a|位置 墓型 规格 价格", "a|E7区、B7-1区", "a|单穴 1250", "t|C2区-C4区 3号墓 双穴 8800"},
			"1 2 3 4 5"},
		{"chrome between",
			[]string{"t|某公园公墓价格表", "a|位置 墓型 规格 价格", "c|—4—", "t|C2区-C4区 3号墓 双穴 8800"},
			"1 2 4"},
		// Kept apart.
		{"a sentence between",
			[]string{"t|某公园公墓价格表", "a|以上价格含管理费,按年收取。", "t|C2区-C4区 3号墓 双穴 8800"},
			"1; 3"},
		{"an attachment's heading between",
			[]string{"t|附件:某公园公墓价格表", "a|附件2", "t|C2区-C4区 3号墓 双穴 8800"},
			"1; 3"},
		{"a body line between",
			[]string{"t|某公园公墓价格表", "b|位置 墓型 规格 价格", "t|C2区-C4区 3号墓 双穴 8800"},
			"1; 3"},
		{"no title alone above",
			[]string{"t|A1区 1号墓 单穴 1500", "a|位置 墓型 规格 价格", "t|C2区-C4区 3号墓 双穴 8800"},
			"1; 3"},
	}
	letters := map[byte]Role{'t': cue.Table, 'b': cue.Body, 'c': cue.Chrome, 'a': cue.Attachment}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var text []string
			var roles []Role
			for _, l := range tc.lines {
				roles = append(roles, letters[l[0]])
				text = append(text, l[2:])
			}
			d := cue.NewDoc(units(clean.Lines(strings.Join(text, "\n") + "\n")))
			if len(d.Lines) != len(roles) {
				t.Fatalf("%d lines, want %d", len(d.Lines), len(roles))
			}
			a := &assembly{d: d, roles: roles, doc: &Document{Lines: make([]Labelled, len(roles))}}
			var got []string
			for _, run := range a.joinTitledCells(a.runs(cue.Table)) {
				var nums []string
				for _, i := range run {
					nums = append(nums, fmt.Sprint(d.Lines[i].Num))
				}
				got = append(got, strings.Join(nums, " "))
			}
			if strings.Join(got, "; ") != tc.want {
				t.Errorf("got %q, want %q", strings.Join(got, "; "), tc.want)
			}
		})
	}
}
