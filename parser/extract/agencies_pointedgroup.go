package extract

import (
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// pointedGroup reports whether name, read from at, is a working body
// named after its task (an ending labelled local and field: 领导小组, 工作专
// 班) right after a word that points at the writer's own place (我县|殡葬改
// 革领导小组将…, 本市|…工作专班: deictic in the generic prefixes, a level
// in it, not labelled body): the word gives the group its place, as a
// level before it would (县殡葬改革领导小组), and the place has the one
// group for that task, which the report names as the subject of what it
// does (GOLD.md: a unit that names one body in context). The name is
// listed as written, the pointing word left out. A group named by the word
// for work alone (我县工作领导小组: cue list worknoun) names no task.
func pointedGroup(s string, at int, name string) bool {
	suffix, kind := agency.Ending(name)
	// Every ending labelled field in the lexicon is labelled local too
	// (TestPointingWordsLexiconFacts).
	if kind != "unit" || lexicon.AgencySuffixes().Label(suffix, 2) != "field" {
		return false
	}
	g := lexicon.GenericPrefixes()
	w, ok := g.EndingAt(s, at)
	if !ok || g.Label(w, 0) != "deictic" {
		return false
	}
	// The words that point at the writing body (我局, 本局: labelled body)
	// end in no level, as 我 and 其 do not (TestPointingWordsLexiconFacts).
	if _, lw := utf8.DecodeLastRuneInString(w); agency.OneCharLevel(w[len(w)-lw:]) == "" {
		return false // 我, 其, 我局: no place named
	}
	task := name[:len(name)-len(suffix)]
	if t, ok := lexicon.CueWordList("worknoun").Suffix(task); ok {
		task = task[:len(task)-len(t)]
	}
	return task != "" && !agency.HasLocality(name)
}
