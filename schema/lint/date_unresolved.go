package lint

import "bulletin/schema"

// dateUnresolved: every date can be given a year.
type dateUnresolved struct{}

func (dateUnresolved) ID() string       { return "date-unresolved" }
func (dateUnresolved) Severity() string { return Warning }
func (r dateUnresolved) Check(rec *schema.Record) []Finding {
	var out []Finding
	each(rec, func(e schema.Entities) {
		for _, d := range e.Dates {
			if d.Value == "" {
				out = append(out, finding(r, rec, d.Line, "no year for the date %s", d.Text))
			}
		}
	})
	return out
}

// each calls f with the values of every item and passage of rec.
func each(rec *schema.Record, f func(schema.Entities)) {
	f(rec.Document.Entities)
	for _, it := range rec.Items {
		f(it.Entities)
	}
	for _, p := range rec.Passages {
		f(p.Entities)
	}
}
