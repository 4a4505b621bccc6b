package extract

import (
	"strings"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// jointShortRule marks a body's short name that jointShortBodies found.
const jointShortRule = "joint-short"

// jointShortBodies finds a government body named by its field and its
// ending alone (民政局, 财政局: shortGovernmentWords) right after a body's
// name found whole with its place or level and a word that joins the two
// (消防救援大队联合|民政局, 县促进会和|民政局, 街道办事处、|民政局: a list's
// mark, a conjunction, or a verb of acting jointly, cue lists conjunction
// and jointact): the second is the first's partner in one act or one
// list, the one body of its kind of the place the first names (GOLD.md: a
// unit that names one body in context is an agency). A list's members
// share its first's place: after a first member that opens with its bare
// level (市行政审批服务局、|民政局) the short name is that level's body, and
// after a later member (云安区、新兴县人民政府、|民政局) each place's, a
// class; neither is read. A verb of acting jointly joins the two bodies
// whatever the first's place or level (县民政局会同|财政局); a national
// body (民政部、|民政局) has no place whose body the short name is. A class before the
// joining word (各县民政局、|财政局) is no found name, and joins none.
func jointShortBodies(s string, words wordsAt, cs []candidate) []candidate {
	acts, lists := map[int]bool{}, map[int]bool{}
	for _, c := range cs {
		name := s[c.start:c.end]
		_, placeNamed := lexicon.Places().At(name, 0)
		if placeNamed || agency.OneCharLevel(name) != "" {
			acts[c.end] = true
		}
		if placeNamed && !strings.HasSuffix(s[:c.start], "、") {
			lists[c.end] = true
		}
	}
	var out []candidate
	for ts, k := range shortGovernmentWords(s, words) {
		if joinedAfterBody(s, ts[k].Start, acts, lists) {
			out = append(out, candidate{ts[k].Start, ts[k].End, jointShortRule})
		}
	}
	return out
}

// joinedAfterBody reports whether a joining word ends at i right after a
// found name's end: a verb of acting jointly after any name with its
// place (acts), a list's mark or a conjunction after a list's first
// member named with its place's name (lists).
func joinedAfterBody(s string, i int, acts, lists map[int]bool) bool {
	if p, ok := strings.CutSuffix(s[:i], "、"); ok {
		return lists[len(p)]
	}
	if w, ok := lexicon.CueWordList("conjunction").Suffix(s[:i]); ok && lists[i-len(w)] {
		return true
	}
	w, ok := lexicon.CueWordList("jointact").Suffix(s[:i])
	return ok && acts[i-len(w)]
}
