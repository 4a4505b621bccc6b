package extract

import (
	"iter"
	"regexp"
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
	var out []schema.Person
	for fields := range credits(t) {
		out = append(out, bracketNames(t, words, fields, "people/closing-credit")...)
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
		if strings.TrimSpace(strings.TrimLeft(rest, "\u3000")) == "" || creditsFollow(rest) {
			return open, close, true
		}
		i = close + w
	}
	return 0, 0, false
}

// creditsFollow reports whether the rest of a line after a bracket is
// the credits of the page's footer, run onto the line the body closes on
// (…满意度。(杨晓涵) 编辑:吴光宇 审核:杜振东): it opens with a credit
// label and the mark that closes one (its colon, a space, a separator, a
// slash) or its round in brackets. The bracket then closes the body as
// one at the line's end does.
func creditsFollow(rest string) bool {
	rest = strings.TrimLeft(rest, " \t\u3000")
	w, ok := lexicon.Titles().At(rest, 0)
	if !ok || !creditWord(w) {
		return false
	}
	if creditRound(rest, len(w)) != len(w) {
		return true
	}
	r, n := utf8.DecodeRuneInString(rest[len(w):])
	return n > 0 && strings.ContainsRune(fieldClosers, r)
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

// datelineCredits finds the writers a news report credits in the bracket
// after its dateline mark 讯 (福鼎新闻网讯(郑镇), 本报讯（某县民政局 李某）):
// a bare name there is a byline with no title (GOLD.md, people: a bare
// name in a credit has role null). 讯 must be a word of its own, not the
// end of 通讯 or 资讯; a bracket that names a titled person (本报讯(记者
// 张三)) is the titles' rule's.
func datelineCredits(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for at := range occurrences(s, datelineMark) {
		i := at + len(datelineMark)
		open := i
		if r, w := utf8.DecodeRuneInString(s[open:]); r == '（' || r == '(' {
			open += w
		} else {
			continue
		}
		end := bracketEnds.index(s[open:])
		if end < 0 {
			return out
		}
		close := open + end
		if r, _ := utf8.DecodeRuneInString(s[close:]); r != '）' && r != ')' {
			continue
		}
		ts := words(at)
		if k := tokenAt(ts, at); k < 0 || ts[k].End != at+len(datelineMark) {
			continue // 通讯, 资讯: 讯 ends a longer word
		}
		out = append(out, bracketNames(t, words, creditFields(t, open, close), "people/dateline-credit")...)
	}
	return out
}

// datelineMark closes the dateline of a news report (本报讯, 新华网讯).
const datelineMark = "讯"

// bracketNames reads the names of a credit's fields: none if a title
// stands among them, else each field that is a name, or a body and a
// name run together where the space was lost.
func bracketNames(t span.Text, words wordsAt, fields []bounds, rule string) []schema.Person {
	s := t.String()
	for _, f := range fields {
		if _, ok := lexicon.Titles().At(s, f.start); ok {
			return nil
		}
	}
	var out []schema.Person
	for _, f := range fields {
		name := afterBody(s[f.start:f.end])
		at := f.end - len(name)
		if !creditName(name, words(at), at) {
			continue
		}
		p := schema.Person{Name: name}
		p.Found = found(t, at, at+len(name), rule)
		out = append(out, p)
	}
	return out
}

// infoBylines finds the writer named on the info line of a saved web page
// with no label of its own: a name standing between the line's timestamp
// and an info field (2017-10-09 10:31 肖莉  来源:县民政局), where the
// page prints the author's name. It is a byline with no title (role null),
// as are the names a line of their own credits with a verb after them
// (verbByline: 商铮 报道, 张三 摄).
func infoBylines(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for start, end := range lineSpans(s) {
		fields := creditFields(t, start, end)
		if names := verbByline(t, words, fields); names != nil {
			out = append(out, names...)
			continue
		}
		// The timestamp: a date, then a clock time if any.
		k := 0
		if k < len(fields) && infoDate.MatchString(s[fields[k].start:fields[k].end]) {
			k++
		} else {
			continue
		}
		if k < len(fields) && clockTime.MatchString(s[fields[k].start:fields[k].end]) {
			k++
		}
		if k+1 >= len(fields) || !infoField(s[fields[k+1].start:fields[k+1].end]) {
			continue
		}
		f := fields[k]
		name := s[f.start:f.end]
		if utf8.RuneCountInString(name) > 3 || !creditName(name, words(f.start), f.start) {
			continue
		}
		p := schema.Person{Name: name}
		p.Found = found(t, f.start, f.end, "people/info-byline")
		out = append(out, p)
	}
	return out
}

// The timestamp of an info line: 2017-10-09, 2017/10/09, 2017年10月9日,
// and 10:31 or 10:31:05.
var (
	infoDate  = regexp.MustCompile(`^\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)$`)
	clockTime = regexp.MustCompile(`^\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$`)
)

// infoField reports whether f opens with the label of a web page's info
// field and its colon (来源:县民政局, 浏览次数：).
func infoField(f string) bool {
	w, ok := lexicon.CueWordList("info").At(f, 0)
	if !ok {
		return false
	}
	return strings.HasPrefix(f[len(w):], ":") || strings.HasPrefix(f[len(w):], "：")
}

// verbByline reads a byline line by its fields: one or more bare names,
// each a field of its own, then a credit verb as the last field (商铮 报道).
// Every name field must be a name, so a sentence that reports (据新华社报道,
// 记者 王某 报道: a title's rule) or an outlet and the verb (新华社 报道)
// names no one here. The people have no role (GOLD.md, people: a bare name
// in a credit has role null).
func verbByline(t span.Text, words wordsAt, fields []bounds) []schema.Person {
	if len(fields) < 2 {
		return nil
	}
	s := t.String()
	last := fields[len(fields)-1]
	if !lexicon.CueWordList("creditverb").Has(s[last.start:last.end]) {
		return nil
	}
	var out []schema.Person
	for _, f := range fields[:len(fields)-1] {
		name := s[f.start:f.end]
		if !creditName(name, words(f.start), f.start) {
			return nil
		}
		p := schema.Person{Name: name}
		p.Found = found(t, f.start, f.end, "people/verb-byline")
		out = append(out, p)
	}
	return out
}
