package lint

import "bulletin/schema"

// dateAfterIssue: a bulletin reports what has happened, so the date an item
// gives for its event is not after the issue date.
type dateAfterIssue struct{}

func (dateAfterIssue) ID() string       { return "date-after-issue" }
func (dateAfterIssue) Severity() string { return Warning }
func (r dateAfterIssue) Check(rec *schema.Record) []Finding {
	issued := rec.Document.Date
	if rec.Document.Kind != "bulletin" || issued == nil {
		return nil
	}
	var out []Finding
	for _, it := range rec.Items {
		if it.Date == nil || len(*it.Date) != len(*issued) || *it.Date <= *issued {
			continue
		}
		line := it.Line
		for _, d := range it.Dates {
			if d.Value == *it.Date {
				line = d.Line
				break
			}
		}
		out = append(out, finding(r, rec, line, "item %d is dated %s, after the issue date %s", it.Index, *it.Date, *issued))
	}
	return out
}
