package extract

import (
	"sort"
	"unicode/utf8"

	"bulletin/parser/segment"
	"bulletin/parser/span"
)

// clauses cuts a text into words clause by clause, on demand: an extractor
// asks for the words around an offset, and only clauses someone asks about
// are cut. Most of a bulletin holds no name, title or number, and the cut
// is the dearest step of the parse.
type clauses struct {
	s     string
	tag   func(string) []segment.Token
	stops []int // offsets of the clause marks, sorted
	cache map[int][]segment.Token
}

// clauseMarks end a clause; no name or number runs across them.
func clauseMark(r rune) bool {
	switch r {
	case '，', '。', '；', '：', '！', '？', '、', '\n', '“', '”', '《', '》', '（', '）', ',', ';', ':', '!', '?', '(', ')':
		return true
	}
	return false
}

func newClauses(s string, tag func(string) []segment.Token) *clauses {
	c := &clauses{s: s, tag: tag, cache: map[int][]segment.Token{}}
	for i := 0; i < len(s); {
		b := s[i]
		if span.HanLead(b) { // never a mark
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if clauseMark(r) {
			c.stops = append(c.stops, i)
		}
		i += n
	}
	return c
}

// at returns the words of the clause that holds byte offset i, with offsets
// into the whole text.
func (c *clauses) at(i int) []segment.Token {
	if c == nil || c.tag == nil || i < 0 || i >= len(c.s) {
		return nil
	}
	k := sort.SearchInts(c.stops, i+1) // first mark after i
	start := 0
	if k > 0 {
		start = c.stops[k-1]
		_, w := utf8.DecodeRuneInString(c.s[start:])
		start += w
	}
	end := len(c.s)
	if k < len(c.stops) {
		end = c.stops[k]
	}
	if start >= end {
		return nil
	}
	if ts, ok := c.cache[start]; ok {
		return ts
	}
	ts := c.tag(c.s[start:end])
	for j := range ts {
		ts[j].Start += start
		ts[j].End += start
	}
	c.cache[start] = ts
	return ts
}
