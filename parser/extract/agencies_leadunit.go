package extract

import (
	"strings"
	"sync"

	"bulletin/parser/punct"
)

// leadUnitRule marks a body's own unit named by its ending alone that
// leadUnits found.
const leadUnitRule = "lead-unit"

// leadUnits finds a unit named by its ending alone (办公室) that the text
// makes the lead of its body's work: the verb of leading right after it
// (各科室负责人为第一责任人、办公室牵头的工作格局) or a clause that defines
// it as the lead unit (办公室为全局信息公开工作的牵头处室: X为…的Y). A
// report that assigns its work so names its body's own office, one body
// in context (GOLD.md: a unit such as 办公室 that names one body in
// context is an agency), as ownOffices reads one the page prints after
// its body. The short name is one word of the segmenter's that is a
// unit's whole ending, opening a clause or a list's member, running into
// no longer ending; the lead verbs are the agency cues labelled lead.
func leadUnits(s string, words wordsAt) []candidate {
	var out []candidate
	for i, suffix := range labelledEndings(s, "unit") {
		if !leadsWorkClause(s, i) {
			continue
		}
		ts := words(i - 1)
		k := tokenEndingAt(ts, i)
		if k < 0 || ts[k].Word != suffix || runsOnAt(s, i) {
			continue
		}
		if start := ts[k].Start; clauseOpensAt(s, start) || strings.HasSuffix(s[:start], "、") {
			out = append(out, candidate{start, i, leadUnitRule})
		}
	}
	return out
}

// leadVerbs are the verbs of leading a body's work (agency cues lead).
var leadVerbs = sync.OnceValue(func() []string { return agencyCueList("lead") })

// leadsWorkClause reports whether the clause that goes on at i makes what
// ends there the lead of the work: it opens with a lead verb (|牵头), or
// with 为 and names the lead after a 的 (|为全局…的牵头处室).
func leadsWorkClause(s string, i int) bool {
	rest := s[i:]
	if k := strings.IndexAny(rest, punct.SentenceEnds+punct.ClauseMarks); k >= 0 {
		rest = rest[:k]
	}
	for _, v := range leadVerbs() {
		if strings.HasPrefix(rest, v) || strings.HasPrefix(rest, "为") && strings.Contains(rest, "的"+v) {
			return true
		}
	}
	return false
}

// collectiveUnitEnds reports whether the name [i, e) of s ends in the
// noun a body's own units are counted and classed by (处室, 科室, 股室:
// the agency cues labelled both unitcount and unitkind), or in its first
// character (对口处|室): 牵头处室, 对口处室 say what role a unit plays,
// they name none (the unit is the subject the clause defines: 办公室为…的
// 牵头处室; or the body before it: 省民政厅|对口处室).
func collectiveUnitEnds(s string, i, e int) bool {
	for _, w := range collectiveUnits() {
		for k := e - len(w); k < e; k++ {
			if k >= i && strings.HasPrefix(s[k:], w) {
				return true
			}
		}
	}
	return false
}

// collectiveUnits are the agency cues labelled both unitcount and
// unitkind.
var collectiveUnits = sync.OnceValue(func() []string {
	kinds := agencyCueList("unitkind")
	var out []string
	for _, w := range agencyCueList("unitcount") {
		for _, k := range kinds {
			if k == w {
				out = append(out, w)
			}
		}
	}
	return out
})
