package cue

// afterSeal: a line printed after the 落款 of a text that ran before it
// (its issuing body and a full date closing running text): a document
// attached to a notice with no 附件 line to head it (an 办事指南 printed
// under the notice that issues it). GB/T 9704-2012 §7.3.5 sets attached
// documents after the 落款 and the 附件说明.
type afterSeal struct{}

func (afterSeal) Name() string    { return "after-seal" }
func (afterSeal) Roles() []Role   { return []Role{Attachment} }
func (afterSeal) Needs() []string { return nil }

func (afterSeal) Match(d *Doc, i int) bool {
	return d.seal >= 0 && i > d.seal
}

// sealEnd is the index of the date line of the first 落款 that closes
// running text, or -1: a full date on a line of its own under a line of
// bodies' names (or both on one line), after a line of running text.
func (d *Doc) sealEnd() int {
	text := false
	for j, l := range d.Lines {
		if text && d.sealDate(j) {
			return j
		}
		if _, ok := AgencyAndDate(l.Text); ok && text {
			return j
		}
		text = text || d.punct[j] && d.ends[j]
	}
	return -1
}
