package extract

import (
	"regexp"
	"strings"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// countedBodies matches what closes a 、-list of bodies with their number
// (综治办、法院、检察院等8个部门): 等, a figure, the measure of things
// counted one by one, and a noun of bodies (部门, 单位). The count says the
// list names that many bodies, each one of them: a body printed by its
// ending alone (法院, 检察院) is the one of the place the text is about
// (GOLD.md: a unit that names one body in context is an agency), where
// 教育、财政等部门 with no count names fields of work.
var countedBodies = regexp.MustCompile(`等[0-9０-９一二三四五六七八九十]+[个家](?:部门|单位|部門|單位)`)

// countedListMembers finds the members of each 、-list that closes with a
// count of bodies (countedBodies). A member is read where it is a body's
// name as a whole: an ending of a government's body alone of two
// characters or more (法院), a body's short name that is a word of its own
// (综治办), or a name that names one body by itself. The first member
// opens after the word that bounds names before it (会同|综治办).
func countedListMembers(s string) []candidate {
	var out []candidate
	for _, m := range countedBodies.FindAllStringIndex(s, -1) {
		end := m[0]
		for end > 0 {
			start := wordsBack(s, end, false)
			if start < end && countedMember(s[start:end]) {
				out = append(out, candidate{start, end, countedListRule})
			}
			if !strings.HasSuffix(s[:start], "、") {
				break
			}
			end = start - len("、")
		}
	}
	return out
}

// countedListRule marks a member of a list of bodies closed by their count.
const countedListRule = "counted-list"

// countedMember reports whether name, a member of a counted list, names
// one body as a whole (countedListMembers).
func countedMember(name string) bool {
	if lexicon.GenericAgencies().Has(name) || classOfBodies(name) {
		return false
	}
	if lexicon.AgencyWords().Has(name) {
		return true
	}
	suffix, kind := agency.Ending(name)
	if suffix == "" || kind != "government" {
		return false
	}
	if suffix == name {
		return len([]rune(name)) >= 2
	}
	return agency.One(name, false)
}
