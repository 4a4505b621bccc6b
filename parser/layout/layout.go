package layout

import (
	"sync"

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
	return assemble(d, m.decodeOn(featuresOn(matches, w), matches, namedKinds(d, matches), nil, nil, w))
}

// namedKinds allows the profiles a document's words leave open: a public
// text's (公告, 公示 …) only where some line names such a kind outside the
// 《》 of a text it cites; a notice's of any sort only where the document
// shows some mark of one (its kind's word, a 发文字号, a 主送, 特此通知, an
// attachment's 附件 heading) or a date a 落款 closes on (GB/T 9704-2012
// §7.3.4, §7.3.5): a body's name alone
// under a page's text is a site's sponsor as often as a 落款. The rules are
// the document's, not a cue's weight: the fitting never sees them. A text
// whose opening sentence proclaims it (现将有关事项通告如下) is a notice,
// whether or not the copy kept its title and its 落款.
func namedKinds(d *cue.Doc, matches [][]int) func(p int) bool {
	if d.Proclaimed() || d.TitleProclaimed() {
		return func(p int) bool { return family(profiles[p].kind) == family(Notice) }
	}
	public := d.NamesPublicKind()
	notice := public || shows(matches, Notice) || closesAsNotice(matches) || d.Addressed()
	if public {
		return nil
	}
	return func(p int) bool {
		return !profiles[p].public && (notice || family(profiles[p].kind) != family(Notice))
	}
}

// closesAsNotice reports whether some line is a date alone, or a body's
// name and a date, what a 落款 closes on, or an attachment's heading.
func closesAsNotice(matches [][]int) bool {
	for _, ks := range matches {
		for _, c := range ks {
			if closingCues()[c] {
				return true
			}
		}
	}
	return false
}

// closingCues marks the cues closesAsNotice looks for.
var closingCues = sync.OnceValue(func() []bool {
	out := make([]bool, len(cue.All))
	for k, c := range cue.All {
		out[k] = c.Name() == "date-line" || c.Name() == "agency-date" || c.Name() == "attach-head"
	}
	return out
})
