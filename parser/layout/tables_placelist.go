package layout

import (
	"strings"

	"bulletin/parser/layout/cue"
	"bulletin/parser/lexicon"
)

// placeLists reads as a table's, whatever the decoder read them as, the
// lines under a line that announces a list, closed by a colon (…通报如下:),
// that each name a division (a county, a district, a city of the
// gazetteer, as printed in full) and, a space after it, what the list
// holds there (历下区 某某镇敬老院 / 章丘区 某某家园、某某老年公寓): two lines
// or more, no sentence among them, none a line of a table already (a grid
// keyed by places, its figures a space apart). The table has no head and
// no title, a row each line keyed by its division, the rest of the line
// its other cell; where a cell ends is the line's space, so its words are
// read as the whole line (Spaced). m keeps it for the run of the lines
// marked.
func (a *assembly) placeLists(m markedTables) {
	for i := 0; i+1 < len(a.d.Lines); i++ {
		if blk, end, ok := a.placeList(i); ok {
			a.mark(m, lineRange(i+1, end), func([]int) { a.doc.Blocks = append(a.doc.Blocks, blk) })
			i = end - 1
		}
	}
}

// placeList reads the lines under line i as a list by division
// (placeLists): its table and the line after its last, or false.
func (a *assembly) placeList(i int) (Block, int, bool) {
	if !endsColon(a.d.Lines[i].Sq) { // a line that says what the lines under it list (现将…通报如下:)
		return Block{}, 0, false
	}
	var blk Block
	end := i + 1
	for ; end < len(a.d.Lines) && a.roles[end] != cue.Table; end++ {
		cells, ok := placeRow(a.d.Lines[end].Text)
		if !ok {
			break
		}
		blk.Rows = append(blk.Rows, Row{Cells: cells, Line: a.d.Lines[end].Num, Text: a.text(end), Spaced: true})
	}
	return blk, end, len(blk.Rows) >= 2
}

// placeListHeads reads as text, before the text's parts are read, the
// rows of each list by division (placeList) the decoder read as headings
// (鄞州区 云龙镇敬老院): a table is no item (GOLD.md); placeLists reads
// the rows as the table's.
func (a *assembly) placeListHeads() {
	for i := 0; i+1 < len(a.d.Lines); i++ {
		if _, end, ok := a.placeList(i); ok {
			for k := i + 1; k < end; k++ {
				if r := a.roles[k]; r == cue.Heading || r == cue.Subheading {
					a.relabel(k, cue.Body)
				}
			}
			i = end - 1
		}
	}
}

// placeRow reads s as a row of a list by division: a division's full name
// (lexicon.Places) and, a space after it, words of no sentence (no clause
// mark, no label's colon).
func placeRow(s string) ([]string, bool) {
	place, rest, ok := strings.Cut(strings.TrimSpace(s), " ")
	rest = squeezeCell(rest)
	if !ok || cue.SentencePunct(rest) || strings.ContainsAny(rest, "：:") {
		return nil, false
	}
	for _, d := range lexicon.Places().Lookup(place) {
		if d.Name == place {
			return []string{place, rest}, true
		}
	}
	return nil, false
}
