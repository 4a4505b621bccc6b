package extract

import (
	"strings"

	"bulletin/parser/chrono"
	"bulletin/parser/layout"
	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// refOf is what the document's yearless dates resolve against: its date,
// or the year the layout read as stated for its subject (Document.Ref);
// where neither gives a year, the year the text names for its own time
// further on (chrono.OwnYear: 今年…, then 2024年…; or a cited 《2025年…
// 方案》). GOLD.md: a date without a year takes the year the text itself
// states for its subject where the document has no date.
func refOf(doc *layout.Document) chrono.Ref {
	ref := doc.Ref()
	if ref.Year == 0 {
		ref.Year = chrono.OwnYear(bodyLines(doc))
	}
	return ref
}

// bodyLines are the lines of the document's text (body, headings, briefs,
// subheadings), as the layout reads the stated year from: not page chrome,
// bylines or information lines, whose years are no subject's.
func bodyLines(doc *layout.Document) string {
	var b strings.Builder
	for _, l := range doc.Lines {
		switch l.Role {
		case cue.Body, cue.Heading, cue.Brief, cue.Subheading:
			b.WriteString(span.SqueezeString(l.Text))
			b.WriteByte('\n')
		}
	}
	return b.String()
}
