package cue

import (
	"strings"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// unitRoundup: in a roundup of the week's work, the name of the unit or
// the place whose news follows, alone on its line (市社会福利院, 某县),
// over the sentences or the numbered entries it reported: a section label
// of a bulletin. A digest's rubric, the field of work whose news follows
// (社会救助, 养老服务), labels its briefs the same way. Three bodies or more so named in a document make a
// roundup; one or two named alone over text are a 落款's, a recipient's
// or a heading's.
type unitRoundup struct{}

func (unitRoundup) Name() string             { return "unit-roundup" }
func (unitRoundup) Roles() []Role            { return []Role{Section} }
func (unitRoundup) Kind() string             { return "bulletin" }
func (unitRoundup) Settles() Role            { return Section }
func (unitRoundup) Needs() []string          { return nil }
func (unitRoundup) Match(d *Doc, i int) bool { return d.unitLabels[i] }

// roundupLabels is the least number of unit labels that makes a roundup.
const roundupLabels = 3

// measureUnitLabels marks the unit labels of a roundup: lines that are a
// body's or a place's name alone, each over a sentence (a line that ends
// one, or one the wrap filled that runs on into it), roundupLabels of
// them bodies at the least: a report sets places alone over its parts
// too, but reports no units' work.
func measureUnitLabels(d *Doc) []bool {
	out := make([]bool, len(d.Lines))
	var at []int
	bodies := 0
	for i, l := range d.Lines {
		if i+1 >= len(d.Lines) || d.punct[i] || d.ends[i] || !d.ends[i+1] && !d.Full(i+1) {
			continue
		}
		name := strings.TrimSpace(l.Sq)
		switch {
		case agency.Shapes(name):
			bodies++
			at = append(at, i)
		case workFields.has(name):
			// 社会救助 / 养老服务: a digest's rubric, the field of work
			// whose news follows, reports as a unit's name does.
			bodies++
			at = append(at, i)
		case lexicon.Places().Has(name):
			at = append(at, i)
		}
	}
	if bodies < roundupLabels {
		return out // places alone over text head a report's parts (苏州 / 郑州 …)
	}
	for _, i := range at {
		out[i] = true
	}
	return out
}
