package layout

import (
	"strconv"
	"strings"
	"testing"

	"bulletin/parser/layout/cue"
)

// TestChronicleItemMonth: an item under a chronicle's month (the cue
// chronicle-month: a month alone over entries that open with their day,
// the months in order) carries that month with its line; a section that is
// a figure alone out of a chronicle's order gives none.
func TestChronicleItemMonth(t *testing.T) {
	T, S, B := cue.Title, cue.Section, cue.Body
	for _, tc := range []struct {
		name  string
		lines []string
		want  string // each item's month, - for none
	}{
		{"months in order over days", []string{"某市民政局大事记", "1", "3日，市民政局召开会议。", "4月", "27日，市民政局开展慰问。"}, "1 4"},
		{"figures out of order", []string{"某市民政局大事记", "12", "5日，市民政局召开会议。", "3", "8日，市民政局开展慰问。"}, "- -"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := assembleLines(tc.lines, []cue.Role{T, S, B, S, B}, 0)
			var got []string
			for _, it := range doc.Items {
				m := "-"
				if it.Month != nil {
					m = strconv.Itoa(it.Month.Month)
				}
				got = append(got, m)
			}
			if s := strings.Join(got, " "); s != tc.want {
				t.Errorf("months %q, want %q", s, tc.want)
			}
		})
	}
}
