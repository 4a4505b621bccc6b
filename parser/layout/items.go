package layout

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"bulletin/parser/chrono"
	"bulletin/parser/span"
)

// draft is an item while it is being put together from paragraphs.
type draft struct {
	section   string
	brief     bool
	title     *Field
	titleFrom string
	lead      *span.Text // the rest of a first paragraph whose heading was split off
	paras     []para
	attr      *Field
}

// briefSectionRe names the sections whose paragraphs are one-line briefs.
var briefSectionRe = regexp.MustCompile(`简讯|快讯|短讯|一句话|信息快递`)

// bulletinItems cuts a bulletin's body into items. Where items close with an
// attribution （…）, the attribution ends an item and the heading is the
// opening words of the next; otherwise a heading line opens each item.
// Under 简讯 every paragraph, or every attributed run, is a brief.
func (a *analyzer) bulletinItems(paras []para) {
	attributed := 0
	for _, p := range paras {
		if p.section == "" && attributionOf(p.text) != nil {
			attributed++
		}
	}
	byAttribution := attributed >= 2
	var drafts []*draft
	var acc []para
	section := ""
	brief := false
	closeItem := func(attr *Field) {
		if len(acc) == 0 {
			return
		}
		drafts = append(drafts, a.draftItem(acc, section, brief, byAttribution, attr))
		acc = nil
	}
	for k, p := range paras {
		if p.section != "" {
			closeItem(nil)
			section, brief = p.section, briefSectionRe.MatchString(p.section)
			a.doc.Sections = append(a.doc.Sections, Field{Value: p.section, Text: p.text, Rule: "section"})
			continue
		}
		switch {
		case byAttribution:
			acc = append(acc, p)
			if attr := attributionOf(p.text); attr != nil {
				closeItem(attr)
			}
		case brief:
			acc = append(acc, p)
			closeItem(nil)
		default:
			if a.isHeadingPara(p) && k+1 < len(paras) && paras[k+1].section == "" {
				closeItem(nil)
			}
			acc = append(acc, p)
		}
	}
	closeItem(nil)
	drafts = a.reconcileContents(drafts)
	for _, d := range drafts {
		a.doc.Items = append(a.doc.Items, d.item())
	}
}

// draftItem makes an item of the paragraphs acc.
func (a *analyzer) draftItem(acc []para, section string, brief, byAttribution bool, attr *Field) *draft {
	d := &draft{section: section, brief: brief, paras: acc, attr: attr}
	if brief {
		return d
	}
	first := acc[0]
	if a.isHeadingPara(first) && len(acc) > 1 {
		d.title = &Field{Value: stripEnumerator(first.text.String()), Text: first.text, Rule: "heading line"}
		d.titleFrom, d.paras = "body", acc[1:]
		return d
	}
	if byAttribution {
		if title, rest, ok := splitHeading(first.text); ok {
			d.title = &Field{Value: title.String(), Text: title, Rule: "run-in heading"}
			d.titleFrom, d.lead, d.paras = "body", &rest, acc[1:]
			return d
		}
	}
	return d
}

// isHeadingPara reports whether a paragraph is a heading on its own.
func (a *analyzer) isHeadingPara(p para) bool {
	if p.heading > 0 {
		return true
	}
	s := p.text.String()
	return atLeastRunes(s, 4) && atMostRunes(s, 80) && !sentencePunct(s) && !a.endsSentence(s) && !isDateLed(s)
}

// item turns a draft into an Item.
func (d *draft) item() Item {
	var b span.Builder
	add := func(t span.Text) {
		t = t.TrimSpace()
		if t.Len() == 0 {
			return
		}
		if b.Len() > 0 {
			b.AddSeparator("\n", t.Lines().First)
		}
		b.AddText(t)
	}
	n := 0
	if d.lead != nil {
		n += d.lead.Len() + 1
	}
	for _, p := range d.paras {
		n += p.text.Len() + 1
	}
	b.Grow(n)
	if d.lead != nil {
		add(*d.lead)
	}
	for _, p := range d.paras {
		add(p.text)
	}
	it := Item{Section: d.section, Brief: d.brief, Title: d.title, TitleFrom: d.titleFrom, Body: b.Text()}
	if it.Title == nil {
		it.TitleFrom = ""
	}
	if d.attr != nil {
		it.Attributed = d.attr
		it.Sources = attributionUnits(*d.attr)
	}
	return it
}

// attributionOf returns the attribution closing a paragraph: （市局办公室
// 市养老服务中心）, whose parts read as names of bodies.
func attributionOf(t span.Text) *Field {
	s := t.String()
	if !strings.HasSuffix(s, "）") && !strings.HasSuffix(s, ")") {
		return nil
	}
	// Only the last bracket can match: look there, not through the text.
	base := max(0, strings.LastIndexAny(s, "（("))
	m := attributionRe.FindStringSubmatchIndex(s[base:])
	if m == nil {
		return nil
	}
	for k := range m {
		m[k] += base
	}
	inner := s[m[2]:m[3]]
	if strings.HasPrefix(inner, "见") || strings.HasPrefix(inner, "详见") || strings.HasPrefix(inner, "注") || strings.HasPrefix(inner, "来源") && !strings.Contains(inner, "：") {
		return nil
	}
	inner = strings.TrimPrefix(strings.TrimPrefix(inner, "来源："), "供稿：")
	ok := false
	for _, u := range splitUnits(inner) {
		if looksLikeAgency(u) {
			ok = true
		}
	}
	if !ok {
		return nil
	}
	return &Field{Value: s[m[0]:m[1]], Text: t.Slice(m[0], m[1]), Rule: "attribution"}
}

// attributionUnits splits an attribution into its units.
func attributionUnits(f Field) []Field {
	s := f.Text.String()
	open := strings.IndexAny(s, "（(")
	_, w := utf8.DecodeRuneInString(s[open:])
	inner := f.Text.Slice(open+w, len(s)-len("）"))
	if strings.HasSuffix(s, ")") {
		inner = f.Text.Slice(open+w, len(s)-1)
	}
	var out []Field
	for _, u := range splitUnitsText(inner) {
		out = append(out, Field{Value: u.String(), Text: u, Rule: "attribution"})
	}
	return out
}

// splitUnits splits the inside of an attribution: at spaces, 、 and ，, and
// where one name ends with an agency ending and the next starts with a
// level (市局办公室市养老服务中心 → 市局办公室, 市养老服务中心), since PDF
// extraction loses the space when the attribution breaks across lines.
func splitUnits(s string) []string {
	var out []string
	for _, t := range splitUnitsText(span.Plain(s, 0)) {
		out = append(out, t.String())
	}
	return out
}

func splitUnitsText(t span.Text) []span.Text {
	s := t.String()
	var out []span.Text
	start := 0
	emit := func(end int) {
		part := t.Slice(start, end).TrimSpace()
		if v := strings.Trim(part.String(), "：:"); v != "" {
			out = append(out, part)
		}
	}
	for i, r := range s {
		if r == ' ' || r == '、' || r == '，' || r == ',' || r == '；' {
			emit(i)
			start = i + utf8.RuneLen(r)
			continue
		}
		// A space on the line separates two names; a line break does only
		// where the next part starts with a level (市局办公室 / 市养老服务中心,
		// not 市民政局 / 办公室).
		if i > start && (t.HasGapAt(i) || t.HasBreakAt(i) && levelStart(s[i:])) && looksLikeAgency(s[start:i]) {
			emit(i)
			start = i
		}
	}
	emit(len(s))
	return out
}

// levelStart reports whether s begins with a level of government (市, 县,
// 区, 省, 乡, 镇) or a place written with one.
func levelStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("市县区省乡镇", r)
}

// splitHeading splits a run-in heading from the body it runs into: the
// heading ends where the source left white space, where a dated sentence
// begins (…工作推进会 5月30日，…) or where a line opens with an enumerator
// (一是…). It fails when no such place lies before the first clause mark.
func splitHeading(t span.Text) (title, body span.Text, ok bool) {
	s := t.String()
	limit := clauseEnd(s)
	if n := byteOffsetOfRune(s, 100); n < limit {
		limit = n
	}
	const minTitle = 6
	best := -1
	consider := func(k int) {
		if k <= 0 || k > limit || utf8.RuneCountInString(s[:k]) < minTitle {
			return
		}
		if best < 0 || k < best {
			best = k
		}
	}
	depth := quoteDepths(s[:min(len(s), limit)]) // only the opening words matter
	for _, k := range t.Gaps() {
		if k > limit {
			break
		}
		if k >= len(depth) || depth[k] > 0 {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(s[:k])
		after, _ := utf8.DecodeRuneInString(s[k:])
		if !(isHan(before) || strings.ContainsRune("”》）", before)) {
			continue
		}
		if isHan(after) || after == '“' || after == '《' || isDateLed(s[k:]) {
			consider(k)
		}
	}
	for _, k := range t.Breaks() {
		if k > limit {
			break
		}
		if k < len(s) && depth[k] == 0 && (inlineEnumRe.MatchString(s[k:]) || cnEnumRe.MatchString(s[k:]) || cnParenRe.MatchString(s[k:]) || isDateLed(s[k:])) {
			consider(k)
		}
	}
	for _, e := range chrono.Find(s[:min(len(s), limit+60)], chrono.Ref{Year: 2000}) {
		if e.Start <= limit && depth[e.Start] == 0 && isDateLed(s[e.Start:]) {
			consider(e.Start)
		}
	}
	if best < 0 {
		return t, t, false
	}
	return t.Slice(0, best).TrimSpace(), t.Slice(best, len(s)).TrimSpace(), true
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

func byteOffsetOfRune(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// sectionItems cuts a notice or an article into its top-level sections: the
// paragraphs headed by the highest-ranking enumerator used (第一章, 一、,
// （一）, 1.), else Markdown headings, else heading lines. What comes before
// the first section is the preamble (notice) or lead (article).
func (a *analyzer) sectionItems(paras []para) {
	if a.doc.Kind == Article && a.doc.Title == nil && len(paras) > 1 && a.isHeadingPara(paras[0]) && paras[0].section == "" {
		a.doc.Title = &Field{Value: paras[0].text.String(), Text: paras[0].text, Rule: "headline"}
		paras = paras[1:]
	}
	isTop := a.topLevel(paras)
	var drafts []*draft
	var pre []span.Text
	for _, p := range paras {
		if p.section != "" {
			continue
		}
		if isTop(p) {
			d := &draft{}
			s := p.text.String()
			title := stripEnumerator(s)
			off := len(s) - len(title)
			if !a.isHeadingPara(para{text: p.text.Slice(off, len(s)), heading: p.heading}) {
				// 一、加强组织领导。各县…: the heading runs in to its body.
				end := strings.IndexAny(title, "。：:")
				if end < 0 {
					end = clauseEnd(title)
				}
				head := p.text.Slice(off, off+end)
				rest := p.text.Slice(off+end, len(s))
				trimmed := strings.TrimLeft(rest.String(), "。：:")
				rest = rest.Slice(rest.Len()-len(trimmed), rest.Len())
				d.title = &Field{Value: head.String(), Text: head, Rule: "run-in section heading"}
				d.lead = &rest
			} else {
				t := p.text.Slice(off, len(s))
				d.title = &Field{Value: t.String(), Text: t, Rule: "section heading"}
			}
			d.titleFrom = "body"
			drafts = append(drafts, d)
			continue
		}
		if len(drafts) == 0 {
			pre = append(pre, p.text)
			continue
		}
		last := drafts[len(drafts)-1]
		last.paras = append(last.paras, p)
	}
	if len(pre) > 0 {
		role := "preamble"
		if a.doc.Kind == Article {
			role = "lead"
		}
		if len(drafts) == 0 {
			role = "body"
		}
		var b span.Builder
		for i, t := range pre {
			if i > 0 {
				b.AddSeparator("\n", t.Lines().First)
			}
			b.AddText(t)
		}
		a.doc.Passages = append([]Passage{{Role: role, Text: b.Text()}}, a.doc.Passages...)
	}
	for _, d := range drafts {
		a.doc.Items = append(a.doc.Items, d.item())
	}
}

// topLevel picks the kind of heading that opens the top-level sections.
func (a *analyzer) topLevel(paras []para) func(para) bool {
	for _, re := range []*regexp.Regexp{chapterRe, cnEnumRe, cnParenRe} {
		n := 0
		for _, p := range paras {
			if p.section == "" && re.MatchString(p.text.String()) {
				n++
			}
		}
		if n >= 2 {
			return func(p para) bool { return re.MatchString(p.text.String()) }
		}
	}
	minLevel := 0
	for _, p := range paras {
		if p.heading > 0 && (minLevel == 0 || p.heading < minLevel) {
			minLevel = p.heading
		}
	}
	if minLevel > 0 {
		return func(p para) bool { return p.heading == minLevel }
	}
	return func(p para) bool { return a.isHeadingPara(p) && atMostRunes(p.text.String(), 40) }
}
