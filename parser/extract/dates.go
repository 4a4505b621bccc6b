package extract

import (
	"bulletin/parser/chrono"
	"bulletin/schema"
)

// Dates finds calendar dates (which name a month) and periods (年底, 一季度,
// 今年以来, 春节期间, and vague words such as 近日), resolving years against
// the document's date, or the year the text states where it has none.
type Dates struct{}

func (Dates) Name() string          { return "dates" }
func (Dates) Requires() []Extractor { return nil }

// DatesFound is where the dates and periods stand: Dates[k] is the text
// out.Dates[k] was read from, Periods[k] that of out.Periods[k].
type DatesFound struct{ Dates, Periods ranges }

func (Dates) Extract(in *Input, out *schema.Entities) any {
	var r DatesFound
	for _, e := range chrono.Find(in.Text.String(), in.Env.Ref) {
		f := found(in.Text, e.Start, e.End, "dates/"+e.Rule)
		switch e.Kind {
		case chrono.Day, chrono.Month:
			r.Dates = append(r.Dates, byteRange{e.Start, e.End})
			out.Dates = append(out.Dates, schema.Date{
				Value: e.Value, End: e.EndValue, Precision: string(e.Kind),
				From: e.From, To: e.To, Fuzzy: e.Fuzzy, Relation: string(e.Relation),
				YearFrom: e.YearFrom, Found: f,
			})
		default:
			r.Periods = append(r.Periods, byteRange{e.Start, e.End})
			out.Periods = append(out.Periods, schema.Period{
				Kind: string(e.Kind), From: e.From, To: e.To, Fuzzy: e.Fuzzy,
				Relation: string(e.Relation), Found: f,
			})
		}
	}
	return r
}

// EventDate is the date an item's own text gives for its event: its first
// date, not counting deadlines and open ranges.
func EventDate(ds []schema.Date) *string {
	for _, d := range ds {
		if d.Value != "" && d.Relation == "" {
			v := d.Value
			return &v
		}
	}
	return nil
}
