package extract

import (
	"bulletin/parser/span"
	"bulletin/schema"
)

// contactRunOnNames are the people a 联系人 label names run together, as
// the contacts rule reads them (contacts_runonnames.go: one split into
// names with a surname each, proved by as many mobiles run together after
// them): each is a person with role null, 联系人 being a label, no title
// (GOLD people). The title rules read the first name only, up to where
// the name's characters allow.
func contactRunOnNames(t span.Text) []schema.Person {
	s := t.String()
	var out []schema.Person
	for _, l := range contactLabelsIn(s) {
		// The name starts where the contacts rule reads it.
		ns, ok := runOnNames(s, labelNameStart(t, l.End))
		if !ok {
			continue
		}
		for _, n := range ns {
			p := schema.Person{Name: s[n.Start:n.End]}
			p.Found = found(t, n.Start, n.End, "people/contact-run-on")
			out = append(out, p)
		}
	}
	return out
}
