package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/span"
)

// Names a document prints where the place goes without saying: a short
// name (民政局, 社保科) names one body in the context of the page that
// prints it (GOLD.md: 办公室, 殡葬服务中心), though alone in running text it
// names a kind of office. These rules read such names where the printed
// convention says whose they are.

// issuerFields finds the body named by a page's issuer or source field
// (来源：民政局, 发布机构：平江县政府): the field names the body that wrote
// or published the page. The labels are the cue list "issuer".
func issuerFields(t span.Text) []candidate {
	s := t.String()
	labels := lexicon.CueWordList("issuer")
	var out []candidate
	for i := 0; i < len(s); {
		k := strings.IndexAny(s[i:], ":：")
		if k < 0 {
			break
		}
		colon := i + k
		_, w := utf8.DecodeRuneInString(s[colon:])
		i = colon + w
		// The label ends at the colon, or a space before it (来源 :).
		e := len(strings.TrimRight(s[:colon], " \u3000"))
		label, ok := labels.EndingAt(s, e)
		if !ok || hanBefore(s, e-len(label)) {
			continue // 数据来源: a note's label, not the page's
		}
		start := i
		for start < len(s) && (s[start] == ' ' || strings.HasPrefix(s[start:], "\u3000")) {
			_, w := utf8.DecodeRuneInString(s[start:])
			start += w
		}
		end := start
		info := lexicon.CueWordList("info")
		for end < len(s) && (end == start || !t.HasGapAt(end) && !fieldAt(info, s, end)) {
			r, w := utf8.DecodeRuneInString(s[end:])
			if !unicode.Is(unicode.Han, r) && !strings.ContainsRune("（）()·", r) {
				break
			}
			end += w
		}
		if v := s[start:end]; end > start && (agency.Shape(v) && !classOfBodies(v) || agency.Division(v)) {
			out = append(out, candidate{start, end, "issuer-field"})
		}
	}
	return out
}

// creditBodies finds the body a closing credit names before its writer
// (（民间组织管理局 罗鸿源）): the writer's own office, named as the
// office knows itself.
func creditBodies(t span.Text, words wordsAt) []candidate {
	s := t.String()
	var out []candidate
	for fields := range credits(t) {
		if len(fields) < 2 {
			continue
		}
		last := fields[len(fields)-1]
		if !creditName(s[last.start:last.end], words(last.start), last.start) {
			continue
		}
		for _, f := range fields[:len(fields)-1] {
			if v := s[f.start:f.end]; agency.Shape(v) && !classOfBodies(v) {
				out = append(out, candidate{f.start, f.end, "credit-body"})
			}
		}
	}
	return out
}

// fieldAt reports whether another field's label and colon stand at i,
// run on after a value with no space (来源:四铺镇发布时间:…).
func fieldAt(labels *lexicon.Words, s string, i int) bool {
	l, ok := labels.At(s, i)
	if !ok {
		return false
	}
	rest := strings.TrimLeft(s[i+len(l):], " ")
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：")
}

// hanBefore reports whether a Chinese character stands just before byte i.
func hanBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i > 0 && unicode.Is(unicode.Han, r)
}

// classOfBodies reports whether name names a kind of body, not one
// (各县民政局, 日间照料中心). A trade's own word for its office (民政局, nt
// in the domain lexicon) names the one the context means.
func classOfBodies(name string) bool {
	if _, class := lexicon.GenericPrefixes().Prefix(name); class {
		return true
	}
	return lexicon.GenericAgencies().Has(name) || lexicon.Domain().Has(name) && lexicon.Domain().Label(name, 0) != "nt"
}
