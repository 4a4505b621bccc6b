package lint

import (
	"strings"

	"bulletin/schema"
)

// duplicateItem: no item is printed twice in one issue (the same title, or
// for untitled briefs the same text).
type duplicateItem struct{}

func (duplicateItem) ID() string       { return "duplicate-item" }
func (duplicateItem) Severity() string { return Error }
func (r duplicateItem) Check(rec *schema.Record) []Finding {
	seen := map[string]int{}
	var out []Finding
	for _, it := range rec.Items {
		key := strings.TrimSpace(it.Text)
		if it.Title != nil {
			key = "title:" + *it.Title
		}
		if key == "" {
			continue
		}
		if first, ok := seen[key]; ok {
			out = append(out, finding(r, rec, it.Line, "item %d repeats item %d", it.Index, first))
			continue
		}
		seen[key] = it.Index
	}
	return out
}
