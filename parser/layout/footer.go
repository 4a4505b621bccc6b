package layout

import "strings"

// footer reads the lists and credits at the foot of an issue: 报/送/发/抄送
// lists (with their continuation lines), 编辑/核稿/审核 credits, 共印N份, and a
// notice's 印发 line with its 印发机关.
func (a *analyzer) footer() {
	for i := 0; i < len(a.lines); i++ {
		l := &a.lines[i]
		if l.role != roleBody {
			continue
		}
		s := l.sq
		if len(s) > 900 {
			continue // a footer line is short
		}
		head := prefix(s, 24)
		switch {
		case listLabelRe.MatchString(head) && atMostRunes(s, 299):
			a.list(i)
		case creditAtStart(head) && atMostRunes(s, 79):
			a.credits(i)
		case copiesRe.MatchString(s):
			l.role = roleFooter
		case printedLine(s) && atMostRunes(s, 49):
			a.printed(i)
		}
	}
}

// list reads a labelled list and the lines it runs on to.
func (a *analyzer) list(i int) {
	idx := []int{i}
	joined := a.lines[i].sq
	for k := a.next(i); k < len(a.lines) && len(idx) < 4; k = a.next(k) {
		n := a.lines[k]
		if n.role != roleBody || strings.HasSuffix(joined, "。") || listLabelRe.MatchString(n.sq) || creditRe.MatchString(n.sq) || printedLine(n.sq) {
			break
		}
		idx = append(idx, k)
		joined += n.sq
	}
	for _, k := range idx {
		a.lines[k].role = roleFooter
	}
	t := a.text(idx...)
	m := listLabelRe.FindStringSubmatchIndex(t.String())
	label := t.String()[m[2]:m[3]]
	rest := t.Slice(m[1], t.Len())
	lst := List{Label: label, Text: t}
	for _, part := range splitList(strings.TrimRight(rest.String(), "。.")) {
		k := strings.Index(rest.String(), part)
		lst.Entries = append(lst.Entries, Field{Value: part, Text: rest.Slice(k, k+len(part)), Rule: label})
	}
	if label == "主送" {
		a.doc.Recipients = append(a.doc.Recipients, lst.Entries...)
		return
	}
	a.doc.Distribution = append(a.doc.Distribution, lst)
}

// credits reads 编辑：王晨晖 (several may share a line).
func (a *analyzer) credits(i int) {
	a.lines[i].role = roleFooter
	t := a.text(i)
	s := t.String()
	locs := creditRe.FindAllStringSubmatchIndex(s, -1)
	for k, loc := range locs {
		end := len(s)
		if k+1 < len(locs) {
			end = locs[k+1][0]
		}
		name := strings.TrimSpace(s[loc[1]:end])
		if name == "" {
			continue
		}
		a.doc.Credits = append(a.doc.Credits, Credit{
			Role: strings.ReplaceAll(s[loc[2]:loc[3]], " ", ""),
			Name: Field{Value: name, Text: t.Slice(loc[1], end), Rule: "credit"},
		})
	}
}

// printed reads a notice's 印发 line: 平顶山市民政局办公室 2021年7月29日印发,
// where the office may stand on the line above.
func (a *analyzer) printed(i int) {
	t := a.text(i)
	d := fullDate(t)
	if d == nil {
		return
	}
	a.lines[i].role = roleFooter
	d.Rule = "印发"
	a.printedDate = d
	before := strings.TrimSpace(t.String()[:d.Expr.Start])
	var office *Field
	if before != "" && looksLikeAgency(before) {
		office = &Field{Value: before, Text: t.Slice(0, len(before)), Rule: "印发机关"}
	} else if p := a.prev(i); p >= 0 && a.lines[p].role == roleBody && looksLikeAgency(a.lines[p].sq) {
		a.lines[p].role = roleFooter
		office = a.field(p, a.lines[p].sq, "印发机关")
	}
	lst := List{Label: "印发", Text: t}
	if office != nil {
		lst.Entries = []Field{*office}
		lst.Text = office.Text
	}
	a.doc.Distribution = append(a.doc.Distribution, lst)
}

// prev returns the index of the line before i that is not blank, or -1.
func (a *analyzer) prev(i int) int {
	for j := i - 1; j >= 0; j-- {
		if a.lines[j].role != roleBlank && a.lines[j].role != roleChrome && !a.lines[j].Rule {
			return j
		}
	}
	return -1
}

// closing takes out what follows a notice's sections: contact lines, the
// 附件 list, the signature and 成文日期, and the attachments themselves.
func (a *analyzer) closing() {
	inAttachment := false
	var attach []int
	flush := func() {
		if len(attach) > 0 {
			a.doc.Passages = append(a.doc.Passages, Passage{Role: "attachment", Text: a.text(attach...)})
			attach = nil
		}
	}
	for i := 0; i < len(a.lines); i++ {
		l := &a.lines[i]
		if l.role == roleBody && attachHeadRe.MatchString(l.sq) {
			flush()
			inAttachment = true
			l.role = roleAttachment
			continue
		}
		if l.role != roleBody {
			continue
		}
		if !inAttachment && !closingCue(l.sq) {
			a.signature(i)
			continue
		}
		switch {
		case inAttachment:
			l.role = roleAttachment
			attach = append(attach, i)
		case contactRe.MatchString(l.sq) && atMostRunes(l.sq, 119):
			l.role = roleClosing
			a.closingLines = append(a.closingLines, i)
		case attachListRe.MatchString(l.sq):
			a.attachmentList(i)
		default:
			a.signature(i)
		}
	}
	flush()
	if len(a.closingLines) > 0 {
		a.doc.Passages = append(a.doc.Passages, Passage{Role: "closing", Text: a.text(a.closingLines...)})
	}
}

// attachmentList reads 附件：1. 平顶山市养老服务重点任务清单 and the numbered
// lines under it.
func (a *analyzer) attachmentList(i int) {
	a.lines[i].role = roleClosing
	add := func(k int, s string) {
		idx := ""
		if m := numEnumRe.FindStringSubmatch(s); m != nil {
			idx = m[1]
		}
		title := stripEnumerator(s)
		if title == "" {
			return
		}
		t := a.text(k)
		j := strings.Index(t.String(), title)
		if j < 0 {
			j = 0
		}
		a.doc.Attachments = append(a.doc.Attachments, Attachment{Index: idx, Title: Field{Value: title, Text: t.Slice(j, t.Len()), Rule: "附件"}})
	}
	add(i, strings.TrimSpace(attachListRe.FindStringSubmatch(a.lines[i].sq)[1]))
	for k := a.next(i); k < len(a.lines) && a.lines[k].role == roleBody && numEnumRe.MatchString(a.lines[k].sq) && !sentencePunct(a.lines[k].sq); k = a.next(k) {
		a.lines[k].role = roleClosing
		add(k, a.lines[k].sq)
	}
}

// signature reads the 成文日期 of a notice, a line holding only a full date,
// and the issuing body printed on the line above it.
func (a *analyzer) signature(i int) {
	s := a.lines[i].sq
	if len(s) > 90 || !strings.HasSuffix(s, "日") && !endsWithDigit(s) {
		return // a date line ends in 日 (or a digit: 2025.6.3)
	}
	d := fullDate(a.text(i))
	if d == nil || d.Expr.Start != 0 || d.Expr.End != len(s) {
		return
	}
	if a.doc.Date != nil && a.doc.Date.Text.Lines().First == a.lines[i].Num {
		return
	}
	a.lines[i].role = roleClosing
	d.Rule = "成文日期"
	a.signDate = d
	if p := a.prev(i); p >= 0 && a.lines[p].role == roleBody && looksLikeAgency(a.lines[p].sq) {
		a.lines[p].role = roleClosing
		a.doc.Signer = a.field(p, a.lines[p].sq, "署名")
	}
}

func creditAtStart(s string) bool {
	if !strings.ContainsRune("责主编核审签校排撰供摄", firstRune(s)) {
		return false
	}
	loc := creditRe.FindStringIndex(s)
	return loc != nil && loc[0] == 0
}

// closingCue tells whether a line can open a closing part at all: a contact
// label, 附件, or a bracket around one.
func closingCue(s string) bool {
	r := firstRune(s)
	return strings.ContainsRune("联电邮传地附（(", r)
}
