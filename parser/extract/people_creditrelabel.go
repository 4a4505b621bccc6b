package extract

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/hant"
	"bulletin/parser/lexicon"
	"bulletin/parser/span"
	"bulletin/schema"
)

// creditRelabelled reports whether p, a later mention of the person q
// names, credits them again within one block of credit lines, each a
// label of the page's credits and a colon (撰稿:某某 … 一审:某某, 责任编辑:
// 某某 / 编审:某某): the person holds the last title printed with the name
// (GOLD.md, people: "the last one if there are several"), so the later
// label wins. Only labels of the cue list credit (撰稿, 校对, 一审, 编审 …;
// 繁體 read as simplified) on lines that run on with nothing but such
// credit lines between them count: a writer's byline at the head and an
// editor's credit at the foot tell two parts the person took, and a title
// of office stays as it is printed.
func creditRelabelled(t span.Text, q, p schema.Person) bool {
	if q.Role == nil || p.Role == nil || *q.Role == *p.Role || p.Line <= q.Line {
		return false
	}
	if !creditLabel(*q.Role) || !creditLabel(*p.Role) {
		return false
	}
	s := t.String()
	seen := map[int]bool{}
	for off := 0; off < len(s); {
		end := strings.IndexByte(s[off:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += off
		}
		if l := t.LineAt(off); l >= q.Line && l <= p.Line && strings.TrimSpace(s[off:end]) != "" {
			if !creditLabelLine(s[off:end]) {
				return false
			}
			seen[l] = true
		}
		off = end + 1
	}
	for l := q.Line; l <= p.Line; l++ {
		if !seen[l] {
			return false // a line of the block not in this text
		}
	}
	return true
}

// creditLabel reports whether role is a label of the page's credits.
func creditLabel(role string) bool {
	return lexicon.CueWordList("credit").Has(hant.Map(role))
}

// creditLabelLine reports whether a line is one credit: a label of the
// cue list credit, a colon and a name, nothing else (校对:某某).
func creditLabelLine(line string) bool {
	line = strings.TrimSpace(line)
	c := strings.IndexAny(line, ":：")
	if c <= 0 || !creditLabel(strings.TrimSpace(line[:c])) {
		return false
	}
	_, w := utf8.DecodeRuneInString(line[c:])
	n := strings.TrimSpace(line[c+w:])
	return n != "" && utf8.RuneCountInString(n) <= 8 && !strings.ContainsAny(n, "，,。；;:：")
}
