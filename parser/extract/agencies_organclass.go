package extract

import (
	"slices"
	"strings"

	"bulletin/parser/lexicon"
)

// dropOrganClassHeads drops a name that heads the class of its own
// organ's units: the name, its organs (机关, the agency cues labelled
// organs) and 各 (市局机关各科（室）、局属各单位：), as a 主送 line addresses
// every section of the issuing body's organ. The words name a plural
// class, each section of the body, and the body's name inside them is no
// name the text gives of one body (GOLD.md: a generic class or plural is
// no agency).
func dropOrganClassHeads(s string, cs []candidate) []candidate {
	return slices.DeleteFunc(cs, func(c candidate) bool { return organClassAfter(s, c.end) })
}

// organClassAfter reports whether the organs of a body and 各 follow e.
func organClassAfter(s string, e int) bool {
	cues := lexicon.AgencyCues()
	w, ok := cues.At(s, e)
	return ok && cues.Label(w, 0) == "organs" && strings.HasPrefix(s[e+len(w):], "各")
}
