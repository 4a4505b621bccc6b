package parser

import (
	"sort"

	"bulletin/schema"
)

// setPages gives every position of a paged document its page: a page after
// the first opens with a form feed, so a line's page is one more than the
// pages that open on or before it.
func setPages(rec *schema.Record, text string) {
	var starts []int // the first line of pages 2, 3, …
	line := 1
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\f':
			if n := len(starts); n == 0 || starts[n-1] != line {
				starts = append(starts, line)
			}
		case '\n':
			line++
		}
	}
	rec.EachSpan(func(s *schema.Span) {
		if s.Line > 0 {
			s.Page = 1 + sort.SearchInts(starts, s.Line+1)
		}
	})
}
