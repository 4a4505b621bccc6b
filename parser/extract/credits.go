package extract

import (
	"iter"
	"strings"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/segment"
	"bulletin/parser/span"
	"bulletin/schema"
)

// closingCredits finds the writers credited in brackets that close a
// paragraph: a bare name (（唐小红）) or a body and a name
// (（崇阳县民政局 周卫鑫）, （某某日报 李某）). The person has no role; a
// bracket that names a titled person is the titles' rule's, and one that
// names a body (（市养老服务中心）, （试行）) names no one.
func closingCredits(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for fields := range credits(t) {
		// A title among the fields: the titled person is read by the
		// titles' rule.
		titled := false
		for _, f := range fields {
			if _, ok := lexicon.Titles().At(s, f.start); ok {
				titled = true
			}
		}
		if titled {
			continue
		}
		// Each field is a name, or a body and a name run together where
		// the space was lost: （邹仁清 周子盈）, （某县民政局 周卫鑫）.
		for _, f := range fields {
			name := afterBody(s[f.start:f.end])
			at := f.end - len(name)
			if !creditName(name, words(at), at) {
				continue
			}
			p := schema.Person{Name: name}
			p.Found = found(t, at, at+len(name), "people/closing-credit")
			out = append(out, p)
		}
	}
	return out
}

// credits yields the fields of each bracket that closes a line, split at
// spaces: the credits of the text.
func credits(t span.Text) iter.Seq[[]bounds] {
	return func(yield func([]bounds) bool) {
		s := t.String()
		for i := 0; i < len(s); {
			open, close, ok := creditBracket(s, i)
			if !ok {
				return
			}
			i = close
			if fields := creditFields(t, open, close); len(fields) > 0 && !yield(fields) {
				return
			}
		}
	}
}

// creditFields splits the inside of a bracket [open, close) at spaces and
// at the spaces of the source the text squeezed out.
func creditFields(t span.Text, open, close int) []bounds {
	s := t.String()
	var out []bounds
	start := open
	for i := open; i <= close; {
		r, w := utf8.DecodeRuneInString(s[i:])
		space := i < close && (r == ' ' || r == '\u3000' || r == '\t')
		if i == close || space || i > start && t.HasGapAt(i) {
			if i > start {
				out = append(out, bounds{start, i})
			}
			if space {
				start = i + w
			} else {
				start = i
			}
			if i == close {
				break
			}
		}
		i += w
	}
	return out
}

// What creditBracket looks for: an opening bracket, then what ends its
// inside (a closing bracket, or a line's end or another bracket first).
var (
	bracketOpens = newRuneSet("（(")
	bracketEnds  = newRuneSet("）)\n（(")
)

// creditBracket finds the next bracket from i that closes its line:
// nothing but spaces follows it to the line's end. It returns the bytes
// inside the bracket.
func creditBracket(s string, i int) (open, close int, ok bool) {
	for i < len(s) {
		k := bracketOpens.index(s[i:])
		if k < 0 {
			return 0, 0, false
		}
		_, w := utf8.DecodeRuneInString(s[i+k:])
		open = i + k + w
		end := bracketEnds.index(s[open:])
		if end < 0 {
			return 0, 0, false
		}
		close = open + end
		r, w := utf8.DecodeRuneInString(s[close:])
		if r != '）' && r != ')' {
			i = close
			continue
		}
		rest := s[close+w:]
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
			rest = rest[:nl]
		}
		if strings.TrimSpace(strings.TrimLeft(rest, "\u3000")) == "" {
			return open, close, true
		}
		i = close + w
	}
	return 0, 0, false
}

// creditName reports whether f is a person's name: two to four Han
// characters opening with a surname that the segmenter does not read as
// a word of another kind (江山 is a place, 草案 a noun) and that is no
// body's name.
func creditName(f string, ts []segment.Token, at int) bool {
	n := utf8.RuneCountInString(f)
	if n < 2 || n > 4 || !allHan(f) {
		return false
	}
	sur, ok := surnameAt(f, 0)
	if !ok || len(sur) == len(f) {
		return false
	}
	if _, ok := lexicon.AgencySuffixes().EndingAt(f, len(f)); ok {
		return false
	}
	if _, ok := checkName(f); !ok {
		return false
	}
	for k := tokenOver(ts, at); k < len(ts) && ts[k].Start < at+len(f); k++ {
		tok := ts[k]
		inside := tok.Start >= at && tok.End <= at+len(f)
		if inside && utf8.RuneCountInString(tok.Word) >= 2 && !nameTag(tok.Tag) {
			return false
		}
	}
	return true
}

// afterBody is what follows the body's name that opens f, where the space
// between them was lost (崇阳县民政局周卫鑫, 某某日报李某): the name after
// the last agency ending or medium's word, else f.
func afterBody(f string) string {
	for j := len(f); j > 0; {
		_, w := utf8.DecodeLastRuneInString(f[:j])
		j -= w
		// A body's name has a name before its ending (民政|局), and
		// what follows it is a whole name.
		if utf8.RuneCountInString(f[:j]) < 3 || utf8.RuneCountInString(f[j:]) < 2 {
			continue
		}
		if _, ok := lexicon.AgencySuffixes().EndingAt(f, j); ok {
			return f[j:]
		}
		if _, ok := lexicon.Media().EndingAt(f, j); ok {
			return f[j:]
		}
	}
	return f
}
