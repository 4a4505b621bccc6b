package extract

import (
	"strings"
	"unicode/utf8"
)

// listedCredits splits the last field of a closing credit that lists its
// writers with the enumeration comma (（某县民政局  张某某、李某某）,
// （张某某、李某某）) into one field a name: a credit prints the
// body, a space, then its writers, and where there are several it may
// join them with 、 as a sentence lists names. The field is split only
// where every part is two to four Han characters, the length of a name;
// whether a part is a name is creditName's to judge, as for a field of
// its own. A list of bodies ((市民政局、市财政局)) splits into bodies,
// which name no one.
func listedCredits(s string, fields []bounds) []bounds {
	k := len(fields) - 1
	if k < 0 {
		return fields
	}
	f := fields[k]
	text := s[f.start:f.end]
	if !strings.Contains(text, "、") {
		return fields
	}
	var parts []bounds
	at := f.start
	for _, p := range strings.Split(text, "、") {
		if n := utf8.RuneCountInString(p); n < 2 || n > 4 || !allHan(p) {
			return fields
		}
		parts = append(parts, bounds{at, at + len(p)})
		at += len(p) + len("、")
	}
	return append(fields[:k:k], parts...)
}
