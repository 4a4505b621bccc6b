package layout

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
	"bulletin/parser/numeral"
	"bulletin/parser/punct"
	"bulletin/parser/span"
)

// units turns the cleaned lines into the lines the cues read: blank lines
// and Markdown rules are counted, not kept, and a line that holds several
// run together is cut where the next begins: numbered paragraphs of a
// notice flattened into one line (…如下：一、…。二、…), a closing phrase run
// on after the text (…5043474。特此通告银川市人民政府…), a headline printed
// again before the body it runs into.
func units(cl []clean.Line) []cue.Line { return unitsWith(cl, 1) }

// unitsWith is units with the lines cut in stretches on up to workers
// goroutines, each into lines of its own that are then joined in order:
// a line's cut depends on no other but through the headline, the first
// line of Chinese text that is not a sentence, found first; so the lines
// are the same for any number (TestUnitsSameShared).
func unitsWith(cl []clean.Line, workers int) []cue.Line {
	headline, after := "", len(cl) // the headline cuts the lines after it
	for n, l := range cl {
		if !l.Blank() && !l.Rule && cue.HasHan(l.Text) && !cue.SentencePunct(l.Text) {
			headline, after = span.SqueezeString(strings.Trim(l.Text, " |")), n
			break
		}
	}
	opening := -1 // the first line of Chinese text
	for n, l := range cl {
		if !l.Blank() && !l.Rule && cue.HasHan(l.Text) {
			opening = n
			break
		}
	}
	enums := enumeratorCuts(cl, workers)
	cut := func(from, to int) (out []cue.Line, trail int) {
		out = make([]cue.Line, 0, to-from)
		blanks := 0
		for n := from; n < to; n++ {
			l := cl[n]
			if l.Blank() || l.Rule {
				blanks++
				continue
			}
			h := headline
			if n <= after {
				h = ""
			}
			parts := cutRunTogether(l.Text, h, enums[n])
			if n == opening && len(parts) == 1 {
				parts = cutOpeningField(l.Text)
			}
			for k, p := range parts {
				u := cue.Line{Num: l.Num, Text: p, Sq: span.SqueezeString(p), Heading: l.Heading, Tabs: l.Tabs}
				if k == 0 {
					u.Indent, u.Blanks, u.Item = l.Indent, blanks, l.Item
				}
				if len(parts) > 1 {
					u.Part = k + 1
				}
				out = append(out, u)
			}
			blanks = 0
		}
		return out, blanks
	}
	if workers < 2 || len(cl) < 2 {
		out, _ := cut(0, len(cl))
		return out
	}
	pieces := 4 * workers // four a worker, as cue.Stretches cuts them (not tuned)
	step := (len(cl) + pieces - 1) / pieces
	type stretch struct {
		lines []cue.Line
		trail int // blank lines after its last
	}
	ss := make([]stretch, (len(cl)+step-1)/step)
	cue.Stretches(len(ss), workers, func(from, to int) {
		for k := from; k < to; k++ {
			ss[k].lines, ss[k].trail = cut(k*step, min((k+1)*step, len(cl)))
		}
	})
	total := 0
	for _, s := range ss {
		total += len(s.lines)
	}
	out := make([]cue.Line, 0, total)
	carry := 0 // blank lines at the end of the stretches before
	for _, s := range ss {
		if len(s.lines) == 0 {
			carry += s.trail // a stretch all blank
			continue
		}
		s.lines[0].Blanks += carry
		out = append(out, s.lines...)
		carry = s.trail
	}
	return out
}

// cutOpeningField cuts the first line of a page whose copy ran the
// headline, its date field and the text into one with no space before the
// field (某地开展…活动时间:2025-03-06 某报讯…): the field, a date label
// (cue_words.tsv, dated) and its date, stands between the headline, which
// holds no clause mark, and the text.
// The longest label the words before the colon end with is the field's.
func cutOpeningField(s string) []string {
	m := openingFieldRe.FindStringSubmatchIndex(s)
	if m == nil {
		return []string{s}
	}
	before := s[:m[0]]
	label, _ := cue.DatedLabelEnding(before)
	// A label set apart by a space opens the page's field line, which
	// the cues read whole (使用情况公告 发布日期:…); one run on from the
	// headline's last word is the copy's.
	head := strings.TrimSuffix(before, label)
	if label == "" || head == "" || strings.HasSuffix(head, " ") || !cue.HasHan(head) || strings.ContainsAny(head, punct.ClauseMarks+punct.SentenceEnds+":：") {
		return []string{s}
	}
	parts := []string{head, strings.TrimSpace(s[len(head):m[1]])}
	if rest := strings.TrimSpace(s[m[1]:]); rest != "" {
		parts = append(parts, rest)
	}
	return parts
}

// openingFieldRe is a colon and the date after it, with its time of day.
var openingFieldRe = regexp.MustCompile(`[:：]\s*(?:19|20)\d{2}[-./年](?:1[0-2]|0?[1-9])[-./月](?:3[01]|[12]\d|0?[1-9])日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?`)

// cutRunTogether cuts a line where another part begins; most lines are
// one part.
func cutRunTogether(s, headline string, enums []int) []string {
	var cuts []int
	cuts = append(cuts, headlineCut(s, headline)...)
	cuts = append(cuts, bracketedHeadlineCut(s, headline)...)
	cuts = append(cuts, enums...)
	cuts = append(cuts, closingCuts(s)...)
	cuts = append(cuts, signatureCuts(s)...)
	cuts = append(cuts, stampCuts(s)...)
	counter := pageCounterEnd(s)
	if counter > 0 && counter < len(s) {
		cuts = append(cuts, counter) // 第1页共2页 run into the text: the page's
	}
	cuts = append(cuts, doubledTitleCuts(s, counter)...)
	cuts = append(cuts, docNumberCuts(s)...)
	cuts = append(cuts, recipientCuts(s)...)
	if k := cue.AddressOpening(s); k > 0 {
		cuts = append(cuts, k) // 广大市民朋友： 清明节…: the address, then the text
	}
	cuts = append(cuts, titleRunOnCuts(s)...)
	cuts = append(cuts, greetingRunOnCuts(s)...)
	cuts = append(cuts, spacedSignatureCuts(s)...)
	cuts = append(cuts, headedItemCuts(s)...)
	cuts = append(cuts, spacedLabelCuts(s)...)
	cuts = append(cuts, fieldRunOnCuts(s)...)
	if len(cuts) == 0 {
		return []string{s}
	}
	slicesSortUnique(&cuts)
	var out []string
	prev := 0
	for _, c := range cuts {
		if c <= prev || c >= len(s) {
			continue
		}
		if p := strings.TrimSpace(s[prev:c]); p != "" {
			out = append(out, p)
		}
		prev = c
	}
	if p := strings.TrimSpace(s[prev:]); p != "" {
		out = append(out, p)
	}
	return out
}

// docNumberCuts cuts a notice's title from the 发文字号 a copy set after it
// on its line, a space between (…联席会议制度的通知 西府办函〔2021〕146号):
// GB/T 9704-2012 prints them on lines of their own (§7.2.5, §7.3.1).
func docNumberCuts(s string) []int {
	if !strings.HasSuffix(strings.TrimRightFunc(s, unicode.IsSpace), "号") {
		return nil // no 发文字号 closes the line: most lines, asked cheaply
	}
	start, end := cue.DocNumberAt(s)
	if start <= 0 || strings.TrimSpace(s[end:]) != "" {
		return nil
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:start]); !unicode.IsSpace(r) {
		return nil
	}
	if !cue.NoticeTitle(span.SqueezeString(strings.TrimSpace(s[:start]))) {
		return nil
	}
	return []int{start}
}

// recipientCuts cuts a notice's title, its 主送 list and its text apart
// where a copy flattened them into one line (关于…的意见各县区民政局:为…):
// GB/T 9704-2012 prints each on lines of its own (§7.3.1, §7.3.2).
func recipientCuts(s string) []int {
	title, list, ok := cue.TitleOverRecipients(s)
	if !ok {
		return nil
	}
	// The title starts at the line's first word (its issuer's, or 关于).
	start := strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) })
	return []int{start, title, list}
}

// titleRunOnCuts cuts a notice's title from the text a copy ran on after
// it, white space between (关于…征集名称的公告 为加快推进…): GB/T 9704-2012
// prints the title on lines of its own (§7.3.1). The title opens the line
// and is its words up to the first white space, whole; running text
// follows it.
func titleRunOnCuts(s string) []int {
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	gap := strings.IndexFunc(t, unicode.IsSpace)
	if gap <= 0 || !cue.SentencePunct(t[gap:]) {
		return nil // no running text after it (a page's fields, 发布日期：…)
	}
	if !cue.NoticeTitle(t[:gap]) {
		return nil
	}
	return []int{len(s) - len(t) + gap}
}

// headlineCut cuts after a copy of the headline that opens a line and runs
// on, after white space, into the body.
func headlineCut(s, headline string) []int {
	if headline == "" || len(s) <= len(headline) || !strings.HasPrefix(s, headline[:utf8.RuneLen(firstRuneOf(headline))]) {
		return nil
	}
	// Walk the line as many characters as the headline has, spaces aside,
	// and cut where white space stands after them.
	want := utf8.RuneCountInString(strings.Join(strings.Fields(headline), ""))
	n := 0
	for i, r := range s {
		if unicode.IsSpace(r) {
			if n == want {
				if span.SqueezeString(s[:i]) != headline {
					return nil
				}
				if agency.Shapes(headline) && !cue.SentencePunct(s[i:]) {
					// A body's name over the text (a masthead's issuer)
					// opens a line of co-issuers too (甲局 乙局关于…, the
					// 落款 甲局 乙局): no text runs on after it.
					return nil
				}
				return []int{i}
			}
			continue
		}
		if n == want {
			return nil // the headline's words run on without a space
		}
		n++
	}
	return nil
}

// bracketedHeadlineCut cuts after a copy of the headline in 【】 that opens
// a line and runs on into the text: a site's banner set in the text
// (【某某办理指南】8、办公地址:…), which would hide the paragraph's number.
func bracketedHeadlineCut(s, headline string) []int {
	inner, ok := strings.CutPrefix(s, "【")
	if headline == "" || !ok {
		return nil
	}
	k := strings.Index(inner, "】")
	if k < 0 || span.SqueezeString(inner[:k]) != headline {
		return nil
	}
	at := len(s) - len(inner) + k + len("】")
	if strings.TrimSpace(s[at:]) == "" {
		return nil
	}
	return []int{at}
}

func firstRuneOf(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// enumeratorCuts finds, for each line, where numbered paragraphs of a
// notice that were run together begin inside it: enumerators of one kind
// (一、 or （一）) that count 1, 2, 3 … through the document, each at a
// line's start or after the end of a sentence. Where such a count holds
// two at the least, those inside lines are cuts (…如下：一、…。二、…, or the
// same text wrapped again, 二、 in mid-line).
//
// The enumerators each line holds are listed on up to workers goroutines,
// a stretch of lines each; the count runs over them in order after.
func enumeratorCuts(cl []clean.Line, workers int) map[int][]int {
	type at struct{ line, off int }
	type enum struct {
		at
		kind  cue.Enum
		value int
		after bool // after a clause mark and a space, not a sentence's end
	}
	listed := make([][]enum, len(cl)) // nil for most lines
	flat := flatLine(cl)
	cue.Stretches(len(cl), workers, func(from, to int) {
		for n := from; n < to; n++ {
			s := cl[n].Text
			if !strings.Contains(s, "、") && !strings.Contains(s, "）") && strings.IndexByte(s, ')') < 0 && strings.IndexByte(s, '.') < 0 && !strings.Contains(s, "．") && !strings.Contains(s, "第") && !strings.Contains(s, " 0") && !strings.HasPrefix(s, "0") {
				continue // no enumerator of the kinds counted
			}
			if cue.CutShort(s) {
				continue // a page's summary of the text, cut short (…我部严正声明:一、迄今为止,…、...): the text's sections follow in full
			}
			for i := 0; i < len(s); {
				r, w := decodeRune(s, i)
				if r == '（' || r == '(' || r == '第' || numeral.IsChinese(r) || r >= '0' && r <= '9' {
					k, v, _ := cue.Enumerator(s[i:])
					switch {
					case (k == cue.Chapter || k == cue.Article) && (i == 0 || isSentenceEnd(s[:i]) || partGap(s[:i])):
						// A rules text flattened into one line sets its
						// chapters and articles apart by white space alone
						// (…管理办法   第一章 总则   第一条 为了…).
						listed[n] = append(listed[n], enum{at{n, i}, k, v, false})
					case k == cue.Padded && (i == 0 || partGap(s[:i]) && isSentenceEnd(s[:i])):
						// Parts numbered 01, 02 stand apart by white space
						// where a copy flattened them (…通告如下。 01 珍惜… 02 …).
						listed[n] = append(listed[n], enum{at{n, i}, k, v, false})
					case k == cue.CnComma && n == flat && partGap(s[:i]):
						// Parts whose headings close with no mark stand
						// apart by white space alone on the line a copy
						// flattened the text into (…倡议: 一、文明过节 二、…).
						listed[n] = append(listed[n], enum{at{n, i}, k, v, false})
					case (k == cue.CnComma || k == cue.CnParen) && (i == 0 || isSentenceEnd(s[:i])):
						listed[n] = append(listed[n], enum{at{n, i}, k, v, false})
					case (k == cue.CnComma || k == cue.CnParen || k == cue.NumComma) && (i == 0 || joinedAfterClause(s[:i])):
						listed[n] = append(listed[n], enum{at{n, i}, k, v, i > 0})
					}
				}
				i += w
			}
		}
	})
	next := map[cue.Enum]int{cue.CnComma: 1, cue.CnParen: 1, cue.NumComma: 1, cue.Chapter: 1, cue.Article: 1, cue.Padded: 1}
	chain := map[cue.Enum][]enum{}
	for _, es := range listed {
		for _, e := range es {
			if e.value == next[e.kind] {
				chain[e.kind] = append(chain[e.kind], e)
				next[e.kind]++
			}
		}
	}
	out := map[int][]int{}
	for _, c := range chain {
		if len(c) < 2 {
			continue
		}
		before := make([]string, len(c))
		for k, e := range c {
			before[k] = cl[e.line].Text[:e.off]
		}
		// Every member inside the text, none opening a line: on one line,
		// or on the lines a wrap broke the paragraph into.
		inside := true
		for _, e := range c {
			inside = inside && e.off > 0
		}
		if inSentenceList(before) || inside && minorLines(cl, c[0].line, c[len(c)-1].line) {
			continue
		}
		for k, e := range c {
			if e.off == 0 {
				continue
			}
			// One after a clause mark is a cut only where the paragraph
			// before or after it in the count opens a line: a line an
			// extractor joined (为: 1.城市… / 2.农村…), not a list run in
			// on purpose (任务提示: 1、…; 2、…; 3、…).
			if e.after && !(k > 0 && c[k-1].off == 0 || k+1 < len(c) && c[k+1].off == 0) {
				continue
			}
			out[e.line] = append(out[e.line], e.off)
		}
	}
	for n := 0; n+1 < len(cl); n++ {
		if off := labelledListStart(cl[n].Text, cl[n+1].Text); off > 0 {
			out[n] = append(out[n], off)
		}
	}
	return out
}

// labelledListStart is where a numbered list opens inside s after the label
// of a guide's grid row (办理程序 1、持证件到…), the next line, t, going
// on with the list's second member (2、…): the row's label and its list's
// first member are parts apart. The label is words with no mark, set apart
// by white space; 0 where s opens no such list.
func labelledListStart(s, t string) int {
	g := strings.IndexAny(s, " 　\t")
	if g <= 0 {
		return 0
	}
	label := s[:g]
	if !cue.HasHan(label) || strings.IndexFunc(label, func(r rune) bool { return !cue.IsHan(r) }) >= 0 {
		return 0
	}
	off := g + len(s[g:]) - len(strings.TrimLeft(s[g:], " 　\t"))
	k, v, _ := cue.Enumerator(s[off:])
	if k == cue.NoEnum || v != 1 {
		return 0
	}
	if k2, v2, _ := cue.Enumerator(strings.TrimLeft(t, " 　\t")); k2 != k || v2 != 2 {
		return 0
	}
	return off
}

// partGap reports whether s, the text before a mark, ends in white space
// after words: the gap a copy that ran a text's parts into one line left
// between them.
func partGap(s string) bool {
	t := strings.TrimRightFunc(s, unicode.IsSpace)
	return len(t) < len(s) && cue.HasHan(t)
}

// minorLines reports whether lines from to to hold less than half of the
// document's text: a count run inside them (…取得了以下成效：（一）…。（二）…。)
// is a paragraph listing its points among paragraphs the copy kept apart,
// not a text an extractor ran into one line, which holds the most of it.
func minorLines(cl []clean.Line, from, to int) bool {
	total, span := 0, 0
	for n, l := range cl {
		total += len(l.Text)
		if n >= from && n <= to {
			span += len(l.Text)
		}
	}
	return 2*span < total
}

// inSentenceList reports whether a count's members, given by the text
// before each on its line, are a list run within one sentence (…以下七个方面的工作：一、完善…；
// 二、加强…；三、…): none opens a line, and each stands after a colon or a
// semicolon, semicolons parting them. Numbered paragraphs end with a
// sentence's end (。) before the next, even where an extractor ran them
// into one line.
func inSentenceList(before []string) bool {
	semicolons := 0
	for _, b := range before {
		b = strings.TrimRightFunc(b, unicode.IsSpace)
		if b == "" {
			return false
		}
		r := cue.LastRune(b)
		switch r {
		case '；', ';':
			semicolons++
		case '：', ':':
		default:
			return false
		}
	}
	return semicolons > 0
}

// joinedAfterClause reports whether s, the text before an enumerator,
// is running text that ends with a clause mark and white space: where an
// extractor that joins a paragraph's lines ran the next paragraph on
// (…万元, 四、…; …标准为: 1.城市…).
func joinedAfterClause(s string) bool {
	t := strings.TrimRightFunc(s, unicode.IsSpace)
	if len(t) == len(s) {
		return false
	}
	r, w := utf8.DecodeLastRuneInString(t)
	// Running text before the mark: a label and its colon (附件：1. …) is a
	// list's head, run in on purpose.
	return strings.ContainsRune("，,：:；;。", r) && cue.SentencePunct(t[:len(t)-w])
}

// headedItemCuts cuts round the headings of items a copy ran together on
// one line (…圆满收官。 淮河社区 建华社区 两所“托老站”齐开业 位于淮河路街道…,
// …): after a sentence's end and white space, words with no clause mark
// up to the last space before the text's first clause mark head an item,
// as a bulletin sets a heading over its text. A sentence that begins with no space before its first
// clause mark (。 区领导对…给予了肯定,) heads nothing, nor does a date
// whose figures stand apart (。 2021 年 7 月 29 日，…) or a list (乡、村).
func headedItemCuts(s string) []int {
	if !strings.Contains(s, "。 ") && !strings.Contains(s, "。　") {
		return nil // one sentence's end and a space at the least: most lines have none
	}
	if strings.Count(s, "。") < 2 || spacedClauses(s) {
		// A run of items holds sentences, where a line broken at a page's
		// width holds a sentence's end or so; and an extractor that spaced
		// out glyphs (…养老机构进 村入户，) leaves no layout in its spaces.
		return nil
	}
	// After each sentence's end and a space; the line's own start is not
	// cut, its run-in heading the items' to read.
	var starts, cuts []int
	for k := 0; k < len(s); {
		j := strings.Index(s[k:], "。")
		if j < 0 {
			break
		}
		q := k + j + len("。")
		if r, _ := utf8.DecodeRuneInString(s[q:]); unicode.IsSpace(r) {
			starts = append(starts, q)
		}
		k = q
	}
	for _, q := range starts {
		if head, body, ok := itemHeadAt(s, q); ok {
			cuts = append(cuts, head, body)
		}
	}
	return cuts
}

// spacedLabelRe is a label letter-spaced to a heading's width (办 理 程
// 序): characters one space apart, white space around.
var spacedLabelRe = regexp.MustCompile(`\s(\p{Han}(?:[ \x{3000}]\p{Han})+)\s`)

// spacedLabelCuts cuts round a letter-spaced label that a copy ran into
// one line between a page's title and its text (临时救助办事指南 办 理 程 序
// 临时救助的申请…): the label heads what follows. It stands before the
// line's first mark, where a heading may, between words printed whole;
// a copy that spaced out every glyph leaves no such words.
func spacedLabelCuts(s string) []int {
	first := strings.IndexAny(s, punct.ClauseMarks+punct.SentenceEnds)
	if first < 0 {
		return nil
	}
	if k, _, _ := cue.Enumerator(strings.TrimSpace(s)); k != cue.NoEnum {
		// A numbered paragraph's sentence, no title: its spaced words are
		// a line justified to the margin (…的 两 条 路 段 分 别 命 名 为…).
		return nil
	}
	m := spacedLabelRe.FindStringSubmatchIndex(s[:first])
	if m == nil {
		return nil
	}
	before, after := strings.Fields(s[:m[2]]), strings.Fields(s[m[3]:first])
	if len(before) == 0 || len(after) == 0 || utf8.RuneCountInString(before[len(before)-1]) < 2 || utf8.RuneCountInString(after[0]) < 2 {
		return nil
	}
	return []int{m[2], m[3]}
}

// spacedClauses reports whether white space stands between two Chinese
// characters in running text: anywhere but where a heading may stand, at
// the line's start or after a sentence's end and a space, up to the first
// mark. Running text a copy kept whole has none; an extractor that spaced
// out glyphs leaves some.
func spacedClauses(s string) bool {
	rs := []rune(s)
	zone := true // where a heading may stand
	for k, r := range rs {
		switch {
		case strings.ContainsRune(punct.SentenceEnds, r):
			zone = k+1 < len(rs) && unicode.IsSpace(rs[k+1])
		case strings.ContainsRune(punct.ClauseMarks, r):
			zone = false
		case !zone && unicode.IsSpace(r) && k > 0 && k+1 < len(rs) && cue.IsHan(rs[k-1]) && cue.IsHan(rs[k+1]):
			return true
		}
	}
	return false
}

// spacedDateRe is a date's figure and its unit a space apart (2024 年 3 月),
// as extractors print dates: the sentence's own words, not a heading's.
var spacedDateRe = regexp.MustCompile(`[0-9]\s+[年月日]`)

// itemHeadAt finds an item's heading that opens s at q: the offsets where
// the heading and the text after it begin.
func itemHeadAt(s string, q int) (head, body int, ok bool) {
	for q < len(s) {
		r, w := utf8.DecodeRuneInString(s[q:])
		if !unicode.IsSpace(r) {
			break
		}
		q += w
	}
	c := strings.IndexAny(s[q:], punct.ClauseMarks+punct.SentenceEnds)
	if c < 0 {
		return 0, 0, false
	}
	seg := s[q : q+c]
	k := strings.LastIndexFunc(seg, unicode.IsSpace)
	if k < 0 {
		return 0, 0, false
	}
	h := strings.TrimSpace(seg[:k])
	_, w := utf8.DecodeRuneInString(seg[k:])
	b := strings.TrimSpace(seg[k+w:])
	last, _ := utf8.DecodeLastRuneInString(h)
	first, _ := utf8.DecodeRuneInString(b)
	if !cue.HasHan(h) || !punct.Balanced(h) || strings.Contains(h, "、") || spacedDateRe.MatchString(h) || unicode.IsDigit(last) || !cue.IsHan(first) || strings.ContainsRune("年月日号时分", first) {
		return 0, 0, false
	}
	// A number closing the words (第二条 本办法…, 第二章 评估对象 第三条 评估…)
	// opens the text after it: no heading ends with one.
	f := 0
	if sp := strings.LastIndexFunc(h, unicode.IsSpace); sp >= 0 {
		_, w := utf8.DecodeRuneInString(h[sp:])
		f = sp + w
	}
	if k, _, end := cue.Enumerator(s[q+f:]); k != cue.NoEnum && end >= len(h)-f {
		return 0, 0, false
	}
	return q, q + k + w, true
}

// stampCuts cuts before a browser's print stamp (12/1/26, 2:36 PM) that an
// extractor ran on after the page's last line (…10198 3712/1/26, 2:36 PM
// 2024年2月…): the stamp and what follows it are the page's edge.
func stampCuts(s string) []int {
	if k := cue.RunOnStamp(s); k > 0 {
		return []int{k}
	}
	return nil
}

// pageCounterRe is a document site's page counter that opens a line
// (第1页共2页, 共2页第1页).
var pageCounterRe = regexp.MustCompile(`^(?:第\s*\d+\s*页\s*[,，]?\s*共\s*\d+\s*页|共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页)`)

// pageCounterEnd is where a page counter that opens s ends (第1页共2页
// 市民政局关于…), or 0.
func pageCounterEnd(s string) int {
	if m := pageCounterRe.FindStringIndex(s); m != nil {
		return m[1]
	}
	return 0
}

// doubledTitleCuts cuts a line that opens with a title (words of more
// than a label, no clause) printed twice, run together and into the text
// (…的情况汇报…的情况汇报一是…), as a document site prints its title over
// the document's own: after each copy. The copies start at off, after
// the page's counter if one opens the line.
func doubledTitleCuts(line string, off int) []int {
	s := line[off:]
	if s == "" {
		return nil
	}
	// A title holds no clause mark: the copies stand before the first.
	limit := len(s)
	if k := strings.IndexAny(s, "，,。；;：:！？"); k >= 0 {
		limit = k
	}
	_, w := utf8.DecodeRuneInString(s)
	for k := w; k < limit; k += w {
		j := strings.IndexRune(s[k:limit], firstRuneOf(s))
		if j < 0 {
			return nil
		}
		k += j
		// The copies run together: no space, no cell's tab or bar (a
		// grid's header repeats its columns' labels).
		if title := s[:k]; strings.HasPrefix(s[k:], title) {
			// The first repeat decides: the words printed again from the
			// start, or no title printed twice (and no walk over a line
			// of one word said over and over).
			if cue.TitleLongEnough(title) && strings.IndexFunc(title, func(r rune) bool { return unicode.IsSpace(r) || r == '|' || r == '｜' }) < 0 {
				return []int{off + k, off + 2*k}
			}
			return nil
		}
	}
	return nil
}

// signatureCuts cuts round a 落款 run on inside a line of a notice
// flattened into one (…认真贯彻执行。 武汉市民政局 2024 年 3 月 7 日 2024
// 年全市民政工作要点 …): a body's name and a full date after a sentence's
// end and white space, the date followed by white space too.
func signatureCuts(s string) []int {
	var cuts []int
	for _, m := range runOnSignatureRe.FindAllStringSubmatchIndex(s, -1) {
		if who, ok := cue.AgencyAndDate(s[m[4]:m[5]]); ok && who != "" {
			if m[2] >= 0 {
				cuts = append(cuts, m[2]) // the 附件 list before it
			}
			cuts = append(cuts, m[4], m[5])
		}
	}
	// Or closing the line after white space, past the contact fields
	// that stand between it and the text's last sentence (…请向我办反映。
	// 联系人:曾珍 电话:… 中共南平市委文明办 2021年4月19日).
	if !strings.HasSuffix(strings.TrimRight(s, " |｜"), "日") || strings.Contains(s, "\t") {
		return cuts // no date closes the line; the pattern is not run
	}
	if m := closingSignatureRe.FindStringSubmatchIndex(s); m != nil && strings.ContainsAny(s[:m[2]], "。！") {
		if who, ok := cue.AgencyAndDate(s[m[2]:m[3]]); ok && who != "" {
			cuts = append(cuts, m[2], m[3]) // a cell's bar after it is no part of it
		}
	}
	return cuts
}

// closingSignatureRe is a body's name and a full date that close a line
// after white space, a cell's bar aside.
var closingSignatureRe = regexp.MustCompile(`[ \x{3000}](\p{Han}[^。！？；，,:：\s]*\s*` + signatureDate + `)\s*[|｜]?\s*$`)

// runOnSignatureRe is white space after a sentence's end (。, or ！ in
// either width), then up to a
// full date (in digits or characters) and white space; the 附件 list
// GB/T 9704-2012 §7.3.4 sets between the text and the 落款 may stand
// before it, a space after each (…工作。 附件:1.某某汇总表 某县民政局
// 2021年1月11日 附件1: …).
var runOnSignatureRe = regexp.MustCompile(`[。！!]\s+(?:(附件[:：]?[^\s。]+)\s+)?(\p{Han}[^。！？；，,\s]*\s*` + signatureDate + `)\s`)

// signatureDate is a 落款's full date, in digits or characters, its parts
// maybe apart by spaces.
const signatureDate = `[0-9〇○零一二三四五六七八九十]{4}\s*年\s*[0-9一二三四五六七八九十]{1,3}\s*月\s*[0-9一二三四五六七八九十]{1,3}\s*日`

// closingCuts cuts before a closing phrase (特此通告) that runs on after
// the text, and after it where the 落款 follows on the same line.
func closingCuts(s string) []int {
	k := strings.Index(s, "特此")
	if k < 0 {
		k = strings.Index(s, "此复")
	}
	if k < 0 {
		return nil
	}
	phrase := ""
	for _, w := range closingPhrases() {
		if strings.HasPrefix(s[k:], w) {
			phrase = w
			break
		}
	}
	if phrase == "" {
		return nil
	}
	var cuts []int
	if k > 0 {
		cuts = append(cuts, k)
	}
	end := k + len(phrase)
	for _, p := range []string{"。", ".", "！"} {
		if strings.HasPrefix(s[end:], p) {
			end += len(p)
		}
	}
	if end < len(s) {
		cuts = append(cuts, end)
	}
	return cuts
}

// fieldRunOnCuts cuts a page's date field from the text its copy ran on
// after it with nothing between (时间:2021-10-1910月14日是重阳节,…): a
// line that opens with a date label (cue_words.tsv, dated), its colon and
// a site's timestamp, zero-padded as a content system prints it, then
// running text that is no other field. The field's date ends at its day's
// two figures.
func fieldRunOnCuts(s string) []int {
	m := runOnFieldRe.FindStringSubmatchIndex(s)
	if m == nil || !cue.DatedField(s[m[2]:m[3]]) {
		return nil
	}
	rest := s[m[1]:]
	if punct.RangeJoinAt(rest, 0) != "" {
		return nil // the date opens a range (2021-10-19至10-21): the field's
	}
	// Running text: a sentence's mark before any label's colon (关注度:
	// 3997评论 is the page's counter, no text).
	mark := strings.IndexAny(rest, "，,。；;！!？?")
	if !cue.HasHan(rest) || mark < 0 || strings.ContainsAny(rest[:mark], ":：") || len(cue.InfoFields(rest)) > 0 {
		return nil
	}
	return []int{m[1]}
}

// runOnFieldRe is a label, its colon and a zero-padded date (2021-10-19),
// its time of day where printed.
var runOnFieldRe = regexp.MustCompile(`^\s*(\p{Han}{2,6})[:：]\s*(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:\s*\d{2}:\d{2}(?::\d{2})?)?`)
