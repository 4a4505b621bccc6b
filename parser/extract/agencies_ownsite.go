package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/punct"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// ownSiteRule marks a body's office named by its short name before its
// own site.
const ownSiteRule = "own-site"

// ownSiteOffices finds an office named without its place before the word
// for its own site or account (民政局门户网站, 民政局微信公众号): a body's own
// 网站, 官网 or 公众号 is owned by the body named before it (siteNameAt), and
// a report on a place's work names its own bodies by their office alone,
// the one office of that name the text is about, as before the title of
// its head (titledOffices: 民政局局长彭君). The disclosure annual report
// (《政府信息公开条例》 §49-50) so names the bureau that publishes through
// its site (通过民政局门户网站主动公开); a report of a meeting so names the
// bureau whose room it meets in (在民政局会议室召开). Only a government's own body counts
// (governmentOffice); a site's brand in 网 (政府网) is no body; the text
// must name some body by its place or level, whose office it is; not
// right after it, in the sentence or the one before, where the short name
// repeats that name and adds none (repeatsNameBefore).
func ownSiteOffices(s string, words wordsAt, placed bool) []candidate {
	if !placed {
		return nil
	}
	var out []candidate
	for i := 0; i < len(s); {
		_, w := utf8.DecodeRuneInString(s[i:])
		site, ok := ownedAt(s, i)
		if !ok || siteNameAt(s, i) || siteAddressAfter(s, i) {
			i += w
			continue
		}
		start := clauseWordsPast(words(i), wordsBack(s, i, true), i)
		v := s[start:i]
		if start < i && agency.Shape(v) && !agency.HasLocality(v) && !classOfBodies(v) && governmentOffice(v) && !agency.One(v, false) && !repeatsNameBefore(s, start, v) && !repeatsLineBefore(s, start, v) {
			out = append(out, candidate{start, i, ownSiteRule})
		}
		i += len(site)
	}
	return out
}

// ownedAt is the word at i of a thing a body owns, named by the body's
// name before it: its site or account (lexicon.Media), or the room it
// meets in (ownroom: 在民政局会议室召开, the bureau's own room, as its site
// is its own).
func ownedAt(s string, i int) (string, bool) {
	if w, ok := lexicon.Media().At(s, i); ok {
		return w, ok
	}
	return lexicon.CueWordList("ownroom").At(s, i)
}

// repeatsLineBefore reports whether the short name at i opens its line and
// the last sentence of the line before names it (县民政局发布公告。|民政局
// 网站…): the sentence before, as repeatsNameBefore reads it on one line.
func repeatsLineBefore(s string, i int, name string) bool {
	if i == 0 || s[i-1] != '\n' {
		return false
	}
	prev := strings.TrimRight(s[:i-1], " \u3000\r")
	prev = prev[strings.LastIndexByte(prev, '\n')+1:]
	if end := strings.LastIndexAny(strings.TrimRight(prev, punct.SentenceEnds), punct.SentenceEnds); end >= 0 {
		prev = prev[end:]
	}
	return strings.Contains(prev, name)
}
