package cue

// A 倡议书, a 公开信 or a 告知书 is set as a letter, as a 公文 is (GB/T
// 9704-2012 §7.3.2, §7.3.5): whom it speaks to on a line of its own under
// the title (称呼: 广大市民朋友们：), the text, then who speaks, the body's
// name on a line of its own (署名, the 落款's first part). A copy saved
// from a bureau's feed may keep the name and drop the date, or print the
// body's address and phone under the name where the date would stand.

// Addressed reports whether d is set as such a letter: a greeting on a
// line of its own opens its text, before any line of running text (a
// report that quotes the letter opens with sentences of its own), and a
// body's name alone stands on a line of its own after the text's running
// lines began, right under one of them.
func (d *Doc) Addressed() bool {
	greeted := -1
	for i := range d.Lines {
		if (salutation{}).Match(d, i) {
			greeted = i
			break
		}
		if d.punct[i] {
			return false // running text before any greeting
		}
	}
	if greeted < 0 {
		return false
	}
	for i := greeted + 2; i < len(d.Lines); i++ {
		if d.punct[i-1] && (agencyLine{}).Match(d, i) { // agencyLine refuses a line with clause marks
			return true
		}
	}
	return false
}
