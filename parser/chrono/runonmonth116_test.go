package chrono

import "testing"

// TestRunOnMonth: months of two figures run on one after another, as a
// grid's cells the copy joined (2021.042021.08), are each read; one month
// alone is numeric's, and figures that are no such run are none: a month
// of one figure, a month past 12, a year no text has, separators that
// differ, figures run on from a number before the first.
func TestRunOnMonth(t *testing.T) {
	ref := Ref{Year: 2023, Month: 8, Day: 15}
	tests := []struct {
		in, want string
	}{
		{"清澈之意2021.042021.083龍棲巷", "2021.04=month:2021-04[2021-04-01,2021-04-30]; 2021.08=month:2021-08[2021-08-01,2021-08-31]"},
		{"得名2002.032002.065培元路", "2002.03=month:2002-03[2002-03-01,2002-03-31]; 2002.06=month:2002-06[2002-06-01,2002-06-30]"},
		{"终点崇文路2016.042016.11二、", "2016.04=month:2016-04[2016-04-01,2016-04-30]; 2016.11=month:2016-11[2016-11-01,2016-11-30]"},
		{"2019/062020/012020/12", "2019/06=month:2019-06[2019-06-01,2019-06-30]; 2020/01=month:2020-01[2020-01-01,2020-01-31]; 2020/12=month:2020-12[2020-12-01,2020-12-31]"},
		{"竣工2016.11", "2016.11=month:2016-11[2016-11-01,2016-11-30]"},
		// Not months run on.
		{"编号2021.42021.8", ""},
		{"编号2021.132021.08", ""},
		{"编号3021.042021.08", ""},
		{"编号2021.042021/08", ""},
		{"编号12021.042021.08", ""},
		{"合计2021.0420", ""},
	}
	for _, tc := range tests {
		if got := render(Find(tc.in, ref)); got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// BenchmarkRunOnMonth reads a long run of months joined with no space: each
// month asks the one before it only, so the run reads in linear time.
func BenchmarkRunOnMonth(b *testing.B) {
	ref := Ref{Year: 2023, Month: 8, Day: 15}
	var s []byte
	for range 2000 {
		s = append(s, "2021.04"...)
	}
	in := string(s)
	b.ResetTimer()
	for range b.N {
		Find(in, ref)
	}
}
