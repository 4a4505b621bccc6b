package lint

import "bulletin/schema"

// raggedTable: every row of a table has as many cells as its header.
type raggedTable struct{}

func (raggedTable) ID() string       { return "table-ragged" }
func (raggedTable) Severity() string { return Warning }
func (r raggedTable) Check(rec *schema.Record) []Finding {
	var out []Finding
	each(rec, func(e schema.Entities) {
		for _, t := range e.Tables {
			for i, row := range t.Rows {
				if len(row) != len(t.Columns) {
					name := "table"
					if t.Title != nil {
						name = *t.Title
					}
					out = append(out, finding(r, rec, t.Line, "%s: data row %d has %d cells, the header %d", name, i+1, len(row), len(t.Columns)))
				}
			}
		}
	})
	return out
}
