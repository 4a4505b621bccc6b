package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// foundedGroup finds where the name of a body of co-ordination or a
// working body (an ending labelled local and field: 领导小组, 工作专班)
// opens when the name, read from at as name, runs back over its task's
// words to the verb by which the writing body set it up (成立了|建议提案
// 办理工作领导小组, 成立|安全生产大检查工作领导小组: agency boundaries
// labelled found, 了 the particle of the act done). Such a group is named
// after its task, verbs and all (《国务院关于议事协调机构设置的通知》,
// 国发〔2008〕13号), and the report names the one group it set up, its
// own, so no place is needed before the task. A modal verb before the
// founding verb (要成立, 应成立: cue list verblead) asks every body to set
// one up, a kind; a group named by the word for work alone (成立工作领导小组:
// cue list worknoun) names no task. A body named before the verb in its
// clause (县政府成立…, 省民政厅要求各地成立…) is the one that acts, read by
// its own name; the group is left to the rules of the body's own groups.
func foundedGroup(s string, ts []segment.Token, at int, name string) (int, bool) {
	suffix, kind := agency.Ending(name)
	sx := lexicon.AgencySuffixes()
	if kind != "unit" || sx.Label(suffix, 1) != "local" || sx.Label(suffix, 2) != "field" {
		return 0, false
	}
	end := at + len(name)
	v := tasksBack(s, at)
	l := v
	if k := tokenAt(ts, l); k >= 0 && ts[k].Start == l && doneParticle(ts[k].Word) {
		l = ts[k].End // 成立了|…: the act done
	}
	task := s[l : end-len(suffix)]
	if w, ok := lexicon.CueWordList("worknoun").Suffix(task); ok {
		task = strings.TrimSuffix(task, w)
	}
	if task == "" {
		return 0, false
	}
	for k := tokenAt(ts, l); k >= 0 && k < len(ts) && ts[k].Start < end-len(suffix); k++ {
		if functionWordTags[ts[k].Tag] && !(ts[k].Start > l && taskJoin(ts[k].Word)) {
			return 0, false // 成立相应的领导小组: a group described, no task named
		}
	}
	k := tokenEndingAt(ts, v)
	if k >= 0 && doneParticle(ts[k].Word) {
		k = tokenEndingAt(ts, ts[k].Start) // 成立了|…, with 了 read as a bound
	}
	if k < 0 || lexicon.AgencyBoundaries().Label(ts[k].Word, 0) != "found" {
		return 0, false
	}
	if m := tokenEndingAt(ts, ts[k].Start); m >= 0 && leadingVerbs().Has(ts[m].Word) {
		return 0, false // 要成立: every body is to set one up
	}
	if endingIn(s, clauseStart(s, ts[k].Start), ts[k].Start) {
		return 0, false // 县政府成立|…领导小组, 省民政厅要求各地成立: the body named does the act
	}
	return l, true
}

// tasksBack is where the words of a group's task that end at at open,
// back over a conjunction that joins two tasks of the one group
// (成立|安全生产和消防安全隐患治理工作领导小组: cue list conjunction, which
// bounds a name elsewhere): a group may be set up for two tasks, named
// together before its one ending. Words before the conjunction that hold
// a body's ending are a body of their own (…领导小组和…领导小组), where the
// scan stops as before.
func tasksBack(s string, at int) int {
	v := wordsBack(s, at, false)
	for v > 0 {
		c, ok := lexicon.CueWordList("conjunction").Suffix(s[:v])
		if !ok {
			return v
		}
		u := wordsBack(s, v-len(c), false)
		if u == v-len(c) || endingIn(s, u, v-len(c)) {
			return v
		}
		v = u
	}
	return v
}

// taskJoin reports whether w is a conjunction that joins two members
// (cue list conjunction: 和, 与, 及, 以及).
func taskJoin(w string) bool { return lexicon.CueWordList("conjunction").Has(w) }

// endingIn reports whether an agency ending ends inside (i, j] of s.
func endingIn(s string, i, j int) bool {
	for p := i; p < j; {
		_, w := utf8.DecodeRuneInString(s[p:])
		p += w
		if _, ok := lexicon.AgencySuffixes().EndingAt(s[:j], p); ok {
			return true
		}
	}
	return false
}

// doneParticle reports whether w is the particle of an act done (了:
// stance words labelled achieved, read as a word of its own).
func doneParticle(w string) bool {
	st := lexicon.Stance()
	return st.Label(w, 0) == "achieved" && st.Label(w, 1) == "own"
}
