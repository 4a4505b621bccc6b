package layout

import "bulletin/parser/layout/cue"

// preambleHeadings gives the text back the headings of no number that
// stand in a numbered text's preamble, after its opening words and before
// its first numbered part (…焚烧香纸冥币进入… / 提倡文明祭扫，共建绿色文明生态园区 /
// 即日起… / 一、紧扣节点…): where a text numbers its parts, they are its
// items (GOLD.md: the outermost numbering the body uses), and a line the
// page set apart before them is its preamble's slogan or lead, no part.
func (a *assembly) preambleHeadings() {
	// Only a numbering of sections (第一章, 一、) is so sure of its rank: a
	// list numbered 1. or （1） may be one part's, under headings of its own.
	if a.doc.Kind == Bulletin || a.d.Top != cue.Chapter && a.d.Top != cue.CnComma {
		return
	}
	first, numbered, ones := -1, 0, 0
	at, _ := a.topNumbered()
	for _, n := range at {
		if a.roles[n.line] != cue.Heading {
			continue
		}
		if first < 0 {
			first = n.line
		}
		numbered++
		if n.value == 1 {
			ones++
		}
	}
	// A numbering that starts again numbers lists under headings of no
	// number (年检对象 / （一）… / 所需材料 / （一）…): those are the parts.
	if numbered < 2 || ones > 1 {
		return
	}
	// One such line only: headings of no number before the numbered ones
	// are parts of a digest, the numbers a list in the last of them
	// (福州：… / 厦门：… / 一、…).
	text, lead := false, -1 // whether the preamble's text has begun; its one heading
	for i := 0; i < first; i++ {
		switch a.roles[i] {
		case cue.Body:
			text = true
		case cue.Heading:
			if k, _, _ := cue.Enumerator(a.d.Lines[i].Sq); k != cue.NoEnum {
				continue
			}
			if !text || lead >= 0 {
				return
			}
			lead = i
		}
	}
	if lead >= 0 {
		a.relabel(lead, cue.Body)
	}
}
