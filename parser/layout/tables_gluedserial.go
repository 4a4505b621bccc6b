package layout

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/layout/cue"
)

// gluedSerialGrids reads as a table's, whatever the decoder read them as,
// a grid whose copy lost the marks between its cells: a head that opens
// with the head of its column of serial numbers (序号, cue_words
// serialhead) run into the heads after it, no space or bar between
// (序号单位名称地址联系电话), over lines that each open with their serial
// number, counting from 1, run into the words after it (1某某公墓某区某路1号
// 027-00000000), two or more, none a sentence. Where the other cells end is
// lost: each row is its number and the rest of its line, read whole
// (Spaced), and the head its serial head and the rest. The line over the
// head is the title where it reads as one (words, no sentence), its
// closing colon dropped (承办单位、地址、报名电话:). m keeps the table for
// the run of the lines marked.
func (a *assembly) gluedSerialGrids(m markedTables) {
	for i := 0; i+2 < len(a.d.Lines); i++ {
		head, ok := gluedSerialHead(a.d.Lines[i].Text)
		if !ok {
			continue
		}
		blk := Block{Header: 1, Rows: []Row{{Cells: head, Line: a.d.Lines[i].Num, Text: a.text(i), Spaced: true}}}
		end := i + 1
		for ; end < len(a.d.Lines) && a.roles[end] != cue.Table; end++ {
			// A line another grid holds already is that grid's.
			rest, ok := gluedSerialRow(a.d.Lines[end].Text, end-i)
			if !ok {
				break
			}
			blk.Rows = append(blk.Rows, Row{Cells: []string{strconv.Itoa(end - i), rest}, Line: a.d.Lines[end].Num, Text: a.text(end), Spaced: true})
		}
		if len(blk.Rows) < 3 {
			continue
		}
		if p := i - 1; p >= 0 && gluedTitle(a.d.Lines[p].Sq) {
			t := a.text(p)
			v := strings.TrimRight(strings.TrimSpace(t.String()), "：:")
			blk.Title = &Field{Value: v, Text: t.Slice(0, len(v)), Rule: "table title"}
		}
		a.mark(m, lineRange(i, end), func([]int) { a.doc.Blocks = append(a.doc.Blocks, blk) })
		i = end - 1
	}
}

// gluedSerialHead reads s as a head run together that opens with a serial
// head: that head and the heads after it, words of no space, bar, figure
// or clause.
func gluedSerialHead(s string) ([]string, bool) {
	s = strings.TrimSpace(s)
	w, ok := cue.SerialHeadPrefix(s)
	rest := s[len(w):]
	if !ok || !cue.HasHan(rest) || strings.ContainsFunc(rest, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsDigit(r) || r == '|' || r == '｜'
	}) || cue.SentencePunct(rest) || strings.ContainsAny(rest, "：:") {
		return nil, false
	}
	return []string{w, rest}, true
}

// gluedSerialRow reads s as the row numbered n of a grid run together:
// the number run into a Chinese character (no list's 1、 or 1.), and the
// rest of the line, no sentence's end.
func gluedSerialRow(s string, n int) (string, bool) {
	s = strings.TrimSpace(s)
	rest, ok := strings.CutPrefix(s, strconv.Itoa(n))
	r, _ := utf8.DecodeRuneInString(rest)
	if !ok || !unicode.Is(unicode.Han, r) || cue.EndsSentence(rest) {
		return "", false
	}
	return rest, true
}

// gluedTitle reports whether s reads as the title over a grid: words, no
// sentence, no attachment's heading (附表:); a colon may close it.
func gluedTitle(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), "：:")
	return cue.HasHan(s) && !cue.SentencePunct(s) && !attachHead(s)
}
