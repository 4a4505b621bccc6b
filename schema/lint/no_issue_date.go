package lint

import "bulletin/schema"

// noIssueDate: a bulletin or notice prints the date it was issued.
type noIssueDate struct{}

func (noIssueDate) ID() string       { return "no-issue-date" }
func (noIssueDate) Severity() string { return Error }
func (r noIssueDate) Check(rec *schema.Record) []Finding {
	if rec.Document.Kind == "article" || rec.Document.Date != nil {
		return nil
	}
	return []Finding{finding(r, rec, 1, "no issue date found (第N期 header or 印发 line)")}
}
