package extract

import "strings"

// A caption may open with the page's bracketed tag for the photo it
// credits (…擦拭墓碑。(资料图)某某 摄, （图片）某某 摄): the tag says what the
// photo is (cue list phototag), no one's name, and the credit run onto the
// sentence (runOnCredits) is the bare name and the verb after it.

// photoTagBrackets are the bracket pairs a page sets around a photo's tag.
var photoTagBrackets = [][2]string{{"(", ")"}, {"（", "）"}, {"【", "】"}, {"[", "]"}}

// photoTagLead is the length of the bracketed photo tag that run opens
// with, or 0.
func photoTagLead(run string) int {
	for _, b := range photoTagBrackets {
		rest, ok := strings.CutPrefix(run, b[0])
		if !ok {
			continue
		}
		if k := strings.Index(rest, b[1]); k > 0 && photoTags().Has(rest[:k]) {
			return len(b[0]) + k + len(b[1])
		}
	}
	return 0
}
