package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"

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
var countedBodies = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`等[0-9０-９一二三四五六七八九十]+[个家](?:` + cueAlternatives("bodycount") + `)`)
})

// countedListMembers finds the members of each 、-list that closes with a
// count of bodies (countedBodies). A member is read where it is a body's
// name as a whole: an ending of a government's body alone of two
// characters or more (法院), a body's short name that is a word of its own
// (综治办), or a name that names one body by itself. The first member
// opens after the word that bounds names before it (会同|综治办).
func countedListMembers(s string) []candidate {
	var out []candidate
	for _, m := range countedBodies().FindAllStringIndex(s, -1) {
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

// countedUnits matches what closes a 、-list of a body's own units with
// their number (办公室、优抚科、…、移民科共11个科室): 共 or 等, a figure, 个
// and a noun of the units inside a body (科室, 处室, 股室, 内设机构), as a
// body's 三定 规定 and its reports count its 内设机构. The count says each
// member is one unit of the body the text is about, whatever words of its
// field of work its name holds (基层政权建设科, 退伍军人安置办: GOLD.md, a
// unit that names one body in context is an agency).
var countedUnits = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`[等共][0-9０-９一二三四五六七八九十]+个(?:` + cueAlternatives("unitcount") + `)`)
})

// countedUnitMembers finds the members of each 、-list that closes with a
// count of a body's units (countedUnits): each member between two marks
// whose name ends as a unit's does (科, 股, 处, 室, 办); the first opens
// after the word that bounds names before it (民政局内设|办公室). A member
// that is no unit's name ends the list.
func countedUnitMembers(s string) []candidate {
	var out []candidate
	for _, m := range countedUnits().FindAllStringIndex(s, -1) {
		end := m[0]
		for end > 0 {
			start := wordsBack(s, end, false)
			if k := strings.LastIndex(s[:end], "、"); k >= 0 && k+len("、") > start {
				start = k + len("、")
			}
			if start >= end || !countedUnit(s[start:end]) || classBefore(s, start) {
				break
			}
			out = append(out, candidate{start, end, countedListRule})
			if !strings.HasSuffix(s[:start], "、") {
				break
			}
			end = start - len("、")
		}
	}
	return out
}

// countedUnit reports whether name, a member of a list closed by a count
// of units, names one unit: a unit's ending, no class (各, 有关), no
// kind of unit (业务科室: the count's own noun) and no mark of a clause
// inside it.
func countedUnit(name string) bool {
	if strings.ContainsAny(name, "，,。；;：:（）() ") || lexicon.GenericAgencies().Has(name) || agency.EachInside(name) {
		return false
	}
	for _, kind := range unitKinds() {
		if strings.HasSuffix(name, kind) {
			return false
		}
	}
	if p, ok := lexicon.GenericPrefixes().Prefix(name); ok && lexicon.GenericPrefixes().Label(p, 0) != "level" {
		return false
	}
	_, kind := agency.Ending(name)
	return kind == "unit"
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

// classBefore reports whether a word of category that is no level (各,
// 有关: generic prefixes) ends at i, right before a name the scan bounded
// there (各|业务科室): the name is a class.
func classBefore(s string, i int) bool {
	p, ok := lexicon.GenericPrefixes().EndingAt(s, i)
	return ok && lexicon.GenericPrefixes().Label(p, 0) != "level"
}

// unitKinds are the nouns of a kind of unit (agency cues unitkind).
var unitKinds = sync.OnceValue(func() []string { return agencyCueList("unitkind") })

// cueAlternatives is the agency cue words of a list as a regular
// expression's alternatives, the longest first.
func cueAlternatives(list string) string {
	ws := agencyCueList(list)
	for i, w := range ws {
		ws[i] = regexp.QuoteMeta(w)
	}
	slices.SortFunc(ws, func(a, b string) int { return len(b) - len(a) })
	return strings.Join(ws, "|")
}

// agencyCueList is the agency cue words that belong to list.
func agencyCueList(list string) []string {
	cues := lexicon.AgencyCues()
	var out []string
	for _, w := range cues.All() {
		for i := 0; cues.Label(w, i) != ""; i++ {
			if cues.Label(w, i) == list {
				out = append(out, w)
				break
			}
		}
	}
	return out
}
