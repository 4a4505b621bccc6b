package extract

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// dropColumnLabels drops a name that stands alone on its line where the
// page's trail of links closes on it (首页 > 县市政协 > 延吉政协, then 延吉政协
// on a line of its own): a site prints the column the page sits in over
// the text, a label of its own pages, no body the text names (GOLD.md:
// page chrome is not the document's content). The same name inside the
// text's sentences stays.
func dropColumnLabels(s string, cs []candidate, e *Env) []candidate {
	return slices.DeleteFunc(cs, func(c candidate) bool {
		ls, le, alone := aloneOnLine(s, c.start, c.end)
		if !alone {
			return false
		}
		name := s[c.start:c.end]
		if span.SqueezeString(s[ls:le]) != name {
			return false
		}
		return e.columnNamed(name)
	})
}

// aloneOnLine returns the line [ls, le) that holds [i, e) where nothing
// but white space stands beside it on the line; alone is false where
// something does. Squeezing a line drops or keeps its white space and
// keeps all else, so a line that squeezes to the name holds nothing
// else: the walk stops at the first other character, not at the line's
// ends, which on a page printed in one line stand far.
func aloneOnLine(s string, i, e int) (ls, le int, alone bool) {
	if ls, alone = spaceBackTo(s, i); !alone {
		return 0, 0, false
	}
	for le = e; le < len(s) && s[le] != '\n'; {
		r, w := utf8.DecodeRuneInString(s[le:])
		if !unicode.IsSpace(r) {
			return 0, 0, false
		}
		le += w
	}
	return ls, le, true
}

// columnNamed reports whether a trail of links of the document closes on
// name (cue.TrailEnd), the column the page sits in.
func (e *Env) columnNamed(name string) bool {
	if e == nil || e.Doc == nil {
		return false
	}
	return e.memo("column\x00"+name, func() bool {
		for _, l := range e.Doc.Lines {
			if t := span.SqueezeString(l.Text); cue.IsBreadcrumb(t) && cue.TrailEnd(t) == name {
				return true
			}
		}
		return false
	})
}
