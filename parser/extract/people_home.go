package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
)

// homeName is name without the 家 it ran into where every time the
// text prints it the 家 is the home of 家中 or 家里 (cue list home) (杨学|家中, 李国|家中:
// the segmenter read 学家 or 国家 as the given name's): the visit's home
// after the person visited, as 到某某家中 prints it. A name that stands
// anywhere without the localizer after it (杨学家说) is left whole. A 家
// that closes the place of a visit's clause at a comma (在低保户赖某家，:
// visitHome, people_visithome.go) is the home's too, without 中 or 里.
func homeName(s, name string) string {
	if utf8.RuneCountInString(name) != 3 {
		return name
	}
	last, n := utf8.DecodeLastRuneInString(name)
	short := name[:len(name)-n]
	if _, ok := surnameAt(short, 0); !ok {
		return name
	}
	seen := false
	for i := strings.Index(s, name); i >= 0; {
		j := i + len(name)
		r, _ := utf8.DecodeRuneInString(s[j:])
		if !lexicon.CueWordList("home").Has(string(last)+string(r)) && !visitHome(s, j-n) {
			return name // 在低保户赖某|家，: people_visithome.go
		}
		seen = true
		k := strings.Index(s[j:], name)
		if k < 0 {
			break
		}
		i = j + k
	}
	if !seen {
		return name
	}
	if n, ok := checkName(short); ok {
		return n
	}
	return name
}
