package extract

import (
	"strings"
	"testing"

	"bulletin/parser/chrono"
	"bulletin/schema"
)

// TestDatesReview14: a yearless date takes the year of the date before it
// in its sentence, read against it (2019年12月25日前…，12月31日前 →
// 2019-12-31; …1月15日前 → 2020-01-15), before the document's; days
// listed with 、 share the month (12月13日、20日); an English date line
// (Nov 22, 2025) is read with its year. Dated 2020-01-10.
func TestDatesReview14(t *testing.T) {
	tests := []struct{ in, want string }{
		{"各村要在2019年12月25日前完成评议,12月31日前将花名册报街道备案,原则上应在1月15日前结束慰问。",
			"2019-12-25 2019-12-31 2020-01-15"},
		{"12月13日、20日夜间,救助站开展巡查。", "2019-12-13 2019-12-20"},
		{"Nov 22, 2025", "2025-11-22"},
		// Another sentence, a relative year, a list that runs back, no year.
		{"2018年12月25日前完成评议。12月31日前报送。", "2018-12-25 2019-12-31"},
		{"2018年12月25日完成评议,今年1月5日报送。", "2018-12-25 2020-01-05"},
		{"12月20日、13日开展巡查。", "2019-12-20"},
		{"Nov 22 开展巡查。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			in := input(t, tc.in)
			in.Env.Ref = chrono.Ref{Year: 2020, Month: 1, Day: 10}
			var out schema.Entities
			Dates{}.Extract(in, &out)
			var got []string
			for _, d := range out.Dates {
				got = append(got, d.Value)
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("got %q, want %q", g, tc.want)
			}
		})
	}
}
