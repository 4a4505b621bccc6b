package extract

import (
	"testing"

	"bulletin/parser/chrono"
	"bulletin/parser/layout"
)

// TestNumberYear: a document with no date whose own 发文字号 carries its
// year of issue (常民管〔2011〕1号) resolves its yearless dates (3月31日前)
// against that year, not against the year its text states for its subject
// (对…进行2010年年度工作检查); a printed date, a number with no year, or no
// number leave the reference as it was.
func TestNumberYear(t *testing.T) {
	dated := func(v string) *layout.DateField {
		e := chrono.Find(v, chrono.Ref{})[0]
		return &layout.DateField{Field: layout.Field{Value: e.Value}, Expr: e}
	}
	tests := []struct {
		name   string
		number string
		date   *layout.DateField
		stated int
		want   int
	}{
		{"number over a subject year", "常民管〔2011〕1号", nil, 2010, 2011},
		{"number, no subject year", "京民社发〔2022〕367号", nil, 0, 2022},
		// The same year; a printed date, a number without a year, no number.
		{"number and the same year", "琼民函〔2022〕19号", nil, 2022, 2022},
		{"a date comes first", "常民管〔2011〕1号", dated("2010年12月28日"), 2010, 2010},
		{"number with no year", "民函12号", nil, 2010, 2010},
		{"no number", "", nil, 2010, 2010},
		{"a year out of range", "某发〔1234〕5号", nil, 2010, 2010},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := &layout.Document{Date: tc.date, StatedYear: tc.stated}
			if tc.number != "" {
				doc.DocNumber = &layout.Field{Value: tc.number}
			}
			if got := refOf(doc).Year; got != tc.want {
				t.Errorf("refOf year = %d, want %d", got, tc.want)
			}
		})
	}
}
