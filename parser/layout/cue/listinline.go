package cue

import (
	"strings"
	"unicode/utf8"
)

// listInLine: a line that opens with a member of a count and holds the
// count's next member after a semicolon (1.申请书；2.户口簿复印件；3.…):
// a list run within one paragraph, as a guide prints what to bring. Its
// members are no paragraphs of their own, so the line heads no part.
type listInLine struct{}

func (listInLine) Name() string    { return "list-in-line" }
func (listInLine) Roles() []Role   { return []Role{Body} }
func (listInLine) Denies() []Role  { return []Role{Title, Heading, Subheading} }
func (listInLine) Needs() []string { return []string{"；", ";"} }

func (listInLine) Match(d *Doc, i int) bool { return ListInLine(d.Lines[i].Sq) }

// ListInLine reports whether s opens with an enumerator and holds the
// next member of its count right after a semicolon.
func ListInLine(s string) bool {
	k, v, _ := Enumerator(s)
	if k == NoEnum {
		return false
	}
	for j := 0; j < len(s); {
		r, w := utf8.DecodeRuneInString(s[j:])
		j += w
		if r != '；' && r != ';' {
			continue
		}
		if k2, v2, _ := Enumerator(strings.TrimLeft(s[j:], " 　")); k2 == k && v2 == v+1 {
			return true
		}
	}
	return false
}
