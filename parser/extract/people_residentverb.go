package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/segment"
)

// verbObjectAt reports whether the run n read at at as a name after a
// resident's word (与村民|坐炕头、话家常) is a clause's verb and its object:
// the segmenter reads its first character as a verb of one character on
// its own and all the rest as common nouns (n), the object it takes. A
// name the segmenter does not know is no such pair (村民|李明|说), so the
// run is the deed done with the residents, no one named.
func verbObjectAt(ts []segment.Token, at int, n string) bool {
	k := tokenAt(ts, at)
	if k < 0 || ts[k].Start != at || !strings.HasPrefix(ts[k].Tag, "v") || utf8.RuneCountInString(ts[k].Word) != 1 {
		return false
	}
	end, j := ts[k].End, k+1
	for ; j < len(ts) && ts[j].Start == end && ts[j].End <= at+len(n); j++ {
		if ts[j].Tag != "n" {
			return false
		}
		end = ts[j].End
	}
	return j > k+1 && end == at+len(n)
}
