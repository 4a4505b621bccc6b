package layout

import (
	"bulletin/parser/agency"
	"strconv"
	"strings"

	"bulletin/parser/chrono"
	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// closing reads what follows the last item: contact lines, the 附件 list,
// the 落款 (issuing body and date), and the attachments printed after.
// The contact lines and the 落款 make the closing passage, which the
// extractors read.
func (a *assembly) closing() {
	var contacts []int
	inList := false
	textBelow := a.textBelowInSignature()
	listed := a.listedAboveOrgans()
	for i, r := range a.roles {
		l := a.d.Lines[i]
		switch r {
		case cue.Closing:
			if rest, ok := cue.AttachmentList(l.Sq); ok {
				inList = true
				a.attachment(i, rest)
				continue
			}
			if k, _, _ := cue.Enumerator(l.Sq); inList && k != cue.NoEnum {
				a.attachment(i, l.Sq)
				continue
			}
			inList = false
			if closingPhrase(l.Sq) {
				continue
			}
			contacts = append(contacts, i)
			if a.wrappedSignature(i) {
				a.signatureOf(i, i+1)
			}
		case cue.Signature:
			inList = false
			contacts = append(contacts, i) // the 落款's bodies are facts too
			if textBelow[i] || listed[i] {
				continue
			}
			if a.wrappedSigner(i) {
				a.signatureOf(i, i+1)
			}
			a.signature(i)
		}
	}
	if len(contacts) > 0 {
		a.doc.Passages = append(a.doc.Passages, Passage{Role: "closing", Text: a.paragraphs(contacts)})
	}
	for _, run := range a.runs(cue.Attachment) {
		var body []int
		for _, i := range run {
			if _, ok := cue.AttachmentHead(a.d.Lines[i].Sq); ok {
				continue
			}
			body = append(body, i)
		}
		if len(body) > 0 {
			a.doc.Passages = append(a.doc.Passages, Passage{Role: "attachment", Text: a.paragraphs(body)})
		}
	}
}

func closingPhrase(s string) bool {
	s = strings.TrimRight(s, "。.!！")
	for _, w := range cue.ClosingPhrases() {
		if s == w {
			return true
		}
	}
	return false
}

// attachment reads an entry of the 附件 list: 1. 平顶山市养老服务重点任务清单.
func (a *assembly) attachment(i int, s string) {
	idx := ""
	if k, v, _ := cue.Enumerator(s); k != cue.NoEnum {
		idx = strconv.Itoa(v)
	}
	title := cue.StripEnumerator(strings.TrimSpace(s))
	if title == "" {
		return
	}
	t := a.text(i)
	j := strings.Index(t.String(), title)
	if j < 0 {
		j = 0
	}
	a.doc.Attachments = append(a.doc.Attachments, Attachment{Index: idx, Title: Field{Value: title, Text: t.Slice(j, t.Len()), Rule: "附件"}})
}

// textBelowInSignature reports, for each line the decoder took for the
// 落款, whether a line of text stands under it in the same run: a sentence
// closed by its full stop, or a label opening a list (先进单位：). The
// 落款 is the body's name right over the date (GB/T 9704-2012 §7.3.5), so
// the names above such text are the text's (a list of commended units).
func (a *assembly) textBelowInSignature() []bool {
	below := make([]bool, len(a.roles))
	for i := len(a.roles) - 2; i >= 0; i-- {
		if a.roles[i] != cue.Signature || a.roles[i+1] != cue.Signature {
			continue
		}
		s := strings.TrimSpace(a.d.Lines[i+1].Sq)
		if _, rest, ok := cue.TrailingDate(s); ok && rest == "" {
			below[i] = below[i+1] // the date, whatever closes it (2024年1月8日。)
			continue
		}
		below[i] = below[i+1] || cue.EndsSentence(s) || endsColon(s)
	}
	return below
}

// signature reads a line of the 落款: the issuing body (the first of
// several), the date, or both on one line.
func (a *assembly) signature(i int) { a.signatureOf(i) }

// wrappedSignature reports whether closing line i is a 落款 that a page's
// width wrapped onto the next line (银川市人民政府—九九七年一 / 月一日。):
// the body and the date make a 落款 only read together.
func (a *assembly) wrappedSignature(i int) bool {
	j := i + 1
	if j >= len(a.roles) || a.roles[j] != cue.Closing || a.d.Break(j) {
		return false
	}
	if _, ok := cue.AgencyAndDate(a.d.Lines[i].Text); ok {
		return false
	}
	_, ok := cue.AgencyAndDate(a.d.Lines[i].Text + a.d.Lines[j].Text)
	return ok
}

// wrappedSigner reports whether 落款 line i holds the start of a body's
// name that goes on in the next (张店区新型冠状病毒感染的肺炎疫情 / 处置工作
// 领导小组办公室): a long name wrapped to fit the 落款's width.
func (a *assembly) wrappedSigner(i int) bool {
	j := i + 1
	if j >= len(a.roles) || a.roles[j] != cue.Signature || a.d.Break(j) {
		return false
	}
	l, next := strings.TrimSpace(a.d.Lines[i].Text), strings.TrimSpace(a.d.Lines[j].Text)
	if agency.Shapes(l) || !agency.Shapes(next) || cue.SentencePunct(l) {
		return false
	}
	return agency.Shapes(l + next)
}

func (a *assembly) signatureOf(idx ...int) {
	who, date := a.bodyAndDate(idx...)
	if date != nil && a.signDate == nil {
		date.Rule = "成文日期"
		a.signDate = date
	}
	if who != nil && a.doc.Signer == nil {
		who.Rule = "署名"
		a.doc.Signer = who
	}
}

// lastFullDate reads the last full date of t: the 成文日期 closes its line.
func lastFullDate(t span.Text) *DateField {
	var out *DateField
	for _, e := range chrono.Find(t.String(), chrono.Ref{}) {
		if e.Kind == chrono.Day && e.YearFrom == "text" {
			out = &DateField{Field: Field{Value: e.Value, Text: t.Slice(e.Start, e.End)}, Expr: e}
		}
	}
	return out
}

// foot reads the lists and credits at the foot: 报/送/发/抄送 lists with the
// lines they run on to, 编辑/核稿/审核 credits, 共印N份, the 印发 line and
// the office above it, and a report's bylines.
func (a *assembly) foot() {
	var list []int
	flush := func() {
		if len(list) > 0 {
			a.list(list)
			list = nil
		}
	}
	var footer, byline []int
	for i, r := range a.roles {
		l := a.d.Lines[i]
		switch r {
		case cue.Footer:
			footer = append(footer, i)
			if _, _, ok := cue.FooterList(l.Sq); ok {
				flush()
				list = []int{i}
				continue
			}
			if roles, _ := cue.Credits(l.Text); len(roles) > 0 {
				flush()
				a.credits(i)
				continue
			}
			if strings.HasSuffix(strings.TrimSpace(l.Text), "印发") {
				flush()
				a.printed(i)
				continue
			}
			if cue.Copies(l.Sq) {
				flush() // the count of copies closes the foot, no list's entry
				continue
			}
			if len(list) > 0 && !agency.Shapes(strings.TrimSpace(l.Text)) {
				list = append(list, i) // the list runs on
				continue
			}
			flush()
		case cue.Byline:
			if a.itemCredit(i) {
				continue // read with its item's text
			}
			byline = append(byline, i)
			if roles, _ := cue.Credits(l.Text); len(roles) > 0 {
				a.credits(i)
			}
			// A page may print its source field under the text (来源：市民政局
			// 区划地名科): a body named there issues the page, as in the
			// information line (GOLD.md's issuer of a web page).
			if fs := cue.InfoFields(l.Text); len(fs) > 0 {
				a.webInfo(i, fs)
			}
		case cue.Chrome:
		default:
			flush()
		}
	}
	flush()
	if len(footer) > 0 {
		a.doc.Passages = append(a.doc.Passages, Passage{Role: "footer", Text: a.lines(footer)})
	}
	if len(byline) > 0 {
		a.doc.Passages = append(a.doc.Passages, Passage{Role: "byline", Text: a.lines(byline)})
	}
}

// lines joins lines a newline apart: lines that are each a fact of their own.
func (a *assembly) lines(idx []int) span.Text {
	var b span.Builder
	for k, i := range idx {
		if k > 0 {
			b.AddSeparator("\n", a.d.Lines[i].Num)
		}
		b.AddLine(a.d.Lines[i].Text, a.d.Lines[i].Num)
	}
	return b.Text()
}

// list reads a labelled list and the lines it runs on to.
func (a *assembly) list(idx []int) {
	t := a.text(idx...)
	label, rest, ok := cue.FooterList(t.String())
	if !ok {
		return
	}
	rt := t.Slice(t.Len()-len(rest), t.Len())
	lst := List{Label: label, Text: t}
	for _, part := range splitList(strings.TrimRight(rest, "。.")) {
		k := strings.Index(rest, part)
		if k < 0 {
			continue
		}
		lst.Entries = append(lst.Entries, Field{Value: part, Text: rt.Slice(k, k+len(part)), Rule: label})
	}
	a.doc.Distribution = append(a.doc.Distribution, lst)
}

// credits reads 编辑：王晨晖 (several may share a line).
func (a *assembly) credits(i int) {
	t := a.text(i)
	roles, names := cue.Credits(a.d.Lines[i].Text)
	for k, r := range roles {
		name := span.SqueezeString(names[k])
		if name == "" {
			continue
		}
		j := strings.Index(t.String(), name)
		nt := t
		if j >= 0 {
			nt = t.Slice(j, j+len(name))
		}
		a.doc.Credits = append(a.doc.Credits, Credit{Role: r, Name: Field{Value: name, Text: nt, Rule: "credit"}})
	}
}

// printed reads a 公文's 印发 line: 平顶山市民政局办公室 2021年7月29日印发,
// where the office may stand on the line above.
func (a *assembly) printed(i int) {
	t := a.text(i)
	d := lastFullDate(t)
	if d == nil {
		return
	}
	d.Rule = "印发"
	a.printedDate = d
	var office *Field
	if who, ok := cue.AgencyAndDate(a.d.Lines[i].Text); ok && who != "" {
		who = span.SqueezeString(who)
		if k := strings.Index(t.String(), who); k >= 0 {
			office = &Field{Value: who, Text: t.Slice(k, k+len(who)), Rule: "印发机关"}
		}
	} else if p := a.prevLine(i); p >= 0 && a.roles[p] == cue.Footer && agency.Shapes(strings.TrimSpace(a.d.Lines[p].Text)) {
		office = a.field(p, a.d.Lines[p].Sq, "印发机关")
	}
	lst := List{Label: "印发", Text: t}
	if office != nil && a.printedBy == nil {
		a.printedBy = office
	}
	if office != nil {
		lst.Entries = []Field{*office}
		lst.Text = office.Text
	}
	a.doc.Distribution = append(a.doc.Distribution, lst)
}

// prevLine is the line before i that is not chrome, or -1.
func (a *assembly) prevLine(i int) int {
	for j := i - 1; j >= 0; j-- {
		if a.roles[j] != cue.Chrome {
			return j
		}
	}
	return -1
}
