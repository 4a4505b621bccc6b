package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
)

// colonDirectories reads as a table's, whatever the decoder read them as,
// an attachment's heading that names it (附件1:…业务咨询电话) and the lines
// under it that list bodies and the numbers to call them on, each body's
// name alone on its line closed by a colon (…第一殡仪馆:) and its numbers
// on the lines under it (0000-1234567; 0000-7654321(上午) / 7654322(全天)):
// colonEntries must read two entries or more from the line under the
// heading. The table is the heading's, its title, over a row each entry,
// keyed by the body's name with its colon dropped; m keeps it for the run
// of the lines marked.
func (a *assembly) colonDirectories(m markedTables) {
	for i := 0; i+1 < len(a.d.Lines); i++ {
		if a.roles[i] == cue.Table || !attachListed(a.d.Lines[i].Sq) {
			continue
		}
		end := a.colonEntriesEnd(i + 1)
		entries, ok := colonEntries(a.sqs(i+1, end))
		if !ok {
			continue
		}
		var blk Block
		k := i + 1
		for _, e := range entries {
			e[0] = strings.TrimRight(e[0], "：:")
			var lines []int
			for range e {
				lines = append(lines, k)
				k++
			}
			blk.Rows = append(blk.Rows, a.cellRow(e, lines))
		}
		a.mark(m, lineRange(i, end), func(run []int) { a.closeTable(blk, run, run[:1], nil, nil) })
		i = end - 1
	}
}

// sqs is the squeezed text of lines from to to.
func (a *assembly) sqs(from, to int) []string {
	var out []string
	for k := from; k < to; k++ {
		out = append(out, strings.TrimSpace(a.d.Lines[k].Sq))
	}
	return out
}

// colonEntriesEnd is the index after the last line from from on that is
// a body's name closed by a colon or a number under it.
func (a *assembly) colonEntriesEnd(from int) int {
	k := from
	for k < len(a.d.Lines) && a.roles[k] != cue.Chrome && (colonName(a.d.Lines[k].Sq) || colonNumber(a.d.Lines[k].Sq)) {
		k++
	}
	return k
}

// colonEntries cuts lines into entries, each a body's name closed by a
// colon and the numbers on the lines under it, one at the least: two
// entries or more, every line in one.
func colonEntries(lines []string) ([][]string, bool) {
	var out [][]string
	for _, l := range lines {
		switch {
		case colonName(l):
			out = append(out, []string{l})
		case colonNumber(l) && len(out) > 0:
			out[len(out)-1] = append(out[len(out)-1], l)
		default:
			return nil, false
		}
	}
	if len(out) < 2 {
		return nil, false
	}
	for _, e := range out {
		if len(e) < 2 {
			return nil, false
		}
	}
	return out, true
}

// colonName reports whether s is a name alone closed by a colon: words of
// no figure and no clause.
func colonName(s string) bool {
	s = strings.TrimSpace(s)
	n := strings.TrimRight(s, "：:")
	return n != s && cue.HasHan(n) && !hasDigit(n) && !cue.SentencePunct(n) && !strings.ContainsAny(n, "：:")
}

// colonNumber reports whether s is a number to call, with a note of its
// hours in brackets at the most (0000-7654321(上午)): it opens with a
// figure and holds no word outside its brackets.
func colonNumber(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || !strings.ContainsAny(s[:1], "0123456789") {
		return false
	}
	depth := 0
	for _, r := range s {
		switch {
		case strings.ContainsRune("(（", r):
			depth++
		case strings.ContainsRune(")）", r):
			depth--
		case depth == 0 && !strings.ContainsRune("0123456789-—－ 、,，/", r):
			return false
		}
	}
	return depth == 0
}
