package extract

import (
	"sort"
	"strings"
)

// lineStart is the offset where the line of s that holds offset at opens:
// just after the last line break before at, or 0. The targets rules ask it
// of many numbers of one passage (a paragraph's lead, a line's frame); a
// page a copy ran into one line is one line, and reading back from every
// number to its start took time as the square of the line's length. The
// breaks of s are indexed once, for the last string asked (the passage's
// text, which the rules all read), and searched.
func (in *Input) lineStart(s string, at int) int {
	if in == nil {
		return strings.LastIndexByte(s[:at], '\n') + 1
	}
	if !in.breaksRead || in.breaksOf != s { // Go compares strings by content: equal pointers and lengths are the fast path, another text of the same length is compared byte by byte
		in.breaksRead, in.breaksOf, in.lineBreaks = true, s, in.lineBreaks[:0]
		for i := 0; ; {
			j := strings.IndexByte(s[i:], '\n')
			if j < 0 {
				break
			}
			in.lineBreaks = append(in.lineBreaks, i+j)
			i += j + 1
		}
	}
	k := sort.SearchInts(in.lineBreaks, at) // the first break at or after at
	if k == 0 {
		return 0
	}
	return in.lineBreaks[k-1] + 1
}
