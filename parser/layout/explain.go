package layout

import (
	"fmt"
	"io"
	"strings"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// Explain writes how the layout reads a text: the profile it chose and the
// measures it took, then every line with its role and the cues it matched;
// with emit, the score of every role for the lines numbered so.
func Explain(w io.Writer, text string, emit map[int]bool) {
	d := cue.NewDoc(units(clean.Lines(text)))
	m := cue.Match(d)
	feats := featuresOf(m)
	model := weights()
	lab := model.decode(feats, m, namedKinds(d, m), nil)
	prof := "none"
	if lab.profile >= 0 {
		prof = profiles[lab.profile].name
	}
	fmt.Fprintf(w, "profile %s (margin %.2f); wrap %.1f slack %.1f, gap %d, top enumerator %d\n", prof, lab.margin, d.Wrap, d.Slack, d.Gap, d.Top)
	var em [][cue.NumRoles]float64
	if len(emit) > 0 {
		em = model.emissions(feats, len(feats))
	}
	for i, l := range d.Lines {
		var names []string
		for _, k := range m[i] {
			names = append(names, cue.All[k].Name())
		}
		fmt.Fprintf(w, "%4d.%d %-11s %-32s %s\n", l.Num, l.Part, lab.roles[i], firstRunes(l.Sq, 30), strings.Join(names, ","))
		if emit[l.Num] {
			for r, v := range em[i] {
				if v > -1e300 {
					fmt.Fprintf(w, "        %-12s %9.2f\n", cue.Role(r), v)
				}
			}
		}
	}
}

func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
