package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
)

// quotedNames finds the bodies a quote holds, in, where no one name fills
// it: a list of bodies' full names quoted as one (对“合肥市大成拳研究会、合肥
// 市大成拳协会”作出…: the bodies a decision names), each member a name of
// one body with its place, and a social body's own name quoted right
// after the word of its class (公益组织“感恩会”: the class word says what
// the quoted words name, as an appositive does), whose last character is
// one a social body's ending closes with (会 of 协会, 研究会). A quote
// that a noun of a programme follows (某某医院“某某公社”项目) names the
// project, as official writing quotes a project's name before 项目
// (quotedProgramme), no body: after's tokens are those at the closing
// quote.
func quotedNames(s string, after []segment.Token, in byteRange) []candidate {
	q := s[in.Start:in.End]
	if strings.Contains(q, "、") {
		var out []candidate
		at := in.Start
		for _, m := range strings.Split(q, "、") {
			if !agency.Shape(m) || !agency.One(m, false) || !agency.HasLocality(m) || strings.ContainsAny(m, "()（）") {
				return nil
			}
			out = append(out, candidate{at, at + len(m), "quoted-list"})
			at += len(m) + len("、")
		}
		return out
	}
	open := in.Start - len("“")
	if _, ok := lexicon.GenericAgencies().EndingAt(s, open); !ok {
		return nil
	}
	n := 0
	for _, r := range q {
		if !unicode.Is(unicode.Han, r) {
			return nil
		}
		n++
	}
	last, _ := utf8.DecodeLastRuneInString(q)
	if n < 3 || n > 12 || !socialLasts()[last] || quotedProgramme(s, after, in.End+len("”"), q) {
		return nil
	}
	return []candidate{{in.Start, in.End, "quoted-class"}}
}

// socialLasts are the characters that the endings of social bodies close
// with (协会, 研究会: 会; 服务社: 社), from the agency endings' list.
var socialLasts = sync.OnceValue(func() map[rune]bool {
	out := map[rune]bool{}
	for _, w := range lexicon.AgencySuffixes().All() {
		if lexicon.AgencySuffixes().Label(w, 0) == "social" {
			r, _ := utf8.DecodeLastRuneInString(w)
			out[r] = true
		}
	}
	return out
})

// quotedWording reports whether the quote that closes at end is one of a
// list of quoted words that a noun of wording follows (“协会”“研究会”等
// 字样, “基金会”字眼: the agency cues labelled wording), the quotes joined
// by nothing, 、 or a space, and 等 or 之类 before the noun: the quotes
// cite words as written, examples of what a name may hold, no body.
func quotedWording(s string, end int) bool {
	k := end
	for {
		k += len(s[k:]) - len(strings.TrimLeft(s[k:], "、 "))
		if !strings.HasPrefix(s[k:], "“") {
			break
		}
		c := strings.Index(s[k:], "”")
		if c < 0 {
			return false
		}
		k += c + len("”")
	}
	for _, w := range []string{"等", "之类"} {
		if strings.HasPrefix(s[k:], w) {
			k += len(w)
			break
		}
	}
	w, ok := lexicon.AgencyCues().At(s, k)
	return ok && lexicon.AgencyCues().Label(w, 0) == "wording"
}

// quotedProgramme reports whether the quote that closes at end, holding
// q, names a programme: a noun of a programme (the agency cues labelled
// programme: 项目) follows it, after the verbal nouns of the work done
// (“城乡社区服务站”建设项目, “某某中心”改造提升项目) or the noun of a
// pilot scheme (“幸福新社区”试点项目: the agency cues labelled pilot), and q has no place
// of its own. The quote names the kind of body the programme sets up, a
// class (GOLD.md), as programmeOf reads the name unquoted.
func quotedProgramme(s string, ts []segment.Token, end int, q string) bool {
	if agency.HasLocality(q) {
		return false
	}
	k := tokenAt(ts, end)
	for k >= 0 && k < len(ts) && (ts[k].Tag == "vn" || pilotNoun(ts[k].Word)) {
		k++
	}
	if k < 0 || k >= len(ts) {
		return false
	}
	w, ok := lexicon.AgencyCues().At(s, ts[k].Start)
	return ok && lexicon.AgencyCues().Label(w, 0) == "programme"
}

// pilotNoun reports whether w is a noun of a pilot scheme (试点: the
// agency cues labelled pilot), which qualifies a programme's noun after
// it (试点项目) as a verbal noun of the work done does (建设项目).
func pilotNoun(w string) bool {
	return lexicon.AgencyCues().Has(w) && lexicon.AgencyCues().Label(w, 0) == "pilot"
}
