package parser

import (
	"testing"
)

// TestUnresolvedDateWarned: a date whose year nothing decides keeps an
// empty value and the record warns of it with its line, in an item or in
// a passage outside the items alike; a dated text warns of none.
func TestUnresolvedDateWarned(t *testing.T) {
	tests := []struct {
		name, text string
		want       []int // the lines warned of
	}{
		{"a report with no year", "县救助站举办开放日活动\n\n6月19日，县救助站举办开放日活动，邀请群众参观。\n", []int{3}},
		{"numbered parts with no year", "县民政局工作安排\n一、开放日\n6月19日举办开放日活动。\n二、慰问\n9月1日开展慰问。\n", []int{3, 5}},
		{"a dated report", "县救助站举办开放日活动\n发布时间：2024-06-20\n6月19日，县救助站举办开放日活动，邀请群众参观。\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec, err := Parse(Source{Path: "t.txt", Data: []byte(tc.text)})
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, w := range rec.Warnings {
				if w.Code == "date-unresolved" {
					got = append(got, w.Line)
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("warned of lines %v, want %v", got, tc.want)
			}
			for k := range got {
				if got[k] != tc.want[k] {
					t.Errorf("warned of lines %v, want %v", got, tc.want)
				}
			}
		})
	}
}
