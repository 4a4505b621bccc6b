package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/schema"
)

// creditPost gives a person credited under a label (编辑, 责编) the post
// printed right after the name, closing a bracket (编辑 | 某某(某镇信息调研
// 员)): a credit block notes each credited person's post so, and the post
// is the last title printed next to the name (GOLD.md people: the last
// one if there are several). The first title after the credit as found
// (its text, which ends with the name where a label opens it) is the
// post where it is no credit label, only a body's or a division's name
// or nothing stands before it, a bracket closes right after it
// (postBracket) and the bracket closes the credit's field (listFieldMark:
// a mark of a list or the line's end); the body is the person's agency.
// The person returned reads the text on to the bracket's close and names
// this rule.
func creditPost(s string, p schema.Person) (schema.Person, bool) {
	if p.Role == nil || !creditWord(*p.Role) {
		return p, false
	}
	for i := range occurrences(s, p.Text) {
		open := i + len(p.Text)
		// The post closes a bracket right after it: its titles are read up
		// to the first closing bracket or line's end, not over the rest of
		// the text at each credit (a long passage read so once a person).
		ts := titlesIn(s[open:postSpanEnd(s, open)])
		if len(ts) == 0 {
			break
		}
		ti := title{open + ts[0].start, open + ts[0].end, ts[0].word}
		_, cw := utf8.DecodeRuneInString(s[ti.end:])
		if creditWord(ti.word) || !postBracket(s, open, ti) || !listFieldMark(s, ti.end+cw, true) {
			break
		}
		q := p
		role := ti.word
		q.Role, q.Titles = &role, append(append([]string(nil), p.Titles...), role)
		q.Text = s[i : ti.end+cw]
		q.Rule = "people/credit-post"
		if body := s[open+len(bracketOpenAt(s, open)) : ti.start]; body != "" {
			q.Agency = body
		}
		return q, true
	}
	return p, false
}

// postBracket reports whether a bracket closes right after title t, with
// nothing between i (after the bracket's open, where one opens there) and
// the title but the name of a body
// (agency.Shape: 某镇民政科) or of a division, which ends in its level
// (lexicon levels: 某镇, 某街道), whose staff hold the post.
func postBracket(s string, i int, t title) bool {
	body := s[i+len(bracketOpenAt(s, i)) : t.start]
	if _, ok := lexicon.Levels().EndingAt(body, len(body)); body != "" && !agency.Shape(body) && !ok {
		return false
	}
	return strings.HasPrefix(s[t.end:], "）") || strings.HasPrefix(s[t.end:], ")")
}

// postSpanEnd is where the span that may hold a credit's post after open
// ends: past the first closing bracket, or at the line's end, or the text's.
func postSpanEnd(s string, open int) int {
	k := strings.IndexAny(s[open:], "）)\n")
	if k < 0 {
		return len(s)
	}
	_, w := utf8.DecodeRuneInString(s[open+k:])
	return open + k + w
}
