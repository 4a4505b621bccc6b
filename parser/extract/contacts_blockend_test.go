package extract

import (
	"testing"

	"bulletin/parser/layout"
	"bulletin/parser/span"
	"bulletin/schema"
)

// TestContactsBlockEnd: a contact block ends at the 落款 under it, so the
// figures of the signature's lines (a date whose 年 and 月 the page lost)
// are no phones of the contact over them, and a figure the record reads
// as the document's date is none wherever it stands. Not so: a phone on
// the lines of the block itself, the signature's own phone line with its
// cue, a phone line the layout took into the 落款 under it, and a figure
// that is no document's date.
func TestContactsBlockEnd(t *testing.T) {
	const foot = "\n某县民政局\n2024315"
	tests := []struct{ in, date, want string }{
		{"意见反馈截止时间为2024年3月26日。\n联系人:陈某某 联系电话:84661895" + foot, "", "陈某某 84661895 -"},
		{"联系人:陈某某 联系电话:84661895,2024315", "2024315", "陈某某 84661895 -"},

		{"联系人:陈某某\n某县民政局\n联系电话:84661895\n2024年3月15日", "", "陈某某 84661895 -"},
		{"联系人:陈某某\n联系电话:84661895\n13912345678", "", "陈某某 84661895 -; 陈某某 13912345678 -"},
		{"联系人:陈某某 联系电话:84661895,2024315", "2024316", "陈某某 84661895 -; 陈某某 2024315 -"},
		{"联系人:陈某某\n联系电话:84661895", "", "陈某某 84661895 -"},
		{"联系人:纪某某\n电系话:86776949\n某市民政局\n2020年12月28日", "", "纪某某 86776949 -"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			in := input(t, tc.in)
			if tc.date != "" {
				last := in.Env.Doc.Lines[len(in.Env.Doc.Lines)-1]
				in.Env.Doc.Date.Field = layout.Field{Value: "2024-03-15", Text: span.Plain(tc.date, last.Num)}
			}
			var out schema.Entities
			for _, x := range All {
				in.extract(x, &out)
				if x.Name() == "contacts" {
					break
				}
			}
			if got := list(contactRows(out)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
