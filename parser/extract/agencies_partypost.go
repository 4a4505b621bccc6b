package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// partyPostsOff ends a name before a post of the Party committee the body
// keeps over its staff, where the name's ending is the post's opening
// word (某县民政局党委|委员: the agency cues labelled partypost, 党委委员,
// 党组班子): the post is printed whole after the body's name, as 党组成员
// is, and names the person's place in that body, which is the agency (市
// 民政局党组成员、副局长 → 市民政局, 市民政局党组班子 → 市民政局). The name
// is cut only where what stands before the post is a body's name of its
// own (周至县民政局); a committee named by itself (机关党委委员) keeps its
// name. A leadership team (label team) with only a body's ending before it
// (局党组班子成员: the text's own bureau, unnamed) names none. A
// secretary's post (label chain: 党委书记, 党组书记) is cut off only where it
// opens a chain of the person's posts (市民政局党委书记、局长): alone before
// the name (市民政局党委书记某某) it names the committee.
func partyPostsOff(s string, cs []candidate) []candidate {
	cues := lexicon.AgencyCues()
	gone := map[int]bool{}
	for n, c := range cs {
		for p := c.start; p < c.end; {
			if w, ok := cues.At(s, p); ok && cues.Label(w, 0) == "partypost" && p+len(w) > c.end &&
				(cues.Label(w, 1) != "chain" || postsChained(s, c.start, p, p+len(w))) {
				before := s[c.start:p]
				if own, _ := agency.Ending(before); cues.Label(w, 1) == "team" && (before == "" || own == before) {
					gone[n] = true
				} else if agency.Shape(before) && agency.One(before, false) {
					cs[n].end = p
				}
				break
			}
			_, k := utf8.DecodeRuneInString(s[p:])
			p += k
		}
	}
	n := 0
	return slices.DeleteFunc(cs, func(candidate) bool { n++; return gone[n-1] })
}

// postsChained reports whether the secretary's post from p to k, after the
// name from i, opens a chain of the person's posts (、 after it) in a
// state organ's name (a government ending that names no community or
// subdistrict: 市民政局, 省民政厅): a Party group is set up in a state
// organ (《中国共产党章程》 ch. 9), whose other posts the chain goes on
// with. A community's, a town's or an institution's Party committee
// (某社区党委书记、主任) is the body's own leading organ, named.
func postsChained(s string, i, p, k int) bool {
	suffix, kind := agency.Ending(s[i:p])
	return strings.HasPrefix(s[k:], "、") && kind == "government" &&
		lexicon.AgencySuffixes().Label(suffix, 1) != "named"
}
