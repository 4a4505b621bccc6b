package extract

import (
	"slices"
	"strings"

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
		ls := strings.LastIndexByte(s[:c.start], '\n') + 1
		le := strings.IndexByte(s[c.end:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += c.end
		}
		name := s[c.start:c.end]
		if span.SqueezeString(s[ls:le]) != name {
			return false
		}
		return e.columnNamed(name)
	})
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
