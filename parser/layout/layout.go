package layout

import (
	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// Analyze lays out a document from its cleaned lines.
func Analyze(cl []clean.Line) *Document { return analyzeWith(cl, false) }

// workersFor is how many goroutines share the layout's work on lines.
func workersFor(cl []clean.Line) int {
	return cue.WorkersOver(cl, func(l clean.Line) int { return len(l.Text) })
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
	return assemble(d, m.decodeOn(featuresOn(matches, w), matches, namedKinds(d), nil, nil, w))
}

// namedKinds allows the profiles a document's words leave open: a public
// text's (公告, 公示 …) only where some line names such a kind outside the
// 《》 of a text it cites. The rule is the document's, not a cue's weight:
// the fitting never sees it.
func namedKinds(d *cue.Doc) func(p int) bool {
	if d.NamesPublicKind() {
		return nil
	}
	return func(p int) bool { return !profiles[p].public }
}
