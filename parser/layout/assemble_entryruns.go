package layout

import (
	"regexp"

	"bulletin/parser/layout/cue"
)

// namesEntryRe is a list's entry of a label and the names it lists
// (某市:某市、某县): words, a colon, then names parted by 、, with no
// clause, figure or sentence's end.
var namesEntryRe = regexp.MustCompile(`^\p{Han}+[：:]\s*[\p{Han}()（）]+(?:、[\p{Han}()（）]+)*$`)

// namesEntries reads as text the headings in a run of three lines or more
// that are each a label and the names it lists (某市:某市、某县 / 某州:某州
// / …): the entries of one list, set a line each, which lose their blank
// lines in a copy laid out again and read each as a heading. A heading is
// followed by its text; an entry by the next entry of the same shape. Two
// such lines may be a heading and its text; a guide's label and value set
// on lines of their own (办理部门 / 某县民政局) are no entries.
func (a *assembly) namesEntries() {
	for i := 0; i < len(a.d.Lines); {
		end := i
		for end < len(a.d.Lines) && namesEntryRe.MatchString(a.d.Lines[end].Sq) {
			end++
		}
		if end-i >= 3 {
			read := false // some entry read as a heading
			for k := i; k < end; k++ {
				if r := a.roles[k]; r == cue.Heading || r == cue.Subheading {
					a.relabel(k, cue.Body)
					read = true
				}
			}
			if p := a.prevLine(i); read && p >= 0 && a.roles[p] == cue.Heading {
				if k, _, _ := cue.Enumerator(a.d.Lines[p].Sq); k == cue.NoEnum {
					// The list's lead (拟申报以下…): it heads the list,
					// no part of the text. Over credits read as such
					// (编辑:某某 / 审核:某某 / …) it is the text's last
					// heading, or its date.
					a.relabel(p, cue.Body)
				}
			}
		}
		i = max(end, i+1)
	}
}
