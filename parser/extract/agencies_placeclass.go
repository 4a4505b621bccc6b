package extract

import (
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// levelClassInside reports whether the name [i, e) holds, right after a
// division's name that closes with its level (石首市, 某县), a word of the
// generic prefixes labelled level (乡镇, 村级) with a level or an ending
// that needs its place right after it (石首市|乡镇|办区社会工作站, 某县|
// 乡镇|民政办): the words name every township's (every village's) body
// of the division, a class (GOLD.md), as 乡镇民政办 alone does; a body of
// one township names the township.
func levelClassInside(s string, i, e int) bool {
	g, levels, suffixes := lexicon.GenericPrefixes(), lexicon.Levels(), lexicon.AgencySuffixes()
	for at := i; at < e; {
		_, w := utf8.DecodeRuneInString(s[at:])
		at += w
		lv, ok := levels.EndingAt(s[i:at], at-i)
		if !ok || len(lv) == at-i || !agency.HasLocality(s[i:at]) {
			continue
		}
		p, ok := g.At(s, at)
		if !ok || g.Label(p, 0) != "level" || at+len(p) >= e {
			continue
		}
		rest := s[at+len(p) : e]
		if _, _, ok := agency.LevelAt(rest, 0); ok {
			return true
		}
		if x, ok := suffixes.At(rest, 0); ok && suffixes.Label(x, 1) == "local" {
			return true
		}
	}
	return false
}

// placedKind reports whether name is a place's name or a level and then
// an ending alone that is labelled named and names a kind by itself (the
// generic list: 社工机构): 某区|社工机构 is every social-work body of the
// district, a class (GOLD.md), where one body prints the name it trades
// under between (某区某某社工机构).
func placedKind(name string) bool {
	suffix, _ := agency.Ending(name)
	if lexicon.AgencySuffixes().Label(suffix, 1) != "named" || !lexicon.GenericAgencies().Has(suffix) {
		return false
	}
	rest := name[:len(name)-len(suffix)]
	if p, ok := lexicon.Places().At(rest, 0); ok && p == rest {
		return true
	}
	w, _, ok := agency.LevelAt(rest, 0)
	return ok && w == rest
}
