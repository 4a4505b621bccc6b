package parser

import (
	"bulletin/parser/layout"
	"bulletin/parser/layout/cue"
)

// A document's items are read by several workers from cue.SharedFrom bytes
// of text: a long report or a concatenated archive, where the extractors
// take seconds (about 0.3 s at 1 MiB, against a few microseconds to start
// a worker). Below it one goroutine reads them all, so that a batch of
// ordinary files (the corpus's largest is 18 KB), whose jobs already keep
// every core busy, runs as before. The cleaning and the layout share their
// lines out from the same size.

// workersFor is how many goroutines read the items of doc.
func workersFor(doc *layout.Document) int {
	return cue.WorkersOver(doc.Lines, func(l layout.Labelled) int { return len(l.Text) })
}
