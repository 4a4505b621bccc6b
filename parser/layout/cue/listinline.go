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

func (listInLine) Match(d *Doc, i int) bool {
	k, last, ok := lastInLine(d.Lines[i].Sq)
	if !ok {
		return false
	}
	// Where the count goes on in paragraphs of their own (3、 opens a
	// line further on), the line is its first members an extractor ran
	// together, each a paragraph all the same.
	for j := i + 1; j < len(d.Lines); j++ {
		if k2, v2, _ := Enumerator(strings.TrimLeft(d.Lines[j].Sq, " 　")); k2 == k && v2 == last+1 {
			return false
		}
	}
	return true
}

// ListInLine reports whether s opens with an enumerator and holds the
// next member of its count right after a semicolon.
func ListInLine(s string) bool {
	_, _, ok := lastInLine(s)
	return ok
}

// lastInLine is the kind of the count s opens with and the value of its
// last member that s holds, each after a semicolon; ok only where it holds
// two at the least.
func lastInLine(s string) (k Enum, last int, ok bool) {
	k, v, _ := Enumerator(s)
	if k == NoEnum {
		return NoEnum, 0, false
	}
	last = v
	for j := 0; j < len(s); {
		r, w := utf8.DecodeRuneInString(s[j:])
		j += w
		if r != '；' && r != ';' {
			continue
		}
		if k2, v2, _ := Enumerator(strings.TrimLeft(s[j:], " 　")); k2 == k && v2 == last+1 {
			last = v2
		}
	}
	return k, last, last > v
}
