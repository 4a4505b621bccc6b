package cue

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/punct"
	"strings"
	"unicode/utf8"

	"bulletin/parser/chrono"
	"bulletin/parser/span"
)

// runIn: a heading that runs into its item's text on the same line: the
// heading's words, white space, then the text (市长路红卫调研指导中心城区民政
// 工作 11 月 26 日上午，…).
type runIn struct{}

func (runIn) Name() string    { return "run-in" }
func (runIn) Roles() []Role   { return []Role{Heading} }
func (runIn) Needs() []string { return nil }

func (runIn) Match(d *Doc, i int) bool {
	l := d.Lines[i]
	if !d.punct[i] || d.inParagraph(i) {
		return false // a run-in heading opens a paragraph of running text
	}
	if k := strings.IndexAny(l.Text, " \t"); k < 0 || k > clauseEnd(l.Text) {
		return false // with white space after it, before the first clause ends
	}
	t := span.Squeeze(l.Text, l.Num)
	if len(t.HanGaps()) > 1 {
		return false // spaces strewn between characters, as some extractors leave them: no heading's end
	}
	// The heading ends where the printer left white space: without it
	// a date inside a sentence would read as a heading's end.
	title, body, ok := SplitRunIn(t)
	// An outlet's dateline (中乡网山东讯 10月24日，…) opens a report's lead,
	// no heading.
	return ok && t.HasGapAt(title.Len()) && !OutletLead(title.String()) && !d.sentenceTail(i, title, body)
}

// sentenceTail reports whether body, the words after white space on line
// i, only finish the sentence the words before it began, and the
// paragraph with it (…“润心伴成长,同心护未来”主 题活动之一。 / a break): a
// copy joined a wrapped line with a space. A heading runs into a text of
// its own, a clause or more (11月26日上午，…), longer than a tail.
func (d *Doc) sentenceTail(i int, title, body span.Text) bool {
	if !EndsSentence(d.Lines[i].Sq) || i+1 < len(d.Lines) && !d.Break(i+1) && d.Full(i) {
		return false // the paragraph goes on in the next line
	}
	b := strings.TrimRight(body.String(), punct.SentenceEnds)
	return !strings.ContainsAny(b, punct.ClauseMarks+punct.SentenceEnds) && hanCount(b) <= hanCount(title.String())
}

// inParagraph reports whether line i goes on with running text that the
// line before left unfinished.
func (d *Doc) inParagraph(i int) bool {
	if i == 0 || d.Break(i) {
		return false
	}
	prev := d.Lines[i-1].Sq
	return SentencePunct(prev) && !EndsSentence(prev) && !closesAttribution(prev)
}

// closesAttribution reports whether s ends with an item's attribution.
func closesAttribution(s string) bool {
	_, _, ok := AttributionAt(s)
	return ok
}

// unitLed: an item that opens with the unit reporting it and a colon, its
// text run on: 办公室：牵头开展…, 社会组织管理科：本周….
type unitLed struct{}

func (unitLed) Name() string    { return "unit-led" }
func (unitLed) Roles() []Role   { return []Role{Heading} }
func (unitLed) Needs() []string { return []string{"：", ":"} }

func (unitLed) Match(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	k := strings.IndexAny(s, "：:")
	if k <= 0 || d.inParagraph(i) {
		return false
	}
	_, n := utf8.DecodeRuneInString(s[k:])
	return agency.Shape(s[:k]) && k+n < len(s) && (SentencePunct(s[k+n:]) || EndsSentence(s)) && !contactRunOn(s[k+n:])
}

// contactRunOn reports whether a clause of s opens with a contact's label
// (郴江路49号，联系电话：0735-…): a body's address and number, as a 公示
// lists where to object, no report the body makes.
func contactRunOn(s string) bool {
	for _, c := range strings.FieldsFunc(s, func(r rune) bool { return r == '，' || r == ',' || r == '；' || r == ';' }) {
		if ContactLabel(c) {
			return true
		}
	}
	return false
}

// dateLed: the line opens with a date that starts a sentence (5月30日，…),
// as a 简讯 brief does.
type dateLed struct{}

func (dateLed) Name() string    { return "date-led" }
func (dateLed) Roles() []Role   { return []Role{Brief, Body} }
func (dateLed) Needs() []string { return nil }

func (dateLed) Match(d *Doc, i int) bool { return d.dated[i] }

// SplitRunIn splits a run-in heading from the text it runs into. The
// heading ends where the source left white space, where a dated sentence
// begins (…工作推进会 5月30日，…) or where a line opens with an enumerator
// (一是…), before the first clause mark and after the heading's first
// words (a title of a single word is no title). It fails when no such
// place lies there.
func SplitRunIn(t span.Text) (title, body span.Text, ok bool) {
	s := t.String()
	limit := clauseEnd(s)
	best := -1
	dates := chrono.Find(s[:limit], chrono.Ref{Year: 2000})
	if _, ok := clauseOpeners.prefix(s); ok {
		// 根据省财政厅 省民政厅《…》精神: a clause of basis or purpose
		// opens a sentence, never a heading.
		return t, t, false
	}
	consider := func(k int) {
		if k <= 0 || k > limit || !titleLongEnough(s[:k]) {
			return
		}
		for _, e := range dates {
			if e.Start < k && k < e.End {
				return // inside a date an extractor spaced out (2022 年 5 月)
			}
		}
		if _, dateline := datelineEnds.suffix(s[:k]); dateline {
			return // a news lead's outlet (红网祁东站讯), no headline
		}
		if best < 0 || k < best {
			best = k
		}
	}
	depth := quoteDepths(s[:min(len(s), limit)]) // only the opening words matter
	gaps := t.Gaps()
	if strewn(t, limit) {
		gaps = nil // spaces strewn between characters, as some extractors leave them: no heading's end
	}
	for _, k := range gaps {
		if k > limit {
			break
		}
		if k >= len(depth) || depth[k] > 0 {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(s[:k])
		after, _ := utf8.DecodeRuneInString(s[k:])
		if !(IsHan(before) || strings.ContainsRune("”》）", before)) {
			continue
		}
		if wordTail(s[k:]) {
			continue // 集中就 坐，用…: a stray space split a word, no heading ends there
		}
		if after == '“' && quoteClosesClause(s[k:]) {
			continue // 带队 “敲门入户”，走进…: the quote ends the clause the words before it began
		}
		if IsHan(after) || after == '“' || after == '《' || isDateLed(s[k:]) && !datePrep(s[:k]) {
			consider(k)
		}
	}
	for _, k := range t.Breaks() {
		if k > limit {
			break
		}
		if k < len(s) && depth[k] == 0 && (inlineEnumerator(s[k:]) || startsEnumerated(s[k:]) || isDateLed(s[k:])) {
			consider(k)
		}
	}
	// A date that opens a sentence ends the heading before it, and so does
	// a full date, year and all, run in between the heading's last word
	// and the sentence's first (…工作的新局面2013年4月10至14日宜川县…): a
	// lead's dateline the copy lost the line break before.
	for _, e := range dates {
		if e.Start < len(depth) && depth[e.Start] == 0 && (isDateLed(s[e.Start:]) || gluedDateline(s, e)) && !datePrep(s[:e.Start]) {
			consider(e.Start)
		}
	}
	if best < 0 {
		return t, t, false
	}
	return t.Slice(0, best).TrimSpace(), t.Slice(best, len(s)).TrimSpace(), true
}

// strewn reports whether more than one gap of t before limit stands
// between two Chinese characters.
func strewn(t span.Text, limit int) bool {
	n := 0
	for _, k := range t.HanGaps() {
		if k > limit {
			break
		}
		n++
	}
	return n > 1
}

// titleLongEnough reports whether s holds more than one word's worth of
// Chinese: a heading names who did what.
func titleLongEnough(s string) bool {
	n := 0
	for _, r := range s {
		if IsHan(r) {
			n++
		}
	}
	return n > 4
}

// gluedDateline reports whether e is a day with its year written, words
// on both sides of it with no space or mark between.
func gluedDateline(s string, e chrono.Expr) bool {
	if e.Kind != chrono.Day || e.YearFrom != "text" || e.Start == 0 || e.End >= len(s) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:e.Start])
	after, _ := utf8.DecodeRuneInString(s[e.End:])
	return IsHan(before) && IsHan(after)
}

func isDateLed(s string) bool {
	_, ok := DateLed(s)
	return ok
}

// datePrep reports whether s ends with a word that takes the date after
// it as its object (立法会已于 2022 年 5 月 4 日通过…, 定于, 截至): the
// sentence goes on through the date, so no heading ends before it.
func datePrep(s string) bool {
	_, ok := datePreps.suffix(s)
	return ok
}

func startsEnumerated(s string) bool {
	k, _, _ := Enumerator(s)
	return k == CnComma || k == CnParen
}

// clauseEnd is the offset of the first clause mark outside quotes, or the
// length of s.
func clauseEnd(s string) int {
	depth := 0
	for i, r := range s {
		switch r {
		case '“', '《', '（', '(', '「':
			depth++
		case '”', '》', '）', ')', '」':
			if depth > 0 {
				depth--
			}
		case '，', '。', '；', '！', '？', ',', ';', '：':
			if depth == 0 {
				return i
			}
		}
	}
	return len(s)
}

// quoteDepths gives, for each byte offset of s, how many quotes or brackets
// are open there.
func quoteDepths(s string) []int {
	out := make([]int, len(s)+1)
	depth := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:]) // n is 1 for a broken byte
		here := depth
		switch r {
		case '“', '《', '「', '（', '(':
			depth++
			here = depth
			out[i] = depth - 1 // the bracket itself stands outside
			for k := i + 1; k < i+n; k++ {
				out[k] = here
			}
			i += n
			continue
		case '”', '》', '」', '）', ')':
			if depth > 0 {
				depth--
			}
			here = depth
		}
		for k := i; k < i+n; k++ {
			out[k] = here
		}
		i += n
	}
	out[len(s)] = depth
	return out
}

// OutletLead reports whether s opens with a news outlet's dateline
// (本报讯, 红网祁东站讯, 新华社消息): the first words of a report's lead,
// which a paper prints right under the headline.
func OutletLead(s string) bool {
	end := strings.IndexFunc(s, func(r rune) bool { return !IsHan(r) })
	if end < 0 {
		end = len(s)
	}
	for k := end; k > 0; {
		if _, ok := datelineEnds.suffix(s[:k]); ok || placedDateline(s[:k]) {
			return true
		}
		_, n := utf8.DecodeLastRuneInString(s[:k])
		k -= n
	}
	return false
}

// placedDateline reports whether s ends with an outlet's dateline that
// names the place it reports from between the outlet and 讯 (中乡网山东讯,
// 人民网北京讯): the outlet's dateline word with a place set inside it.
func placedDateline(s string) bool {
	head, ok := strings.CutSuffix(s, "讯")
	if !ok {
		return false
	}
	for p := len(head); p > 0; {
		r, n := utf8.DecodeLastRuneInString(head[:p])
		p -= n
		if datelineEnds.has(string(r)+"讯") && p+n < len(head) && lexicon.Places().Has(head[p+n:]) {
			return true
		}
	}
	return false
}

// TitleLongEnough reports whether s holds more than one word's worth of
// Chinese, as a title does: fewer is a label (其他, 民政, 通知公告).
func TitleLongEnough(s string) bool { return titleLongEnough(s) }

// quoteClosesClause reports whether s opens with a quoted phrase that a
// clause mark follows right after its closing quote (“敲门入户”，走进…): the
// object or the name of the clause before it, which the printer set off by
// a space, no new sentence of a text under a heading.
func quoteClosesClause(s string) bool {
	inner, ok := strings.CutPrefix(s, "“")
	if !ok {
		return false
	}
	k := strings.Index(inner, "”")
	if k < 0 || strings.Contains(inner[:k], "“") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(inner[k+len("”"):])
	return strings.ContainsRune("，,、；;", r)
}

// wordTail reports whether s, the text after a gap, opens with a single
// Han character that a clause mark closes (坐，用方言…): the last
// character of a word a stray space split (就 坐), since the text a
// heading runs into opens with a clause of its own, of words, not with one
// character.
func wordTail(s string) bool {
	r, w := utf8.DecodeRuneInString(s)
	if !IsHan(r) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[w:])
	return strings.ContainsRune(punct.ClauseMarks, next)
}
