package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// broadcasterRule marks a radio or television station that a sentence
// names as a body.
const broadcasterRule = "broadcaster"

// broadcasters finds the radio and television stations a sentence of the
// text names as bodies (在市电视台开设栏目, 协调区电视台播放, 某市电视台某栏目
// 主持人): a station's ending (cue list broadcaster: 电视台, 广播电视台,
// 电台 …) with its place or level right before it (某市, 市, 中央), as the
// stations are set up by a county's government or above and named so. A
// station named as the text's source is none (GOLD.md): after 据 or a
// field's colon (来源:某电视台), before a reporter's, a dateline's or a
// credit's word (某电视台记者, 某电视台讯, 某电视台版权所有: cue lists reporter,
// datelinemark, creditverb, stationafter), or on a line of its own with
// no clause mark, beside a date maybe (01-06 16:10 某县电视台).
func broadcasters(s string) []candidate {
	var out []candidate
	ends := lexicon.CueWordList("broadcaster")
	for i := 0; i < len(s); {
		w, ok := ends.At(s, i)
		if !ok {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
			continue
		}
		e := i + len(w)
		if start, ok := stationPlace(s, i, e); ok && !stationAsSource(s, start, e) {
			out = append(out, candidate{start, e, broadcasterRule})
		}
		i = e
	}
	return out
}

// stationPlace is where the place or level of the station whose ending
// spans [i, e) opens: the furthest start back over at most six Chinese
// characters from which the words up to e open with a place, a level or a
// national word (agency.HasLocality). None where the ending has no such
// words before it (电视台, 各电视台).
func stationPlace(s string, i, e int) (int, bool) {
	start, found := i, false
	j := i
	for n := 0; n < 6 && j > 0; n++ {
		r, w := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		j -= w
		if agency.HasLocality(s[j:e]) {
			start, found = j, true
		}
	}
	if !found {
		return 0, false
	}
	if _, class := lexicon.GenericPrefixes().Prefix(s[start:e]); class {
		return 0, false
	}
	return start, true
}

// stationAsSource reports whether the station at [start, e) is named as
// the text's source or a credit, not as a body the text tells of.
func stationAsSource(s string, start, e int) bool {
	if r, _ := utf8.DecodeLastRuneInString(s[:start]); r == '据' || r == ':' || r == '：' {
		return true
	}
	for _, list := range []string{"reporter", "datelinemark", "creditverb", "stationafter"} {
		if _, ok := lexicon.CueWordList(list).At(s, e); ok {
			return true
		}
	}
	ls, le := lineBounds(s, start, e)
	return !strings.ContainsAny(s[ls:le], "，,。；;、！？!?")
}
