package lint

import "bulletin/schema"

// itemNoSource: in a bulletin whose items close with an attribution
// （市局办公室）, every item does.
type itemNoSource struct{}

func (itemNoSource) ID() string       { return "item-no-source" }
func (itemNoSource) Severity() string { return Warning }
func (r itemNoSource) Check(rec *schema.Record) []Finding {
	if rec.Document.Kind != "bulletin" {
		return nil
	}
	attributed := 0
	for _, it := range rec.Items {
		if len(it.Sources) > 0 {
			attributed++
		}
	}
	if attributed == 0 {
		return nil // this bulletin does not attribute its items
	}
	var out []Finding
	for _, it := range rec.Items {
		if len(it.Sources) == 0 {
			out = append(out, finding(r, rec, it.Line, "item %d has no closing attribution （…）", it.Index))
		}
	}
	return out
}
