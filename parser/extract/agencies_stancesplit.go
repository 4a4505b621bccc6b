package extract

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// stanceKindAfter is where the kind of facility opens after a plan or
// report word that is also a place's name (新建: a district's as well), at
// byte i of name where a body's name before it ends (某某社区|新建|日间照料
// 中心): a district is written with its level when it names a body's place
// (某社区|新建区民政局), so with no place and no level after it the word is
// the body's act, building the kind that follows, as stanceBeforeKind
// reads it where the word opens the name. It returns i where the place
// is read as one.
func stanceKindAfter(name string, i int, place string) int {
	w, ok := lexicon.Stance().Prefix(name[i:])
	if !ok || w != place {
		return i
	}
	rest := name[i+len(w):]
	if rest == "" || agency.HasLocality(rest) || agency.OneCharLevel(rest) != "" {
		return i
	}
	return i + len(w)
}

// stanceLed reports whether the part of name at off opens after a plan or
// report word that stanceKindAfter read: the kind it builds, whose start
// is guessed (weak), so it names one body only with a place of its own.
func stanceLed(name string, off int) bool {
	for k := off - 1; k >= 0; k-- {
		place, ok := lexicon.Places().At(name, k)
		if ok && k+len(place) == off && stanceKindAfter(name, k, place) == off {
			return true
		}
	}
	return false
}
