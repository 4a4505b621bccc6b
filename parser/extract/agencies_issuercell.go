package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/span"
)

// issuerCellRule marks a body that issuerCells read from a field printed
// without its colon.
const issuerCellRule = "issuer-cell"

// issuerCells finds the body an information-disclosure page names in its
// record's grid (GB/T 39047: 索引号, 发布机构, 发布日期 …) where the field's
// label and its value stand in cells of their own, set apart by white
// space or a cell's bar, with no colon (发布机构 | 民政局 | 文 号 |; 发布机构
// 民政局 发布日期 2022-08-03; a label spaced out to the column's width, 来
// 源 民政局): the value names the page's issuer as the colon's field does
// (issuerFields), a short name included, one body in the context of its
// own page (GOLD.md). The label (the cue list issuer) opens its line or a
// cell; the value fills the next cell, up to white space, a bar or the
// line's end, and is a body's name.
func issuerCells(t span.Text) []candidate {
	s := t.String()
	labels := lexicon.CueWordList("issuer")
	var out []candidate
	for i := 0; i < len(s); {
		_, w := utf8.DecodeRuneInString(s[i:])
		if !cellOpensAt(t, i) {
			i += w
			continue
		}
		label, ok := labels.At(s, i)
		if !ok {
			i += w
			continue
		}
		e := i + len(label)
		start, ok := cellValueOpens(t, e)
		if !ok {
			i = e
			continue
		}
		end := start
		for end < len(s) && (end == start || !t.HasGapAt(end)) {
			r, w := utf8.DecodeRuneInString(s[end:])
			if !unicode.Is(unicode.Han, r) && !strings.ContainsRune("（）()·", r) {
				break
			}
			end += w
		}
		if !cellEndsAt(t, end) {
			i = end
			continue
		}
		if v := s[start:end]; end > start && agency.Shape(v) && !classOfBodies(v) {
			out = append(out, candidate{start, end, issuerCellRule})
		}
		i = end
	}
	return out
}

// cellOpensAt reports whether a grid's cell may open at i: the text's or
// a line's start, white space in the source, or a cell's bar.
func cellOpensAt(t span.Text, i int) bool {
	if i == 0 || t.HasGapAt(i) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(t.String()[:i])
	return strings.ContainsRune("\n \t\u3000|", r)
}

// cellEndsAt reports whether a grid's cell ends at i: white space in the
// source, a cell's bar or the line's end.
func cellEndsAt(t span.Text, i int) bool {
	s := t.String()
	if i == len(s) || t.HasGapAt(i) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return strings.ContainsRune("\r\n \t\u3000|", r)
}

// cellValueOpens is where the value after a label that ends at e opens:
// past the white space and the one bar that part the two cells. No part
// at all, or a colon (the field issuerFields reads), opens none.
func cellValueOpens(t span.Text, e int) (int, bool) {
	s := t.String()
	p, bars := e, 0
	for p < len(s) {
		r, w := utf8.DecodeRuneInString(s[p:])
		if r == '|' {
			bars++
		} else if r != ' ' && r != '\t' && r != '\u3000' {
			break
		}
		p += w
	}
	return p, (p > e || t.HasGapAt(e)) && bars <= 1
}
