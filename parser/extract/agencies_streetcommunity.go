package extract

import "strings"

// streetCommunityRule marks a street office's community read as one name.
const streetCommunityRule = "street-community"

// communityEndings end the name of a community or a village's committee
// that a street office's name runs into (治淮街道|光明街社区, 金海街道|龙潭居委).
var communityEndings = []string{"社区", "居委会", "居委", "村委会", "社区居委会"}

// streetCommunities joins a street office's name and the community's name
// printed right after it into one name (治淮街道光明街社区联合…): the
// street office names where the community lies, as 七里河区西湖街道小西湖西街社区
// does, and the whole is the one community (GOLD.md keeps the longest
// form printed). The candidates are names already, so their own bounds
// say where each name opens: no count of characters before 街道 or the
// ending is asked (none decided a row or a record).
func streetCommunities(s string, cs []candidate) []candidate {
	ends := map[int][]candidate{}
	for _, c := range cs {
		name := s[c.start:c.end]
		if strings.HasSuffix(name, "街道") {
			ends[c.end] = append(ends[c.end], c)
		}
	}
	var out []candidate
	for _, c := range cs {
		as, ok := ends[c.start]
		if !ok || !communityNamed(s[c.start:c.end]) {
			continue
		}
		for _, a := range as {
			out = append(out, candidate{a.start, c.end, streetCommunityRule})
		}
	}
	return out
}

// communityNamed reports whether name ends as a community's or a
// committee's name does (communityEndings).
func communityNamed(name string) bool {
	for _, e := range communityEndings {
		if strings.HasSuffix(name, e) {
			return true
		}
	}
	return false
}
