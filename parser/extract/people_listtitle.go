package extract

import (
	"strings"

	"bulletin/schema"
)

// listTitle is the title a list of names shares when it is printed once
// after the list (张某某、李某某副局长; 王某、赵某某调研员): the names a
// mark 、 joins are members of one phrase that the title after them
// heads, as a title before them is shared by the names after it
// (副局长张某、李某: sharingTitle). The person p was found by the title
// printed right after their name (people/before-title), and the name at
// end is that one: its title follows it. An address (同志) gives no role,
// so nothing is shared then.
func listTitle(s string, p schema.Person, end int) *string {
	if p.Role == nil || p.Rule != "people/before-title" {
		return nil
	}
	after, ok := strings.CutPrefix(p.Text, p.Name)
	if !ok || after == "" || !strings.HasPrefix(s[end:], after) {
		return nil
	}
	role := *p.Role
	return &role
}
