package cue

import "strings"

// figureAlone: a line that holds a figure and nothing else: a web page's
// counter of visits or shares left under its headline (0, 8220), a
// table's cell, a chronicle's month, a page's number. What it counts is
// told by its place; it never names the text.
type figureAlone struct{}

func (figureAlone) Name() string    { return "figure-alone" }
func (figureAlone) Roles() []Role   { return []Role{Chrome} }
func (figureAlone) Needs() []string { return nil }

// Denies: a headline has words; a figure alone is none, nor a part of
// the headline it stands under.
func (figureAlone) Denies() []Role { return []Role{Title} }

func (figureAlone) Match(d *Doc, i int) bool { return digitsOnly(strings.TrimSpace(d.Lines[i].Text)) }

// digitsOnly reports whether s is one or more ASCII digits and nothing else.
func digitsOnly(s string) bool {
	if s == "" {
		return false
	}
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return true
}
