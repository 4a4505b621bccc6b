package extract

import (
	"iter"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/numeral"
	"bulletin/parser/segment"
	"bulletin/parser/span"
	"bulletin/schema"
)

// closingCredits finds the writers credited in brackets that close a
// paragraph: a bare name (（唐小红）) or a body and a name
// (（崇阳县民政局 周卫鑫）, （某某日报 李某）). The person has no role; a
// bracket that names a titled person is the titles' rule's, and one that
// names a body (（市养老服务中心）, （试行）) names no one. Where another
// field of the bracket is a bare name, the bracket lists its writers, and
// a field of four to six characters that is no name is two names run
// together with the space lost ((杨炜 黄立新张勇): splitNames).
func closingCredits(t span.Text, words wordsAt) []schema.Person {
	var out []schema.Person
	for fields := range credits(t) {
		fields = listedCredits(t.String(), fields)
		if p, ok := spacedName(t, fields, "people/closing-credit"); ok {
			out = append(out, p)
			continue
		}
		out = append(out, bracketNames(t, words, fields, "people/closing-credit", namedField(t, words, fields))...)
	}
	return out
}

// spacedName reads a bracket of two fields of one Han character each, a
// surname and a given name ((唐 凡)): a name of two characters spaced to
// the width of three, as the typesetting of credits and 名单 pads it (the
// padding memberOf reads on roster lines). The name is the two characters
// joined; one character alone is no name of the lexicon's forms.
func spacedName(t span.Text, fields []bounds, rule string) (schema.Person, bool) {
	if len(fields) != 2 {
		return schema.Person{}, false
	}
	s := t.String()
	sur, given := s[fields[0].start:fields[0].end], s[fields[1].start:fields[1].end]
	if utf8.RuneCountInString(sur) != 1 || utf8.RuneCountInString(given) != 1 || !allHan(sur+given) {
		return schema.Person{}, false
	}
	name := sur + given
	if w, ok := surnameAt(name, 0); !ok || w != sur {
		return schema.Person{}, false
	}
	if _, ok := checkName(name); !ok || lexicon.Places().Has(name) {
		return schema.Person{}, false
	}
	p := schema.Person{Name: name}
	p.Found = found(t, fields[0].start, fields[1].end, rule)
	return p, true
}

// namedField reports whether one of a bracket's fields is a bare name.
func namedField(t span.Text, words wordsAt, fields []bounds) bool {
	if len(fields) < 2 {
		return false
	}
	s := t.String()
	for _, f := range fields {
		if creditName(s[f.start:f.end], words(f.start), f.start) {
			return true
		}
	}
	return false
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
		if tail := strings.TrimSpace(strings.TrimLeft(rest, "\u3000")); tail == "" || creditsFollow(rest) || pageBarTail(s, open, tail) {
			return open, close, true
		}
		i = close + w
	}
	return 0, 0, false
}

// pageBarTail reports whether tail, what a line prints after a bracket,
// is a lone bar of the page's chrome (…活动。 (姜某某 王某) |: the separator
// a saved page leaves after the body's last words) on a line that is no
// row of a table (| 项目 | (元) |): the bracket closes the body as one at
// the line's end does.
func pageBarTail(s string, open int, tail string) bool {
	if r, n := utf8.DecodeRuneInString(tail); n == 0 || n != len(tail) || !strings.ContainsRune(creditSeps, r) {
		return false
	}
	line := s[strings.LastIndexByte(s[:open], '\n')+1 : open]
	return !strings.ContainsAny(line, creditSeps)
}

// creditsFollow reports whether the rest of a line after a bracket is
// the credits of the page's footer, run onto the line the body closes on
// (…满意度。(杨晓涵) 编辑:吴光宇 审核:杜振东): it opens with a credit
// label and the mark that closes one (its colon, a space, a separator, a
// slash) or its round in brackets. The bracket then closes the body as
// one at the line's end does.
func creditsFollow(rest string) bool {
	rest = strings.TrimLeft(rest, " \t\u3000")
	if infoField(rest) {
		return true // …推进。(某乡张三) 信息来源:…: the page's info fields run on as its credits do
	}
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
	names := 0 // names of their own the segmenter read inside f
	for k := tokenOver(ts, at); k < len(ts) && ts[k].Start < at+len(f); k++ {
		tok := ts[k]
		inside := tok.Start >= at && tok.End <= at+len(f)
		if inside && utf8.RuneCountInString(tok.Word) >= 2 && !nameTag(tok.Tag) {
			return false
		}
		if inside && nameTag(tok.Tag) && utf8.RuneCountInString(tok.Word) >= 2 {
			names++
		}
	}
	// Two names packed with no space (李明王芳), each read a name: two
	// people, not one of four characters.
	return names < 2
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
		if agency.Division(f[:j]) {
			// A closing credit prints the writers' township or county
			// before their names as it prints their body ((某乡张三), as
			// (某县民政局 张三)): the names follow it.
			return f[j:]
		}
	}
	return f
}

// datelineCredits finds the writers a news report credits in the bracket
// after its dateline (福鼎新闻网讯(郑镇), 本报讯（某县民政局 李某）,
// 人民网琼海4月1日电 (李浩蓉)): a bare name there is a byline with no
// title (GOLD.md, people: a bare name in a credit has role null). The
// dateline closes with 讯, a word of its own (not the end of 通讯 or 资讯),
// or with 电 after the day of a date (4月1日电, the wire's "cabled on");
// 讯 right after a date's day (某某网2月13日讯) is the dateline's too, however
// the segmenter cut it (it reads 日讯 as one word);
// spaces may stand before the bracket. A local paper's dateline may close
// with 消息 instead (信阳消息(蒋彬)): the word of its own after the place
// or the paper that opens the paragraph. A bracket that names a titled
// person (本报讯(记者 张三)) is the titles' rule's. The names a bracket runs
// together with no space (宋雪云刘洪文) are read apart (splitNames).
func datelineCredits(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for at, mark := range datelineMarks(s) {
		open := at + len(mark)
		open += len(spacesAt(s, open))
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
		if mark == datelineMark || mark == newsMark {
			ts := words(at)
			if k := tokenAt(ts, at); (k < 0 || ts[k].End != at+len(mark)) && !(mark == datelineMark && (dayBefore(s, at) || outletMark(ts, at))) {
				continue // 通讯, 资讯: 讯 ends a longer word
			}
		}
		if mark == newsMark && !opensParagraph(t, words, at) && !outletOpens(t, words, at) { // people_channeldateline.go
			continue // 有关消息(…) in a sentence: no dateline
		}
		if mark == reportMark && !reportDateline(t, words, at, close) {
			continue // 媒体对此进行了报道(…): a report told, no dateline
		}
		out = append(out, bracketNames(t, words, creditFields(t, open, close), "people/dateline-credit", true)...)
	}
	return out
}

// The marks that close a news report's dateline: 讯 (本报讯, 新华网讯), and
// 电 after a date's day (新华社北京3月5日电).
const (
	datelineMark = "讯"
	wireMark     = "电"
	newsMark     = "消息"
	reportMark   = "报道"
)

// reportDateline reports whether 报道 at i closes a news report's dateline
// whose byline bracket closes at close (国际在线海南频道报道(郑蕊):11月28日…,
// 云上通山报道(李某):): the outlet's name alone stands before 报道, from
// the line's start with no mark or space between, words that name (nouns,
// names, 在线 and the other attributives of a channel's name, as the
// segmenter tags them) and no clause (媒体对此进行了报道), however long a
// channel's name runs (国际在线海南频道); and the lead's colon right after
// the bracket opens the report's text (cue_words.tsv, dateline: 报道). A
// bracket with no colon after it is an aside, no byline. Source: the leads
// of online outlets and their regional channels, which print 报道 where a
// paper prints 讯.
func reportDateline(t span.Text, words wordsAt, i, close int) bool {
	s := t.String()
	_, w := utf8.DecodeRuneInString(s[close:])
	if c, _ := utf8.DecodeRuneInString(s[close+w:]); c != '：' && c != ':' {
		return false
	}
	p, ok := hanRunOpening(t, i)
	if !ok || p == i {
		return false
	}
	// The attributives of a channel's name (在线) the segmenter tags b.
	return namingWords(words, p, i, func(tok segment.Token) bool { return tok.Tag == "b" })
}

// hanRunOpening returns where the run of Chinese characters that ends at
// i starts, and whether it opens its line or paragraph: an outlet's name
// printed before its dateline's mark.
func hanRunOpening(t span.Text, i int) (int, bool) {
	s := t.String()
	p := i
	for p > 0 && !t.HasBreakAt(p) {
		r, w := utf8.DecodeLastRuneInString(s[:p])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		p -= w
	}
	r, _ := utf8.DecodeLastRuneInString(s[:p])
	return p, p == 0 || t.HasBreakAt(p) || r == '\n'
}

// opensParagraph reports whether the one to six Chinese characters before
// i open their line or paragraph and name a place or a paper (信阳|消息,
// 本报|消息): nouns, or the 本 of the paper's own name, as the segmenter
// tags them; a clause (我们收到了好|消息) is no dateline.
func opensParagraph(t span.Text, words wordsAt, i int) bool {
	s := t.String()
	p, n := i, 0
	for p > 0 && !t.HasBreakAt(p) {
		r, w := utf8.DecodeLastRuneInString(s[:p])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		p -= w
		n++
	}
	if n == 0 || n > 6 {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:p]); p > 0 && !t.HasBreakAt(p) && !strings.ContainsRune("\n。！？!?", r) {
		return false
	}
	// The 本 of the paper's own name (本报) the segmenter tags r.
	return namingWords(words, p, i, func(tok segment.Token) bool { return tok.Tag == "r" && strings.HasPrefix(tok.Word, "本") })
}

// namingWords reports whether the words from from up to to name, as the
// segmenter tags them (nouns, names, abbreviations, strings), or are the
// others also admits: a dateline's outlet, no clause.
func namingWords(words wordsAt, from, to int, also func(segment.Token) bool) bool {
	ts := words(from)
	k := tokenAt(ts, from)
	if k < 0 {
		return false
	}
	for ; k < len(ts) && ts[k].Start < to; k++ {
		if tag := ts[k].Tag; !strings.HasPrefix(tag, "n") && tag != "x" && tag != "j" && !also(ts[k]) {
			return false
		}
	}
	return true
}

// datelineMarks yields, in order, the offset of each dateline mark of s
// and the mark: 讯 wherever it stands (datelineCredits checks it is a word
// of its own), 电 only right after a day of the month (5日电, 二十日电),
// as 来电, 供电 and 电话 are no datelines.
func datelineMarks(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, r := range s {
			switch {
			case r == '讯':
				if !yield(i, datelineMark) {
					return
				}
			case r == '消' && strings.HasPrefix(s[i:], newsMark):
				if !yield(i, newsMark) {
					return
				}
			case r == '报' && strings.HasPrefix(s[i:], reportMark):
				if !yield(i, reportMark) {
					return
				}
			case r == '电' && dayBefore(s, i):
				if !yield(i, wireMark) {
					return
				}
			}
		}
	}
}

// dayBefore reports whether the day of a date ends at i: 日 after a digit
// or a Chinese numeral (5日, 二十日).
func dayBefore(s string, i int) bool {
	rest, ok := strings.CutSuffix(s[:i], "日")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	return unicode.IsDigit(r) || numeral.IsChinese(r)
}

// spacesAt is the run of spaces at i, ideographic ones included.
func spacesAt(s string, i int) string {
	return s[i : len(s)-len(strings.TrimLeft(s[i:], " \t\u3000"))]
}

// splitNames splits a field of four to six Chinese characters into the
// two names a byline ran together (宋雪云|刘洪文, 王刚|李明华). Each part is
// a name (splitPart): a surname of the lexicon and one or two characters. Of the cuts that leave two names, the one scored best is taken: a
// cut the segmenter made there too, and a common surname opening each
// part (surnames.txt's common label), count for it; a stop character in a
// given name (和, 在) counts against it. On a tie the longer second name
// is taken (2+3 before 3+2), as names of three characters are the more
// common. It is nil where no cut leaves two names.
func splitNames(s string, ts []segment.Token, f bounds) []bounds {
	field := s[f.start:f.end]
	n := utf8.RuneCountInString(field)
	if n < 4 || n > 6 || !allHan(field) {
		return nil
	}
	var best []bounds
	bestScore := 0
	for cut := f.start; cut < f.end; {
		_, w := utf8.DecodeRuneInString(s[cut:])
		cut += w
		a, b := bounds{f.start, cut}, bounds{cut, f.end}
		if k := tokenOver(ts, cut+1); k < len(ts) && ts[k].Start < cut && utf8.RuneCountInString(ts[k].Word) >= 2 && !nameTag(ts[k].Tag) {
			continue // 张家|港市: the cut splits a word the segmenter knows (张家港市, a place)
		}
		score, ok := 0, true
		for _, p := range []bounds{a, b} {
			part := s[p.start:p.end]
			sur, found := surnameAt(part, 0)
			if !found || !splitPart(part, sur, ts, p.start) {
				ok = false
				break
			}
			if lexicon.Surnames().Label(sur, 0) == surnameCommon {
				score++
			}
			for _, r := range part[len(sur):] {
				if lexicon.NameStops().Has(string(r)) {
					score--
				}
			}
		}
		if !ok {
			continue
		}
		if k := tokenEndingAt(ts, cut); k >= 0 {
			score += 2
		}
		// Cuts run left to right, so a later cut of the same score has
		// the shorter second name: the first best is kept.
		if best == nil || score > bestScore {
			best, bestScore = []bounds{a, b}, score
		}
	}
	return best
}

// splitPart reports whether part, at offset at and opening with the
// surname sur, is a name that splitNames may cut from a run: one or two
// characters after the surname, no body's or medium's name, and no word
// the segmenter knows of another kind opening at the surname (市民|政局:
// 市 opens a word). A given name that is a word of the language (王|建国,
// 刘|富强) is a name's all the same.
func splitPart(part, sur string, ts []segment.Token, at int) bool {
	if g := utf8.RuneCountInString(part[len(sur):]); g < 1 || g > 2 || !allHan(part) {
		return false
	}
	if _, ok := lexicon.AgencySuffixes().EndingAt(part, len(part)); ok {
		return false
	}
	if _, ok := lexicon.Media().EndingAt(part, len(part)); ok {
		return false
	}
	if _, ok := checkName(part); !ok {
		return false
	}
	if k := tokenAt(ts, at); k >= 0 && ts[k].End <= at+len(part) && utf8.RuneCountInString(ts[k].Word) >= 2 && !nameTag(ts[k].Tag) {
		return false
	}
	return true
}

// surnameCommon labels, in surnames.txt, the most frequent surnames.
const surnameCommon = "common"

// bracketNames reads the names of a credit's fields: none if a title
// stands among them, else each field that is a name, or a body and a
// name run together where the space was lost. Where split is set, a field
// that is no name may be two names run together (splitNames). A credit
// label that is the bracket's last field, whole, after the names
// ((包宇 文/图), (张三 摄影)) says what they did, as a credit verb after
// bare names does (verbByline): the names before it are bare credits.
// Where a byline's label stands later, the bare names before it are read
// (leadNames: (张三 记者 李四)).
func bracketNames(t span.Text, words wordsAt, fields []bounds, rule string, split bool) []schema.Person {
	s := t.String()
	if k := len(fields) - 1; k >= 0 {
		fields[k].end = slashedVerbAt(s, fields[k]) // (张三 李四/图文): the credit's verb after its slash
	}
	for k, f := range fields {
		w, ok := lexicon.Titles().At(s, f.start)
		if !ok {
			continue
		}
		if k > 0 && k == len(fields)-1 && creditWord(w) && f.start+len(w) == f.end {
			fields = fields[:k]
			break
		}
		return leadNames(t, words, fields, k, w, rule) // (张三 记者 李四): people_creditlead.go
	}
	var out []schema.Person
	add := func(at, end int) {
		p := schema.Person{Name: s[at:end]}
		p.Found = found(t, at, end, rule)
		out = append(out, p)
	}
	for _, f := range fields {
		name := afterBody(s[f.start:f.end])
		at := f.end - len(name)
		if l, ok := lexicon.Levels().Suffix(name); ok && utf8.RuneCountInString(name[:len(name)-len(l)]) > 1 {
			// (城关镇张庄村 李明): a village the credit names by its
			// place and level, no one's name; a surname before a level's
			// character (郑镇) is a name.
			continue
		}
		if creditName(name, words(at), at) {
			add(at, f.end)
			continue
		}
		if at > f.start {
			// (某乡张三李四): the names a place or a body credits, run together.
			for _, p := range splitNames(s, words(at), bounds{at, f.end}) {
				add(p.start, p.end)
			}
			continue
		}
		if !split {
			continue
		}
		if wordGivenCredit(name, words(at), at) {
			add(at, f.end) // (万|如意 卢超华): people_creditword.go
			continue
		}
		for _, p := range splitNames(s, words(f.start), f) {
			add(p.start, p.end)
		}
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
	return namedCredits(t, fields[:len(fields)-1], words, "people/verb-byline")
}

// namedCredits reads each of fields as a bare name a credit gives (a
// person with no role), found by rule; nil where one is no name.
func namedCredits(t span.Text, fields []bounds, words wordsAt, rule string) []schema.Person {
	s := t.String()
	var out []schema.Person
	for _, f := range fields {
		name := s[f.start:f.end]
		if !creditName(name, words(f.start), f.start) {
			return nil
		}
		p := schema.Person{Name: name}
		p.Found = found(t, f.start, f.end, rule)
		out = append(out, p)
	}
	return out
}

// sentenceClosers end the sentence before a credit run onto it.
const sentenceClosers = "。！？!?"

// runOnCredits finds the writer's name a report prints bare at the end of
// its last sentence, with no bracket or space (…建设任务。陈增勋): the
// closing credit run onto the paragraph, a person with no role (GOLD
// people: a bare name in a closing credit). The name is all that stands
// between the sentence's closing mark and the line's end, and a bare
// name (bareName: a surname first, two or three characters, no word of
// another kind, no place's or body's name) that is no reduplicated word.
func runOnCredits(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for start, end := range lineSpans(s) {
		line := strings.TrimRight(s[start:end], " \t\u3000")
		k := strings.LastIndexAny(line, sentenceClosers)
		if k < 0 {
			continue
		}
		_, w := utf8.DecodeRuneInString(line[k:])
		lead := photoTagLead(line[k+w:]) // 。(资料图)某某 摄: people_phototag.go
		at := start + k + w + lead
		name, _ := runOnCreditVerb(line[k+w+lead:]) // …开市。某某摄: people_runoncredit.go
		if name == "" || reduplicated(name) || !bareName(name, words(at), at) {
			continue
		}
		p := schema.Person{Name: name}
		p.Found = found(t, at, at+len(name), "people/run-on-credit")
		out = append(out, p)
	}
	return out
}

// reduplicated reports whether a name of two characters repeats its first
// (谢谢, 常常, 渐渐): a reduplicated word of the language, which a surname
// and a given name never make, whatever the segmenter tagged it.
func reduplicated(name string) bool {
	r, w := utf8.DecodeRuneInString(name)
	return len(name) == 2*w && strings.HasPrefix(name[w:], string(r))
}
