package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// dashLines reads as text the headings that open with a dash (the
// Chinese 破折号: ——某市今年将新增…; an ASCII --> is a page's code, no
// dash) under a line of text: a dash sets off a subtitle under a
// headline, or a quoted line's source, and heads no part of the text;
// set among the text's lines, it is the text's. One under the title or
// a heading is left to what reads the head.
func (a *assembly) dashLines() {
	for i, r := range a.roles {
		if r != cue.Heading && r != cue.Subheading {
			continue
		}
		s := strings.TrimSpace(a.d.Lines[i].Sq)
		if !strings.HasPrefix(s, "—") {
			continue
		}
		if p := a.prevLine(i); p >= 0 && a.roles[p] == cue.Body {
			a.relabel(i, cue.Body)
		}
	}
}
