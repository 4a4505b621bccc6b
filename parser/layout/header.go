package layout

import (
	"regexp"
	"strings"

	"bulletin/parser/chrono"
	"bulletin/parser/span"
)

// webInfo reads the information lines of a bureau's web page (索引号,
// 发布机构, 发布时间, 信息来源) and drops breadcrumbs. What they give is used
// only where the document itself prints no issuer or date.
func (a *analyzer) webInfo() {
	for i := range a.lines {
		l := &a.lines[i]
		if l.role != roleBody {
			continue
		}
		if breadcrumbRe.MatchString(prefix(l.sq, 48)) { // the label opens the line
			l.role = roleChrome
			continue
		}
		if len(l.Text) > 480 || !webInfoLineRe.MatchString(prefix(l.Text, 40)) {
			continue
		}
		locs := webInfoRe.FindAllStringSubmatchIndex(l.Text, -1)
		l.role = roleHeader
		for k, loc := range locs {
			end := len(l.Text)
			if k+1 < len(locs) {
				end = locs[k+1][0]
			}
			key := l.Text[loc[2]:loc[3]]
			val := strings.TrimSpace(l.Text[loc[1]:end])
			if val == "" {
				continue
			}
			f := Field{Value: squeeze(val), Text: span.Squeeze(val, l.Num), Rule: "web:" + key}
			switch key {
			case "发布机构", "发文机关", "发布单位":
				if a.webIssuer == nil || a.webIssuer.Rule == "web:信息来源" || a.webIssuer.Rule == "web:来源" {
					a.webIssuer = &f
				}
			case "信息来源", "来源":
				if a.webIssuer == nil && looksLikeAgency(f.Value) {
					a.webIssuer = &f
				}
			case "发布时间", "发布日期", "成文日期", "信息时间", "生成日期":
				if a.webDate == nil {
					if d := fullDate(f.Text); d != nil {
						d.Rule = f.Rule
						a.webDate = d
					}
				}
			case "文号":
				if m := docNumberRe.FindStringSubmatch(f.Value); m != nil && a.doc.DocNumber == nil {
					a.doc.DocNumber = &Field{Value: normDocNumber(m), Text: f.Text, Rule: f.Rule}
				}
			}
		}
	}
}

// header reads the top of the document: masthead or 发文机关标志, 第N期,
// 发文字号, issuer, issue date, a notice's title and 主送 line, and the table
// of contents. It stops at the first line of running text.
func (a *analyzer) header() {
	sawTitle := false
	for i := a.next(-1); i < len(a.lines); i = a.next(i) {
		l := &a.lines[i]
		if l.role == roleHeader {
			continue
		}
		if l.role != roleBody {
			continue
		}
		s := l.sq
		if contentsRe.MatchString(s) {
			l.role = roleHeader
			a.contents(i)
			return
		}
		if !atMostRunes(s, 60) || sentencePunct(s) && !recipientRe.MatchString(s) {
			return
		}
		switch {
		case secrecyRe.MatchString(s):
		case a.doc.DocNumber == nil && docNumberRe.MatchString(s) && atMostRunes(s, 39):
			m := docNumberRe.FindStringSubmatch(s)
			a.doc.DocNumber = a.field(i, normDocNumber(m), "发文字号")
		case a.doc.Issuer == nil && issuerMarkRe.MatchString(s) && !sawTitle:
			m := issuerMarkRe.FindStringSubmatch(s)
			a.doc.Issuer = a.field(i, m[1], "发文机关标志")
			a.noticeMark = true
		case a.doc.Title == nil && mastheadRe.MatchString(s) && !issueRe.MatchString(s):
			a.doc.Title = a.field(i, s, "masthead")
			sawTitle = true
		case issueRe.MatchString(s) || totalIssueRe.MatchString(s):
			a.issueLine(i)
		case a.headerDate(i):
		case a.doc.Title == nil && a.noticeTitle(i):
			sawTitle = true
		case sawTitle && a.doc.Kind == "" && recipientRe.MatchString(s) && a.noticeLike():
			a.recipients(i)
			l.role = roleHeader
			return
		case a.doc.Issuer == nil && looksLikeAgency(s) && !sentencePunct(s) && atMostRunes(s, 30):
			a.doc.Issuer = a.field(i, s, "editing office")
		default:
			return
		}
		l.role = roleHeader
	}
}

// secrecyRe matches marks of secrecy and urgency above a notice's title.
var secrecyRe = regexp.MustCompile(`^(特急|加急|急件|平急|特提|机密|秘密|绝密|内部资料.*|内部刊物.*|注意保存|签发人[:：].*|[★☆]+.*)$`)

func (a *analyzer) noticeLike() bool {
	return a.noticeMark || a.doc.DocNumber != nil || a.doc.Title != nil && noticeTitleRe.MatchString(a.doc.Title.Value)
}

// issueLine reads 第39期 and 总第N期, and an issuer and date printed on the
// same line.
func (a *analyzer) issueLine(i int) {
	s := a.lines[i].sq
	if m := issueRe.FindStringSubmatch(s); m != nil && a.doc.Issue == nil {
		a.doc.Issue = a.field(i, numberString(m[1]), "第N期")
	}
	if m := totalIssueRe.FindStringSubmatch(s); m != nil {
		a.doc.TotalIssue = a.field(i, numberString(m[1]), "总第N期")
	}
	a.headerDate(i)
}

// headerDate reads a line that holds a full date, alone or after the
// editing office (南阳市民政局办公室 2025年6月3日).
func (a *analyzer) headerDate(i int) bool {
	if a.doc.Date != nil {
		return false
	}
	t := a.text(i)
	s := t.String()
	for _, e := range chrono.Find(s, chrono.Ref{}) {
		if e.Kind != chrono.Day || e.YearFrom != "text" || e.EndValue != "" {
			continue
		}
		rest := strings.TrimSpace(s[e.End:])
		rest = strings.TrimSuffix(rest, "出版")
		rest = strings.TrimSuffix(rest, "编印")
		if rest != "" && rest != "印发" && rest != "编" {
			continue
		}
		before := strings.TrimSpace(s[:e.Start])
		before = strings.TrimSuffix(before, "编")
		if issueRe.MatchString(before) || totalIssueRe.MatchString(before) {
			before = strings.TrimSpace(issueRe.ReplaceAllString(totalIssueRe.ReplaceAllString(before, ""), ""))
		}
		if before != "" && !looksLikeAgency(before) {
			continue
		}
		a.doc.Date = &DateField{Field: Field{Value: e.Value, Text: t.Slice(e.Start, e.End), Rule: "issue date"}, Expr: e}
		if before != "" && a.doc.Issuer == nil {
			k := strings.Index(s, before)
			a.doc.Issuer = &Field{Value: before, Text: t.Slice(k, k+len(before)), Rule: "editing office"}
		}
		return true
	}
	return false
}

// noticeTitle reads a notice's title, joining up to three lines where it
// wraps (平顶山市民政局关于加快推进 / 养老服务重点任务落实的通知).
func (a *analyzer) noticeTitle(i int) bool {
	idx := []int{i}
	joined := a.lines[i].sq
	for k, j := 0, i; ; k++ {
		if noticeTitleRe.MatchString(joined) {
			for _, x := range idx {
				a.lines[x].role = roleHeader
			}
			a.doc.Title = &Field{Value: joined, Text: a.text(idx...), Rule: "notice title"}
			a.noticeTitled = true
			return true
		}
		if k == 3 {
			return false
		}
		j = a.next(j)
		if k == 0 && !strings.Contains(joined, "关于") && a.lines[i].Heading == 0 &&
			!(j < len(a.lines) && strings.HasPrefix(a.lines[j].sq, "关于") && looksLikeAgency(joined)) {
			return false // neither 关于… nor an issuing body above 关于…
		}
		if j >= len(a.lines) || !atMostRunes(a.lines[j].sq, 40) || sentencePunct(a.lines[j].sq) {
			return false
		}
		idx = append(idx, j)
		joined += a.lines[j].sq
	}
}

// recipients reads the 主送 line: 各县（市、区）民政局：
func (a *analyzer) recipients(i int) {
	s := strings.TrimRight(a.lines[i].sq, "：:")
	t := a.text(i)
	for _, part := range splitList(s) {
		k := strings.Index(t.String(), part)
		a.doc.Recipients = append(a.doc.Recipients, Field{Value: part, Text: t.Slice(k, k+len(part)), Rule: "主送"})
	}
}

// contents reads the table of contents that follows 本期内容: section
// markers and item titles, up to the line where the body repeats the first
// section marker or running text begins.
func (a *analyzer) contents(start int) {
	seen := map[string]bool{}
	section := ""
	for i := a.next(start); i < len(a.lines); i = a.next(i) {
		l := &a.lines[i]
		s := strings.TrimSpace(tocLeader.ReplaceAllString(l.sq, ""))
		if seen[s] || !atMostRunes(s, 80) || sentencePunct(s) && !strings.ContainsAny(s, "“《") {
			return
		}
		if l.Indent > 0 && len(a.doc.Contents) > 0 && isDateLed(s) {
			return
		}
		seen[s] = true
		l.role = roleContents
		if name, ok := sectionName(s); ok {
			section = name
			continue
		}
		a.doc.Contents = append(a.doc.Contents, Entry{Section: section, Title: Field{Value: stripEnumerator(s), Text: a.text(i), Rule: "contents"}})
	}
}

// tocLeader is the run of dots and the page number after a contents entry.
var tocLeader = regexp.MustCompile(`[.·…．]{2,}\s*\d*$|\s+\d{1,3}$`)

// sectionName reports whether s is a bulletin section marker, and its name.
func sectionName(s string) (string, bool) {
	marked := strings.ContainsRune("●◆■★▲◎□◇※▶►【", firstRune(s))
	if len(s) > 100 || len(s) > 36 && !marked {
		return "", false // a marker is short, or opens with its mark
	}
	if !marked {
		if sectionWordRe.MatchString(s) { // 简讯, 工作动态
			return strings.ReplaceAll(s, " ", ""), true
		}
		return "", false
	}
	if m := sectionMarkRe.FindStringSubmatch(s); m != nil {
		name := m[1]
		if name == "" {
			name = m[2]
		}
		if !sentencePunct(name) && atMostRunes(name, 16) {
			return strings.TrimSpace(name), true
		}
	}
	return "", false
}

// normDocNumber writes a 发文字号 with 〔〕 brackets: 平民〔2021〕54号.
func normDocNumber(m []string) string {
	return m[1] + "〔" + m[2] + "〕" + m[3] + "号"
}

// fullDate reads the first full date of t.
func fullDate(t span.Text) *DateField {
	for _, e := range chrono.Find(t.String(), chrono.Ref{}) {
		if e.Kind == chrono.Day && e.YearFrom == "text" {
			return &DateField{Field: Field{Value: e.Value, Text: t.Slice(e.Start, e.End)}, Expr: e}
		}
	}
	return nil
}

// splitList splits a list of names at 、，；, and at spaces.
func splitList(s string) []string {
	var out []string
	depth := 0
	cur := strings.Builder{}
	flush := func() {
		v := strings.Trim(strings.TrimSpace(cur.String()), "。.")
		if v != "" {
			out = append(out, v)
		}
		cur.Reset()
	}
	for _, r := range s {
		switch r {
		case '（', '(':
			depth++
		case '）', ')':
			if depth > 0 {
				depth--
			}
		}
		if depth == 0 && (r == '、' || r == '，' || r == ',' || r == '；' || r == ';' || r == ' ') {
			flush()
			continue
		}
		cur.WriteRune(r)
	}
	flush()
	return out
}

func numberString(s string) string {
	if s == "" {
		return s
	}
	if s[0] >= '0' && s[0] <= '9' {
		return strings.TrimLeft(s, "0")
	}
	if v, ok := chineseNumber(s); ok {
		return v
	}
	return s
}

// prefix is the first n bytes of s, cut at a character boundary.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}
