package layout

import (
	"runtime"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// Analyze lays out a document from its cleaned lines.
func Analyze(cl []clean.Line) *Document { return analyzeWith(cl, false) }

// workersFor is how many goroutines share the layout's work on lines: as
// many as there are cores from cue.SharedFrom bytes of text, else one.
func workersFor(cl []clean.Line) int {
	n := 0
	for _, l := range cl {
		if n += len(l.Text); n >= cue.SharedFrom {
			return runtime.GOMAXPROCS(0)
		}
	}
	return 1
}

// analyzeWith lays out a document with the fitted weights, or with the
// hand-set ones.
func analyzeWith(cl []clean.Line, hand bool) *Document {
	d := cue.NewDoc(unitsWith(cl, workersFor(cl)))
	matches := cue.Match(d)
	m := weights()
	if hand {
		m = handModel()
	}
	w := cue.Workers(d.Lines)
	return assemble(d, m.decodeOn(featuresOn(matches, w), matches, nil, nil, nil, w))
}
