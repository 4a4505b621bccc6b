package cue

import "strings"

// afterSeal: a line printed after the 落款 of a text that ran before it
// (its issuing body and a full date closing running text): a document
// attached to a notice with no 附件 line to head it (an 办事指南 printed
// under the notice that issues it). GB/T 9704-2012 §7.3.7 sets attached
// documents after the 落款 and the 附件说明.
type afterSeal struct{}

func (afterSeal) Name() string    { return "after-seal" }
func (afterSeal) Roles() []Role   { return []Role{Attachment} }
func (afterSeal) Needs() []string { return nil }

func (afterSeal) Match(d *Doc, i int) bool {
	return d.seal >= 0 && i > d.seal || d.second >= 0 && i >= d.second
}

// secondDocument is the index of the first line of a second document
// printed after the text with no 落款 and no 附件 line over it, or -1: a
// title that names a document explaining another (…的起草说明) right over the
// text's outermost numbering begun again (一、 once more, after the text's
// own 一、 and 二、). A document's parts run on from its title; a second
// 一、 under a title is another document's (a notice asking for comments
// prints the draft's 起草说明 under its own sections).
func (d *Doc) secondDocument() int {
	top := d.Top
	if top == NoEnum {
		return -1
	}
	seen := map[int]bool{}
	for i, l := range d.Lines {
		k, v, _ := Enumerator(l.Sq)
		if k != top {
			continue
		}
		if v == 1 && seen[1] && seen[2] {
			if j := d.namingRun(i); j >= 0 {
				return j
			}
		}
		seen[v] = true
	}
	return -1
}

// namingRun is the first line of the title-shaped run that stands right
// over line i and names a document, or -1.
func (d *Doc) namingRun(i int) int {
	j := i
	for j > 0 && d.shaped(j-1) && !d.info[j-1] {
		if k, _, _ := Enumerator(d.Lines[j-1].Sq); k != NoEnum {
			break
		}
		j--
	}
	if j == i || j <= d.running {
		return -1
	}
	var b strings.Builder
	for _, l := range d.Lines[j:i] {
		b.WriteString(l.Sq)
	}
	t := b.String()
	// Only a document that explains another names one for certain: a
	// heading 关于…的意见 may be a part of the text, a 工作总结's plans.
	if e, ok := explainers.suffix(t); ok && strings.HasSuffix(strings.TrimSuffix(t, e), "的") {
		return j // …规划的起草说明
	}
	return -1
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
		if _, ok := AgencyAndDate(l.Text); ok && text && (j == 0 || !timeLabel(d.Lines[j-1].Sq)) {
			return j // not a time's value under its label (活动时间 / 2025年10月17日)
		}
		text = text || d.punct[j] && d.ends[j]
	}
	return -1
}
