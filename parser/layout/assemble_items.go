package layout

import (
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/chrono"
	"bulletin/parser/layout/cue"
	"bulletin/parser/punct"
	"bulletin/parser/span"
)

// draft is an item while it is put together from its lines.
type draft struct {
	section   string
	month     *MonthField // the month its section names as a chronicle's (cue chronicle-month)
	brief     bool
	loose     bool  // a brief made of a paragraph under a section, with no line labelled brief
	sibling   bool  // a paragraph led by a label as the item before it was
	labelled  bool  // its title is the label that led its first paragraph
	stated    bool  // its numbered heading is one short sentence on its own line (statedHeadings)
	heading   []int // the lines labelled heading that open it
	lines     []int // its other lines
	title     *Field
	titleFrom string
	body      span.Text
	attr      *Field
	supplier  []Field // the bodies a unit credit under it names (上报单位：…), where no attribution does
}

// items cuts the body into items: a heading or a brief opens one, a
// section label closes the one before. Lines before the first item are
// the preamble of a notice or the lead of a report.
func (a *assembly) items() []*draft {
	var drafts []*draft
	var pre []int
	var cur *draft
	section := ""
	var month *MonthField
	for i, r := range a.roles {
		if r == cue.Heading && utf8.RuneCountInString(a.d.Lines[i].Sq) == 1 {
			// A character alone heads nothing: a word the copy broke
			// (成 / 员：区委办、…) is the text's.
			r = cue.Body
		}
		if r == cue.Heading && a.factList(i) {
			r = cue.Body
		}
		switch r {
		case cue.Section:
			cur = nil
			name, ok := cue.SectionName(a.d.Lines[i].Sq)
			if !ok {
				name = a.d.Lines[i].Sq
			}
			section = name
			month = nil
			if m, ok := a.d.ChronicleMonth(i); ok {
				// A chronicle's month over its entries: the month of the
				// days they print alone.
				month = &MonthField{Month: m, Text: a.text(i), Rule: "chronicle-month"}
			}
			a.doc.Sections = append(a.doc.Sections, Field{Value: name, Text: a.text(i), Rule: "section"})
			// A roundup's label names the unit whose news follows (市社会
			// 福利院): its words are read as the text's are.
			a.doc.Passages = append(a.doc.Passages, Passage{Role: "section", Text: a.text(i)})
		case cue.Heading:
			if cur != nil && !cur.brief && len(cur.lines) == 0 && a.headingWraps(cur.heading, i) {
				cur.heading = append(cur.heading, i)
				continue
			}
			// A heading led by a unit's label as the paragraph before it
			// was, its running text after the colon, is that paragraph's
			// sibling, whether the layout read it a heading or text. A
			// headline with a colon (云安居养：开展“…”活动) is led by no
			// unit's name.
			sibling := cur != nil && len(cur.heading) > 0 && a.labelParagraph(cur.heading[0]) && a.unitLabelled(i)
			cur = &draft{section: section, month: month, heading: []int{i}, sibling: sibling}
			drafts = append(drafts, cur)
		case cue.Brief:
			cur = &draft{section: section, month: month, brief: true, lines: []int{i}}
			drafts = append(drafts, cur)
		case cue.Byline:
			if cur != nil && a.itemCredit(i) {
				cur.lines = append(cur.lines, i) // the item's writer, as its source is its
			}
		case cue.Body, cue.Subheading, cue.Attribution:
			if a.doc.Kind == Bulletin && section != "" && r == cue.Body && (cur == nil || cur.loose && (!a.joins(cur.lines[len(cur.lines)-1], i) || a.dayEntries(cur.lines[0], i))) {
				// Paragraphs set straight under a bulletin's section, with
				// no heading of their own, are its briefs (本周大事记: 10月
				// 13日，…), a paragraph each, as under 简讯.
				cur = &draft{section: section, month: month, brief: true, loose: true, lines: []int{i}}
				drafts = append(drafts, cur)
				continue
			}
			if cur == nil {
				pre = append(pre, i)
				continue
			}
			if r == cue.Body && cur.brief && a.nextEntry(cur.lines[0], i) {
				// Briefs set as a list (●3月5日，… / ●县殡仪馆…): the
				// bullet opens the next, dated or not.
				cur = &draft{section: section, month: month, brief: true, loose: cur.loose, lines: []int{i}}
				drafts = append(drafts, cur)
				continue
			}
			if r == cue.Body && len(cur.heading) > 0 && a.labelLed(cur.heading[0]) && a.labelLed(i) && !a.joins(a.lastLine(cur), i) && !a.factLine(i) {
				// Its siblings: paragraphs led by a label as the item's
				// heading was (民生大篷车：… after 办公室：…), each an item.
				cur = &draft{section: section, month: month, heading: []int{i}, sibling: true}
				drafts = append(drafts, cur)
				continue
			}
			cur.lines = append(cur.lines, i)
		}
	}
	if len(pre) > 0 {
		role := "preamble"
		switch {
		case len(drafts) == 0:
			role = "body"
		case a.doc.Kind != Notice:
			role = "lead"
		}
		a.doc.Passages = append(a.doc.Passages, Passage{Role: role, Text: a.paragraphs(pre)})
	}
	a.statedHeadings(drafts)
	for _, dr := range drafts {
		a.draftItem(dr)
	}
	return drafts
}

// phrasePair reports whether s is a heading's words: one phrase, or two
// parted by a comma, each no longer than GOLD.md lets a run-in title be,
// with no other mark of a sentence, bracket or figure.
func phrasePair(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '，' || r == ',' })
	if len(parts) == 0 || len(parts) > 2 || strings.ContainsAny(s, "。；;：:！？!?（）()《》0123456789") {
		return false
	}
	for _, p := range parts {
		if n := utf8.RuneCountInString(strings.TrimSpace(p)); n == 0 || n > runInTitleMax {
			return false
		}
	}
	return true
}

// statedHeadings marks the parts whose numbered headings each state one
// short sentence on a line of its own over paragraphs of their own text
// (一、重宣传，提升新人知晓度。 / 今年以来，…): where every part numbered
// alike is set so, two or more, the line is each part's heading, its
// closing stop aside. A numbered sentence among parts of one line each,
// or one with no text under it, is a paragraph, titled by the run-in rule.
func (a *assembly) statedHeadings(drafts []*draft) {
	byKind := map[cue.Enum][]*draft{}
	broken := map[cue.Enum]bool{} // a part numbered so that states no heading
	for _, dr := range drafts {
		if len(dr.heading) != 1 {
			continue
		}
		s := a.d.Lines[dr.heading[0]].Sq
		kind, _, end := cue.Enumerator(s)
		if kind == cue.NoEnum {
			continue
		}
		byKind[kind] = append(byKind[kind], dr)
		words, closed := closedBy(s[end:], "。！")
		under := len(dr.lines) > 0 && !enumerated(a.d.Lines[dr.lines[0]].Sq)
		if !closed || !phrasePair(words) || !under {
			broken[kind] = true
		}
	}
	for kind, ds := range byKind {
		if !broken[kind] && len(ds) > 1 {
			for _, dr := range ds {
				dr.stated = true
			}
		}
	}
}

// itemCredit reports whether byline i is the credit of the item before
// it (撰稿：某某 under an item's text): a bulletin's items zone holds it,
// where a report's bylines stand in its foot.
func (a *assembly) itemCredit(i int) bool {
	return a.roles[i] == cue.Byline && a.zoneOf(i) == bulletinItems.name
}

// dayEntries reports whether lines i and j each open with a day alone
// (3日，… / 5日，…): entries of a chronicle under their month, each its
// own brief, though the one before lost its full stop.
func (a *assembly) dayEntries(i, j int) bool {
	return cue.DayLed(a.d.Lines[i].Sq) && cue.DayLed(a.d.Lines[j].Sq)
}

// nextEntry reports whether line j opens with the list bullet that opens
// line i: the next entry of the list line i opened.
func (a *assembly) nextEntry(i, j int) bool {
	r, _ := utf8.DecodeRuneInString(a.d.Lines[i].Sq)
	next, _ := utf8.DecodeRuneInString(a.d.Lines[j].Sq)
	return cue.ListBullet(r) && r == next
}

// headingWraps reports whether heading line j continues the heading on
// lines chain: a heading wrapped over lines, with nothing new opening the
// next.
func (a *assembly) headingWraps(chain []int, j int) bool {
	i := chain[len(chain)-1]
	s := a.d.Lines[i].Sq
	if cue.EndsSentence(s) || cue.SentencePunct(s) {
		return false // a heading with running text after it wraps into no heading
	}
	next := a.d.Lines[j].Sq
	if strings.ContainsAny(next, "：:") {
		return false // a label and its value set out under a heading wrap into none
	}
	if k, _, _ := cue.Enumerator(next); k != cue.NoEnum {
		return false
	}
	if _, ok := countedOpening(next); ok {
		return false // a count in quotes numbers a part as an enumerator does (countedParts)
	}
	// A heading wraps where its line is full, or at least longer than
	// the rest it wraps into, or where that rest runs on into the text
	// (…传达学习市长路 / 红卫调研…精神 11月26日下午，市民); a short heading
	// over a longer one is two headings (实施时间和范围 / 丧事集中办理激励政策).
	// Across a break only the shape of a wrap counts: a page set in a
	// larger face for headings leaves space between their lines.
	nextWidth := cue.Width(next)
	if cue.SentencePunct(next) {
		// A heading line with running text is a run-in: the heading's
		// rest is its title, before the text begins.
		if title, _, ok := cue.SplitRunIn(a.text(j)); ok {
			nextWidth = cue.Width(title.String())
		}
	}
	if !a.d.Break(j) && a.d.Full(j) || cue.Width(s) > nextWidth {
		return true
	}
	for _, k := range chain {
		if a.d.Full(k) {
			return true // a heading that has wrapped once goes on
		}
	}
	return false
}

// draftItem settles an item's title, body and attribution.
func (a *assembly) draftItem(dr *draft) {
	all := append(append([]int(nil), dr.heading...), dr.lines...)
	paras := a.group(all)
	if !dr.brief && len(paras) > 0 {
		a.title(dr, paras)
	} else {
		dr.body = a.joinParas(paras)
	}
	if a.doc.Kind == Bulletin {
		dr.attr = attributionOf(dr.body)
		if dr.attr == nil {
			dr.supplier = a.supplier(dr.lines)
		}
	}
}

// supplier reads the bodies that a unit credit among an item's lines
// names (上报单位：某区民政局): the item's sources, as an attribution's
// units are.
func (a *assembly) supplier(lines []int) []Field {
	for _, i := range lines {
		if !a.itemCredit(i) {
			continue
		}
		t := a.text(i)
		start, end, ok := cue.UnitCredit(t.String())
		if !ok {
			continue
		}
		var out []Field
		for _, u := range splitUnitsText(t.Slice(start, end)) {
			out = append(out, Field{Value: u.String(), Text: u, Rule: "unit-credit"})
		}
		return out
	}
	return nil
}

// title reads an item's title from its first paragraph. A heading on lines
// of its own is the title. A numbered paragraph whose heading runs into its
// text takes the words up to the first ：。； when they are short and hold
// no comma, 、 or digit. A headline that runs into a news item's text ends
// where the text begins (cue.SplitRunIn), which may be on the line after
// it when the headline wraps (…工作推进 / 会 5 月 30 日，…).
func (a *assembly) title(dr *draft, paras [][]int) {
	first := paras[0]
	t := a.text(first...)
	s := t.String()
	// The heading's lines alone, or with the tail the wrap set under them
	// (…的批复(国函〔2015〕3 / 6号); …“社会事务 / 管理和慈善事业”…六大重点工作).
	headOnly := len(first) == len(dr.heading) || len(first) == len(dr.heading)+1 && a.headingTail(first[len(first)-1])
	rest := paras[1:]
	if kind, _, end := cue.Enumerator(s); kind != cue.NoEnum {
		off := end
		for off < len(s) && strings.ContainsRune(" 　、.．", rune(s[off])) {
			off++
		}
		body := t.Slice(off, len(s))
		if dr.stated && headOnly {
			dr.setTitle(body.Slice(0, len(strings.TrimRight(strings.TrimSpace(body.String()), "。！"))), "stated heading")
			dr.body = a.joinParas(rest)
			return
		}
		flat := a.d.Lines[first[0]].Part > 0
		if head, after, ok := gapHeading(body, kind, flat); ok {
			// A numbered heading a copy ran into its text with white space
			// between, where the words before the gap are a part's name
			// (一、概述 2017年…) or a nested part opens after it (二、主动公开
			// 情况 (一)…): the words before the gap, however short.
			dr.setTitle(head, "heading before its text")
			dr.body = a.joinTexts(after, rest)
			return
		}
		if len(rest) > 0 && !enumerated(a.d.Lines[rest[0][0]].Sq) {
			// A part that a later extraction wrapped anew (a flattened
			// notice's above all): its line goes on in the next (一、某项
			// 预约 群众可提前通过电 / 话预约…。; 二、某项须 / 知 预约成功…),
			// its heading's gap read on the two as on the one line the part
			// was, where the next opens no part of its own (第一章 总则 /
			// 第一条 …); gapHeading asks more of a part never flattened.
			whole := a.text(append(append([]int(nil), first...), rest[0]...)...)
			if head, after, ok := gapHeading(whole.Slice(off, len(whole.String())), kind, flat); ok {
				dr.setTitle(head, "heading before its text, wrapped anew")
				dr.body = a.joinTexts(after, rest[1:])
				return
			}
		}
		if head, after, ok := runInTitle(body); ok && headOnly && after.String() != "" {
			// A heading line that runs on after a colon or a stop (一、发放
			// 对象:我区…; 1.邮寄。通过邮局…), its text cut off at the line's
			// end: run in all the same.
			dr.setTitle(head, "run-in section heading")
			dr.body = a.joinTexts(after, rest)
			return
		}
		if b := body.String(); headOnly && questionHeading(b) {
			// A question on a line of its own heads its answer, as a
			// policy's questions and answers print them (二、什么时候可以
			// 申领优待证？).
			dr.setTitle(body, "question heading")
			dr.body = a.joinParas(rest)
			return
		}
		if b := body.String(); headOnly && len(rest) > 0 && colonEnded(b) && !strings.ContainsAny(b, "，,") {
			// A heading on a line of its own that closes with a colon, its
			// text on the lines under it (1、2023年1-12月份低保补助落实情况:):
			// the words before the colon are the heading whole, figures and
			// all; the run-in rule's test is for a heading run into its text.
			// A clause before the colon (…下达913万元,具体…如下:) makes it a
			// sentence that leads into its list, titled as any paragraph is.
			dr.setTitle(body.Slice(0, len(strings.TrimRight(b, "：:"))), "section heading")
			dr.body = a.joinParas(rest)
			return
		}
		if b := body.String(); headOnly && !cue.EndsSentence(b) && !strings.ContainsAny(b, "：:。；;") && !stopBetweenWords(b) && !a.cutOffParagraph(dr, b) && !a.stopLost(dr, b) && !a.sentenceWrapped(dr, b) && !a.flatClauses(first, b) {
			// A heading line with no stop in it is the heading whole; one
			// with a stop is a numbered paragraph cut off at the copy's
			// end (五、以身作则、率先响应。广大党员…), titled as any is.
			dr.setTitle(body, "section heading")
			dr.body = a.joinParas(rest)
			return
		}
		if head, after, ok := runInTitle(body); ok {
			dr.setTitle(head, "run-in section heading")
			dr.body = a.joinTexts(after, rest)
			return
		}
		if head, after, ok := cue.SplitRunIn(body); ok && dr.heading != nil && a.spacedBeforeText(body, head) {
			// A numbered heading an extractor set on one line with its
			// text, a space between them (二、街道工作情况 朝天门街道于2月
			// 28日召开…): the heading is the words before the space.
			dr.setTitle(head, "heading before its text")
			dr.body = a.joinTexts(after, rest)
			return
		}
		dr.body = a.joinTexts(body, rest)
		return
	}
	if from, to, text, ok := cue.EntryLabel(s); ok && len(dr.heading) > 0 {
		// An entry of a yearbook, its name in brackets run into its text
		// ([优抚安置] 两年共接受…): the name, its brackets off.
		dr.setTitle(t.Slice(from, to), "entry heading")
		dr.body = a.joinTexts(t.Slice(text, len(s)), rest)
		return
	}
	if head, after, ok := runInTitle(t); ok && len(dr.heading) > 0 && labelColon(s, head.String()) && (runningText(after.String()) || dr.sibling) {
		// A paragraph led by its label (办公室：牵头开展…；社会组织管理科：…),
		// as a numbered one is (GOLD "Settled cases"): the label is the
		// title. A headline with a colon (云城居养：“…”主题活动) stays whole;
		// a sibling of labelled paragraphs is one though its text was cut
		// off before a stop (社会救助和养老福利科：向县人).
		dr.setTitle(head, "label heading")
		dr.labelled = true
		dr.body = a.joinTexts(after, rest)
		return
	}
	if headOnly && len(rest) > 0 && colonEnded(s) && !strings.ContainsAny(s, "，,") && !cue.SentencePunct(strings.TrimRight(s, "：:")) {
		// A label alone on its line over the text it heads (办理条件：
		// / （一）…), a guide's part: the words before the colon.
		dr.setTitle(t.Slice(0, len(strings.TrimRight(s, "：:"))), "label heading")
		dr.body = a.joinParas(rest)
		return
	}
	if headOnly && len(rest) > 0 && cue.Couplet(s) {
		// A heading of two matched phrases (多方联动聚合力，共筑民生保障网)
		// is the heading whole, its comma and all.
		dr.setTitle(t, "couplet heading")
		dr.body = a.joinParas(rest)
		return
	}
	if headOnly && cue.HasHan(s) && !cue.SentencePunct(s) && !cue.EndsSentence(s) {
		// The headline may run on into the first line of the text, or the
		// text begin on the headline's line (…民政工作 11月26 / 日上午，…).
		if len(rest) > 0 && a.roles[rest[0][0]] == cue.Body && !a.labelLed(rest[0][0]) {
			joined := a.text(append(append([]int(nil), first...), rest[0]...)...)
			if head, after, ok := cue.SplitRunIn(joined); ok && !a.headlineTail(first, head.String()) {
				dr.setTitle(head, "heading line")
				dr.body = a.joinTexts(after, rest[1:])
				return
			}
		}
		dr.setTitle(t, "heading line")
		dr.body = a.joinParas(rest)
		return
	}
	if headOnly && len(rest) > 0 && (questionHeading(s) || callHeading(s)) {
		// A question or a call on a line of its own heads the text under
		// it (哪些机构可以参评？, 节日期间服务有增量！), as a numbered one does.
		rule := "question heading"
		if callHeading(s) {
			rule = "call heading"
		}
		dr.setTitle(t, rule)
		dr.body = a.joinParas(rest)
		return
	}
	if head, after, ok := cue.SplitRunIn(t); ok {
		dr.setTitle(head, "run-in heading")
		dr.body = a.joinTexts(after, rest)
		return
	}
	dr.body = a.joinParas(paras)
}

// gapHeading splits a numbered part's words, its enumerator of kind own
// cut off, at the first white space in them where the words before are a
// heading's (no mark, no figure) and either name a part as such (cue
// PartName: 概述, 总则) or stand before another kind of enumerator (a
// nested part, （一）), or, where flat (a part of a line that a copy
// flattened the text onto), were a heading's line (headingLine). Spaces
// strewn between the characters (HanGaps more than one) mark no heading's
// end.
func gapHeading(body span.Text, own cue.Enum, flat bool) (head, after span.Text, ok bool) {
	s := body.String()
	gaps := body.Gaps()
	if len(gaps) == 0 || len(body.HanGaps()) > 1 {
		return span.Text{}, span.Text{}, false
	}
	g := gaps[0]
	h := s[:g]
	k := g + len(s[g:]) - len(strings.TrimLeft(s[g:], " 　\t"))
	if k == len(s) {
		return span.Text{}, span.Text{}, false
	}
	marks := "0123456789０１２３４５６７８９：:。；;，,、（）()《》“”"
	if !strings.ContainsRune("，,", cue.LastRune(h)) && headingLine(h, s[k:]) {
		// A heading's line may pair two phrases (守护生命健康，倡导安全祭扫);
		// words that close on a comma run on into the words after them.
		marks = strings.NewReplacer("，", "", ",", "").Replace(marks)
	}
	if !cue.HasHan(h) || strings.ContainsAny(h, marks) {
		return span.Text{}, span.Text{}, false
	}
	// A nested part after the gap marks a heading only under a part that
	// headings number (第一章, 一、): a numbered paragraph (1、) leads into
	// its list with a clause (1、符合下列条件之一的 (1)…), as does a clause
	// that ends with 的.
	if nested, _, _ := cue.Enumerator(s[k:]); !cue.PartName(h) && !(flat && headingLine(h, s[k:])) && (nested == cue.NoEnum || nested == own || own > cue.CnComma || strings.HasSuffix(h, "的")) {
		return span.Text{}, span.Text{}, false
	}
	return body.Slice(0, g), body.Slice(k, len(s)), true
}

// enumerated reports whether s opens with an enumerator (第一条, 二、).
func enumerated(s string) bool {
	k, _, _ := cue.Enumerator(s)
	return k != cue.NoEnum
}

// headingLine reports whether h, the words of a numbered part before the
// source's white space, were a heading's line of their own, which a copy
// that flattened the whole text onto one line ran into the sentences under
// it (一、祭扫预约 祭扫群众可提前…，…。; asked of the parts of a split
// line only, where the white space stands for the lines the copy lost): no
// more words than GOLD.md lets a run-in title hold, so short that no line
// wraps there, and running text after them.
func headingLine(h, after string) bool {
	return utf8.RuneCountInString(h) <= runInTitleMax && cue.IsHan(cue.FirstRune(after)) && cue.SentencePunct(after)
}

// cutOffParagraph reports whether the heading-only item dr, words b, is
// a numbered paragraph the copy cut off at the document's end: nothing
// under it, and a clause in it (五、凡生产、销售…的单位和个人,必须经…).
func (a *assembly) cutOffParagraph(dr *draft, b string) bool {
	return len(dr.lines) == 0 && a.nextLine(dr.heading[len(dr.heading)-1]) < 0 && strings.ContainsAny(b, "，,")
}

// sentenceWrapped reports whether the heading-only item dr, words b, is a
// numbered paragraph a wrap broke: its line leaves a bracket or a quote
// open, a clause in it (南至某路、北至某路的路段命名为“某某大道(Mingyuan D),
// and the line under it goes on with it, no break between and no part of
// its own (adao)”;). A heading of its own closes what it opens. (Where the
// document's wrap is measured, the paragraph reads the two lines as one
// already.)
func (a *assembly) sentenceWrapped(dr *draft, b string) bool {
	i := dr.heading[len(dr.heading)-1]
	open := unclosed(b) > 0 || strings.Count(b, "“") > strings.Count(b, "”")
	if !open || !strings.ContainsAny(b, "、，,") {
		return false
	}
	j := a.nextLine(i)
	return j == i+1 && !a.d.Break(j) && !enumerated(a.d.Lines[j].Sq)
}

// stopLost reports whether the heading-only item dr, words b, is a
// numbered paragraph whose full stop the copy lost: no text under it, a
// clause in it (…骨灰楼、…集中开放时间为3月29日至4月13日), and the next
// line its sibling, numbered one on, a paragraph that ends its sentence.
// Siblings are set alike: where the next carries its text on its line,
// this one does too, and it is no heading on a line of its own.
func (a *assembly) stopLost(dr *draft, b string) bool {
	last := dr.heading[len(dr.heading)-1]
	if len(dr.lines) == 1 && a.headingTail(dr.lines[0]) {
		last = dr.lines[0] // the heading's tail the wrap cut
	} else if len(dr.lines) > 0 {
		return false
	}
	if !strings.ContainsAny(b, "、，,") {
		return false
	}
	j := a.nextLine(last)
	if j < 0 {
		return false
	}
	k, v, _ := cue.Enumerator(a.d.Lines[dr.heading[0]].Sq)
	kj, vj, _ := cue.Enumerator(a.d.Lines[j].Sq)
	return kj == k && vj == v+1 && cue.EndsSentence(a.d.Lines[j].Sq)
}

// spacedBeforeText reports whether the source printed white space right
// after head, the words that open t, with no clause mark in head.
func (a *assembly) spacedBeforeText(t, head span.Text) bool {
	h := head.String()
	if runningText(h) || strings.ContainsAny(h, "、，,") {
		return false
	}
	for _, g := range t.Gaps() {
		if g == len(h) {
			return true
		}
	}
	return false
}

// stopBetweenWords reports whether s holds a full stop typed as a Latin
// one between Chinese words (1.申请.申请人或其代理人…): a stop, no heading's
// whole words; between figures it is a decimal point.
func stopBetweenWords(s string) bool {
	for k := strings.IndexByte(s, '.'); k >= 0; k = strings.IndexByte(s, '.') {
		before, _ := utf8.DecodeLastRuneInString(s[:k])
		after, _ := utf8.DecodeRuneInString(s[k+1:])
		if cue.IsHan(before) && cue.IsHan(after) {
			return true
		}
		s = s[k+1:]
	}
	return false
}

// colonEnded reports whether s closes with a colon and holds no other
// stop: a heading that announces the lines under it.
func colonEnded(s string) bool {
	h := strings.TrimRight(strings.TrimSpace(s), "：:")
	return len(h) < len(strings.TrimSpace(s)) && cue.HasHan(h) && !strings.ContainsAny(h, "：:。；;？?！!")
}

// questionMarks and callMarks close a question and a call.
const (
	questionMarks = "？?"
	callMarks     = "！!"
)

// questionHeading reports whether s is one question: it ends with a
// question mark and holds no other stop (oneStop).
func questionHeading(s string) bool { return oneStop(s, questionMarks) }

// callHeading reports whether s is one call: it ends with an exclamation
// mark and holds no other stop (oneStop).
func callHeading(s string) bool { return oneStop(s, callMarks) }

// oneStop reports whether s is one sentence that one of the marks closers
// closes: words before the mark and no other stop among them. A comma
// stops neither a question nor a call: its clauses are one sentence all
// the same (已经办理结婚登记的，如何补领？), as a numbered question's are.
// A line of the text's own over its parts asks more (lineWords): no
// clause, one phrase.
func oneStop(s, closers string) bool {
	q, ok := closedBy(s, closers)
	return ok && q != "" && !strings.ContainsAny(q, "：:。；;？?！!")
}

// closedBy returns s, trimmed, without the one mark of closers that closes
// it; ok is false where none closes it.
func closedBy(s, closers string) (string, bool) {
	t := strings.TrimSpace(s)
	r, n := utf8.DecodeLastRuneInString(t)
	if !strings.ContainsRune(closers, r) { // an empty s ends in no closer
		return t, false
	}
	return t[:len(t)-n], true
}

// headlineTail reports whether a run-in split at the end of head leaves
// the rest of the headline's own lines as its text: words with no clause
// mark after a space, on a line that stops short of the wrap (积极推动养老
// 服务 改革创新, the space an extractor's). A line that runs to the wrap
// goes on into the text (…专项行动 印 / 发《…》).
func (a *assembly) headlineTail(lines []int, head string) bool {
	line := a.text(lines...).String()
	if len(head) >= len(line) || !strings.HasPrefix(line, head) {
		return false
	}
	// A date opening the text after a headline (…民政工作 11月26 / 日上午，…)
	// is the text's, and so is one character, a word the line broke
	// (…专项行动 印 / 发《…》): a headline's words set apart are a phrase.
	// On a headline's line set alone between a sentence that ended and
	// the text (…转变。/ 全面提升社会治理效 能 / 有序推进…), one character
	// is the headline's last.
	tail := strings.TrimSpace(line[len(head):])
	last := lines[len(lines)-1]
	return !runningText(tail) && !strings.ContainsAny(tail, "0123456789") && (utf8.RuneCountInString(tail) > 1 || a.d.Standalone(last)) && !a.d.Full(last)
}

// runningText reports whether s reads as running text, not a headline: it
// ends a sentence or holds clause punctuation.
func runningText(s string) bool { return cue.EndsSentence(s) || cue.SentencePunct(s) }

// labelLed reports whether line i opens with a label and a colon, the
// label short and plain as a run-in title is (办公室：牵头开展…).
func (a *assembly) labelLed(i int) bool {
	s := a.d.Lines[i].Sq
	k := strings.IndexAny(s, "：:。；;")
	if k <= 0 || !labelColon(s, s[:k]) {
		return false
	}
	_, _, ok := runInTitle(a.text(i))
	return ok
}

// factLine reports whether line i sets out a fact under its label, a day
// or a contact (公示时间:2025年4月30日至…, 电话:0833-…, 通讯地址:…): the
// text's or the closing's, no sibling of an item led by a label.
func (a *assembly) factLine(i int) bool {
	s := a.d.Lines[i].Sq
	if factWithFigures(s) || cue.ContactLabel(s) {
		return true
	}
	// A label of plain words over a day with its year (公示时间, 活动时间).
	label, value, ok := labelAndValue(s)
	if !ok || cue.SentencePunct(label) {
		return false
	}
	// The day, or the days from and to, and nothing said after them: an
	// item's text may open with its day (办公室:2024年5月10日,组织开展…).
	e, ok := chrono.Starting(value, 0, chrono.Ref{})
	if !ok || e.Kind != chrono.Day || e.YearFrom != "text" {
		return false
	}
	return cue.TimeLabel(label) || !cue.HasHan(strings.Trim(value[e.End:], "()（）周星期一二三四五六日天至止 0123456789:：-—~～年月"))
}

// unitLabelled reports whether line i is led by a unit's name and a colon
// (社会救助和养老福利科：…).
func (a *assembly) unitLabelled(i int) bool {
	if !a.labelLed(i) {
		return false
	}
	head, _, _ := runInTitle(a.text(i))
	return agency.Shape(head.String())
}

// labelParagraph reports whether line i is a paragraph led by its label,
// running text after the colon (办公室：牵头开展…；…).
func (a *assembly) labelParagraph(i int) bool {
	if !a.labelLed(i) {
		return false
	}
	_, after, _ := runInTitle(a.text(i))
	return runningText(after.String())
}

// factList reports whether line i opens a list of facts each set out under
// its label (百年古街巷：某街（某区） / 古建筑遗址遗迹：某庙（某县）、某桥（某县）；
// as a 公示 lists what it names by class): its label's value no running
// text, and the line under it, no heading itself (headlines of a
// bulletin led by their units' names, 云城居养：…活动, stand so), led by a
// label too. Such a line heads no part: the list is the text's.
func (a *assembly) factList(i int) bool {
	return a.labelLed(i) && !a.labelParagraph(i) && i+1 < len(a.roles) && a.roles[i+1] != cue.Heading && a.labelLed(i+1)
}

// lastLine is the last line an item holds so far.
func (a *assembly) lastLine(dr *draft) int {
	if len(dr.lines) > 0 {
		return dr.lines[len(dr.lines)-1]
	}
	return dr.heading[len(dr.heading)-1]
}

// labelColon reports whether head, the start of s, ends at a colon: a label
// and its text, not a first sentence.
func labelColon(s, head string) bool {
	r, _ := utf8.DecodeRuneInString(s[len(head):])
	return r == '：' || r == ':'
}

func (dr *draft) setTitle(t span.Text, rule string) {
	v := strings.Trim(t.String(), " *|")
	dr.title = &Field{Value: v, Text: t, Rule: rule}
	dr.titleFrom = "body"
}

// runInTitleMax is the most characters GOLD.md ("Settled cases") lets the
// heading of a numbered paragraph hold where it runs into its text.
const runInTitleMax = 15

// runInTitle reads the heading of a numbered paragraph that runs into its
// text (GOLD "Settled cases"): the words up to the first ：, 。 or ；, when
// they are at most fifteen characters with no comma, 、 or digit.
func runInTitle(t span.Text) (head, rest span.Text, ok bool) {
	s := t.String()
	k := runInStop(s)
	if k <= 0 {
		return t, t, false
	}
	h := s[:k]
	// GOLD.md's 15 characters, counted as it compares strings: with no
	// white space (凤仪路(Feng Yi Lu)).
	if utf8.RuneCountInString(strings.Join(strings.Fields(h), "")) > runInTitleMax || strings.ContainsAny(h, "，,、0123456789") {
		return t, t, false
	}
	_, n := utf8.DecodeRuneInString(s[k:])
	after := strings.TrimLeft(s[k+n:], " ")
	return t.Slice(0, k), t.Slice(len(s)-len(after), len(s)), true
}

// runInStop is the offset of the first mark that may close a run-in
// heading (：, 。 or ；) in s, or -1. The colon of a web address's scheme
// (http://, https://) closes nothing: an address in the text is no label.
func runInStop(s string) int {
	for at := 0; ; {
		k := strings.IndexAny(s[at:], "：:。；;")
		if k < 0 {
			return -1
		}
		k += at
		if s[k] != ':' || !strings.HasPrefix(s[k+1:], "//") {
			return k
		}
		at = k + 1
	}
}

// group splits lines into paragraphs: a line runs on to the next unless it
// ends a sentence or the next opens something new.
func (a *assembly) group(idx []int) [][]int {
	var out [][]int
	for k, i := range idx {
		if k == 0 || !a.joins(idx[k-1], i) {
			out = append(out, []int{i})
			continue
		}
		out[len(out)-1] = append(out[len(out)-1], i)
	}
	return out
}

// headingEnds reports whether the numbered heading at line i ends there
// although it holds a comma (一、提升站位，加强领导): body follows, and the
// heading, a whole line of the source, is narrower by more than a character than any
// line the body wraps at (a line may wrap a character early, when the next
// will not fit), so it did not run on to the next. The tail of a split
// line is short whatever it is.
func (a *assembly) headingEnds(i, j int) bool {
	l := a.d.Lines[i]
	if a.roles[i] != cue.Heading || a.roles[j] == cue.Heading || l.Part != 0 {
		return false
	}
	if k, _, _ := cue.Enumerator(l.Sq); k == cue.NoEnum {
		return false // a headline that runs into its text (…专项行动 印发…，以)
	}
	return cue.Width(l.Text)+1 < a.wrapWidthOf()
}

// joins decides whether line j continues line i.
func (a *assembly) joins(i, j int) bool {
	cur, next := a.d.Lines[i], a.d.Lines[j]
	if cur.Heading > 0 || next.Heading > 0 {
		return false
	}
	if j == i+1 && next.Part == 0 && punct.OpensWithCloser(next.Sq) && a.roles[j] != cue.Heading && a.roles[j] != cue.Subheading {
		return true // a closing mark opens no line: the extraction broke the line above (…“中山大道(Zhongshan Dadao) / ”；)
	}
	if cue.EndsSentence(cur.Sq) {
		return false
	}
	switch a.roles[j] {
	case cue.Subheading, cue.Heading, cue.Brief:
		if a.roles[i] != cue.Heading || a.roles[j] != cue.Heading {
			return false
		}
	}
	if k, _, _ := cue.Enumerator(next.Sq); k != cue.NoEnum {
		return false
	}
	if next.Part > 1 {
		return false // the split put a new part there
	}
	switch {
	case a.roles[j] == cue.Attribution:
		return true
	case a.roles[i] == cue.Signature && j == i+1 && a.wrappedSigner(i):
		return true // a body's name wrapped in the 落款
	case a.citesDocument(i):
		return false // a heading naming a document ends with the document's number, however wide
	case a.d.Full(i):
		return true // a full line: the text wraps
	case (a.roles[i] == cue.Heading || a.roles[i] == cue.Subheading) && a.roles[j] == cue.Body && cue.Couplet(cur.Sq):
		return false // a heading of two matched phrases ends at its line's end
	case cue.SentencePunct(cur.Sq) && !a.headingEnds(i, j):
		return true // running text broken at a page end
	case a.wrapStoppedShort(i, j):
		return true
	}
	return !cue.HasHan(cur.Sq) || a.roles[i] == cue.Heading && a.roles[j] == cue.Heading
}

// wrapStoppedShort reports whether body line i is the end of a wrapped
// line (the one above it full) that stops short with no stop of its own,
// body text going on under it with no break (…社会治理科 / 副科长 / 蒋立群：
// 以前是…): an extractor broke the paragraph where the page set a word
// apart, and the sentence runs on.
func (a *assembly) wrapStoppedShort(i, j int) bool {
	if i == 0 || a.roles[i] != cue.Body || a.roles[i-1] != cue.Body || a.roles[j] != cue.Body {
		return false
	}
	return a.d.Full(i-1) && !a.d.Break(i) && !a.d.Break(j) && !a.d.Full(i) && !cue.EndsSentence(a.d.Lines[i].Sq) && a.joins(i-1, i)
}

// figureJoin reports whether line a ends with a figure and line b opens
// with one (48 / 26.51%): they are joined a space apart, which the
// targets extractor reads as cells (extract's amongFigures).
func figureJoin(a, b string) bool {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if a == "" || b == "" {
		return false
	}
	last := a[len(a)-1]
	return (last >= '0' && last <= '9' || last == '%') && b[0] >= '0' && b[0] <= '9'
}

// brokenFigure reports whether line i, running text that fills the wrap
// width, broke inside the figure it ends with (…基本生活补贴72261 / 8元):
// an extraction that wraps Chinese text at any character breaks numbers
// too, where a grid's cells read as text are no full lines of clauses.
func (a *assembly) brokenFigure(i int) bool {
	return a.d.Full(i) && cue.SentencePunct(a.d.Lines[i].Sq)
}

// paragraphs joins lines into text, a newline between paragraphs.
func (a *assembly) paragraphs(idx []int) span.Text { return a.joinParas(a.group(idx)) }

func (a *assembly) joinParas(paras [][]int) span.Text { return a.joinTexts(span.Text{}, paras) }

// joinTexts joins the rest of a first paragraph and the paragraphs after
// it, a newline between paragraphs.
func (a *assembly) joinTexts(first span.Text, paras [][]int) span.Text {
	var b span.Builder
	n := first.Len()
	for _, p := range paras {
		for _, i := range p {
			n += len(a.d.Lines[i].Text) + 1
		}
	}
	b.Grow(n)
	if first = first.TrimSpace(); first.Len() > 0 {
		b.AddText(first)
	}
	for _, p := range paras {
		// The lines of a paragraph are joined into the text as they are
		// read, a newline before each paragraph but the first.
		started, prev := false, -1
		for _, i := range p {
			l := a.d.Lines[i]
			if !started && b.Len() > 0 {
				b.AddSeparator("\n", l.Num)
			} else if started && figureJoin(a.d.Lines[prev].Text, l.Text) && !a.brokenFigure(prev) {
				// Lines break between two figures only where they are two
				// (cells of a grid read as text): UAX #14 breaks no number.
				b.AddSeparator(" ", l.Num)
			}
			prev = i
			before := b.Len()
			b.AddLine(l.Text, l.Num)
			started = started || b.Len() > before
		}
	}
	return b.Text()
}

// item turns a draft into an Item.
func (dr *draft) item() Item {
	it := Item{Section: dr.section, Month: dr.month, Brief: dr.brief, Title: dr.title, TitleFrom: dr.titleFrom, Labelled: dr.labelled, Body: dr.body}
	if it.Title == nil {
		it.TitleFrom = ""
	}
	if dr.attr != nil {
		it.Attributed = dr.attr
		it.Sources = attributionUnits(*dr.attr)
	} else {
		it.Sources = dr.supplier
	}
	return it
}
