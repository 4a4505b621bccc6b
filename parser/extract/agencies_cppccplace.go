package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/numeral"
)

// cppccPlaceRule marks a 政协 named with its division after it.
const cppccPlaceRule = "cppcc-place"

// cppccPlaces finds the political consultative conference of a division
// written with 政协 before the division's name and the term after it
// (政协某县十一届四次会议, 政协某州第十三届…): the proposals a bureau
// answers cite the conference so (关于对政协某县十一届四次会议第12号提案的
// 答复), the committee of that county whose session took the proposal, one
// body. The division is a place of the gazetteer with its level (某县,
// 某州), and a term's count (十一届, 第十三届, 第13届) follows it; without the term
// (政协委员, 政协会议) the words are no such name.
func cppccPlaces(s string) []candidate {
	var out []candidate
	for i := 0; ; {
		k := strings.Index(s[i:], "政协")
		if k < 0 {
			return out
		}
		at := i + k
		i = at + len("政协")
		place, ok := lexicon.Places().At(s, i)
		if !ok {
			continue
		}
		e := i + len(place)
		_, lw := utf8.DecodeLastRuneInString(place)
		if _, _, level := agency.LevelAt(s, e-lw); !level {
			if w, _, ok := agency.LevelAt(s, e); ok {
				e += len(w) // 金平|县: the short name, then its level
			} else {
				continue
			}
		}
		if termAt(s, e) {
			out = append(out, candidate{at, e, cppccPlaceRule})
		}
	}
}

// termAt reports whether a term's count opens at i: 第 maybe, a number in
// Chinese numerals or in figures (十一届, 第13届), then 届; 届 with no count
// before it (届时, 届满) is no term.
func termAt(s string, i int) bool {
	j := i + len("第")
	if !strings.HasPrefix(s[i:], "第") {
		j = i
	}
	k := j
	for k < len(s) {
		r, w := utf8.DecodeRuneInString(s[k:])
		if !numeral.IsChinese(r) && !unicode.IsDigit(r) {
			break
		}
		k += w
	}
	return k > j && strings.HasPrefix(s[k:], "届")
}
