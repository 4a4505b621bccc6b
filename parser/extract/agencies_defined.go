package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// A kind of body named where the text says what the kind is or whose it
// is names no one body (GOLD.md: a generic class is no agency). These
// rules read the words around a name without a place of its own.

// kindInContext reports whether the name [i, e) with no place of its own
// names a kind of body by its context: the term of a definition
// (公益性公墓|是指…), the office of a person's residence (户籍所在地的|
// 街道办事处), or a hall of an exhibition (高质量发展成果馆, 美好生活体验馆)
// whose one-character ending closes a venue's word (成果馆: the non-agency
// words), as a fair sets its halls up.
func kindInContext(s string, i, e int, suffix string) bool {
	if agency.HasLocality(s[i:e]) {
		return false
	}
	cues := lexicon.AgencyCues()
	if w, ok := cues.At(s, e); ok && cues.Label(w, 0) == "definition" {
		return true
	}
	if residenceBefore(s, i) {
		return true
	}
	if pilotQualifies(s, i, e-len(suffix)) {
		return true // 六个试点|社工站: the stations the pilot tries out
	}
	if utf8.RuneCountInString(suffix) == 1 {
		if w, ok := lexicon.NonAgencyWords().EndingAt(s, e); ok && len(w) > len(suffix) && len(w) <= e-i {
			return true
		}
	}
	return false
}

// residenceBefore reports whether a word of a person's residence (the
// agency cues labelled residence) ends at i, or before a 的 that ends there.
func residenceBefore(s string, i int) bool {
	j := i
	if strings.HasSuffix(s[:j], "的") {
		j -= len("的")
	}
	cues := lexicon.AgencyCues()
	w, ok := cues.EndingAt(s, j)
	return ok && cues.Label(w, 0) == "residence"
}

// pilotQualifies reports whether a noun of a pilot scheme (试点: the agency
// cues labelled pilot) stands among the words [i, j) before a name's
// ending, the name having no place of its own (试点社工站, 发挥试点社工站):
// the words name the bodies of a kind the scheme tries out, several and
// unnamed, a class (GOLD.md), as a kind's name before 试点 does
// (programmeOf). A level before the word (伙牌镇|试点社工站) names the
// place whose one station it is.
func pilotQualifies(s string, i, j int) bool {
	cues := lexicon.AgencyCues()
	for k := i; k < j; {
		if w, ok := cues.At(s, k); ok && cues.Label(w, 0) == "pilot" && k+len(w) <= j {
			return !levelAmong(s, i, k)
		}
		_, n := utf8.DecodeRuneInString(s[k:])
		k += n
	}
	return false
}

// levelAmong reports whether a level word (镇, 街道, 县 …) starts in [i, j).
func levelAmong(s string, i, j int) bool {
	for k := i; k < j; {
		if _, ok := lexicon.Levels().At(s, k); ok {
			return true
		}
		_, n := utf8.DecodeRuneInString(s[k:])
		k += n
	}
	return false
}
