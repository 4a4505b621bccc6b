package layout

import (
	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// Analyze lays out a document from its cleaned lines.
func Analyze(cl []clean.Line) *Document { return analyzeWith(cl, false) }

// analyzeWith lays out a document with the fitted weights, or with the
// hand-set ones.
func analyzeWith(cl []clean.Line, hand bool) *Document {
	d := cue.NewDoc(units(cl))
	matches := cue.Match(d)
	m := weights()
	if hand {
		m = handModel()
	}
	return assemble(d, m.decode(featuresOf(matches), matches, nil, nil))
}
