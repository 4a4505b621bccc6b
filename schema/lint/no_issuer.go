package lint

import "bulletin/schema"

// noIssuer: a bulletin or notice names the office that issued or edited it.
type noIssuer struct{}

func (noIssuer) ID() string       { return "no-issuer" }
func (noIssuer) Severity() string { return Warning }
func (r noIssuer) Check(rec *schema.Record) []Finding {
	if rec.Document.Kind == "article" || rec.Document.Issuer != nil {
		return nil
	}
	return []Finding{finding(r, rec, 1, "no issuing or editing office found")}
}
