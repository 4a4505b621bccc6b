package layout

import "bulletin/parser/layout/cue"

// headingTail reports whether line i, text under a heading line that
// fills the wrap width with no clause in it, is the rest of the heading
// the wrap cut (title asks only where the heading's paragraph ends with
// it, and reads its words as a heading's).
func (a *assembly) headingTail(i int) bool {
	if i == 0 || a.roles[i] != cue.Body || a.roles[i-1] != cue.Heading && a.roles[i-1] != cue.Subheading {
		return false
	}
	// The tail holds no clause either (a label's closing colon is none: …中
	// 以下 / 规定：).
	return a.d.Full(i-1) && !cue.SentencePunct(a.d.Lines[i-1].Sq) && !cue.SentencePunct(a.d.Lines[i].Sq)
}
