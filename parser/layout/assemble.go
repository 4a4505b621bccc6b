package layout

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/chrono"
	"bulletin/parser/layout/cue"
	"bulletin/parser/lexicon"
	"bulletin/parser/punct"
	"bulletin/parser/span"
)

// assembly reads a Document off labelled lines. It is a function of the
// lines and their roles alone: every decision about what a line is was
// made by the decoder.
type assembly struct {
	d     *cue.Doc
	roles []cue.Role
	zones []int
	prof  int // the profile the lines were decoded under, or -1
	doc   *Document

	webIssuer   *Field     // 发布机构 or 来源 of a saved web page
	webDate     *DateField // 发布时间 of a saved web page, or a bare timestamp
	dayLine     *DateField // a date with its weekday over the text (2018年12月10日 星期一)
	webTitle    *Field     // 标题 of a saved web page's information grid
	matterTitle *Field     // 事项名称 of a service guide's grid
	printedDate *DateField // the 印发 date
	printedBy   *Field     // the office the 印发 line names
	numberDate  *DateField // the date printed beside the 发文字号
	titleDate   *DateField // the date printed in brackets under the title
	signDate    *DateField // the 成文日期 of the 落款
	markIssuer  bool       // the issuer came from a 发文机关标志
	headLabel   int        // a label alone in the headline's place (附件1, 当前位置), or -1
	issued      int        // the line that prints the title of the document a notice issues, where the notice took it (issuedDocument), or -1
	stacked     bool       // the title runs were joined as a headline set as a stack of short lines (stackedHeadline)
	cutRow      int        // the line (its number) joinCutRow joined to the last grid as a row a copy cut off, or 0
	carried     int        // 1 + the line carriedOn took as the end of a headline wrapped on to it, or 0

	wrapWidth float64 // the narrowest line the body wraps at, once measured (wrapWidthOf)
}

// wrapWidthOf is the width the document's running text wraps at, where
// the cues measured one; else the width of the narrowest body line that
// runs on into the next (it ends no sentence and body follows): a line
// narrower than that did not wrap. Where no body line is seen to wrap, it
// is the width of the widest line of the text, body or heading: only a
// line that wide may have wrapped. The measured wrap comes first: one
// line of a wrapped text that broke early (at a figure, at a page's end)
// is narrower than the wrap, and headings as wide were read as wrapped.
func (a *assembly) wrapWidthOf() float64 {
	if a.wrapWidth == 0 && a.d.Wrap > 0 {
		a.wrapWidth = a.d.Wrap
	}
	if a.wrapWidth == 0 {
		wrapped, widest := math.Inf(1), 0.0
		for i, r := range a.roles {
			if r != cue.Body && r != cue.Heading {
				continue
			}
			w := cue.Width(a.d.Lines[i].Text)
			widest = max(widest, w)
			if r == cue.Body && i+1 < len(a.roles) && a.roles[i+1] == cue.Body && !cue.EndsSentence(a.d.Lines[i].Sq) && !a.d.Break(i+1) {
				wrapped = min(wrapped, w)
			}
		}
		a.wrapWidth = wrapped
		if math.IsInf(wrapped, 1) {
			a.wrapWidth = widest
		}
	}
	return a.wrapWidth
}

// fullerHeadline is the line above idx whose words are idx's after a
// body's name, where one stands: a copy of a page prints the headline
// again over the text with its issuer cut off or masked (会东县民政局2024年
// 度…公告 / ****2024年度…公告); the headline printed whole names the text,
// its issuer with it. A title of its own under the page's (关于…的通告
// under 某市民政局关于…的通告) is the document's, and stays.
func (a *assembly) fullerHeadline(idx []int) []int {
	if len(idx) != 1 {
		return idx
	}
	v := strings.TrimLeft(span.SqueezeString(a.text(idx...).String()), "*")
	if v == "" || strings.Contains(v, "关于") {
		return idx // 关于…的通告 under 某市民政局关于…的通告: the document's own title
	}
	for j := 0; j < idx[0]; j++ {
		w := span.SqueezeString(a.text(j).String())
		if issuer, ok := strings.CutSuffix(w, v); ok && issuer != "" && agency.Shape(issuer) {
			a.relabel(j, cue.Title)
			a.relabel(idx[0], cue.Chrome)
			return []int{j}
		}
	}
	return idx
}

// citedTitleLine reports whether the original line num holds a title in
// 《》, as a text cites another's.
func (a *assembly) citedTitleLine(num int) bool {
	i := a.lineOfNum(num)
	return i >= 0 && strings.HasPrefix(strings.TrimSpace(a.d.Lines[i].Sq), "《")
}

func assemble(d *cue.Doc, lab labelling) *Document {
	a := &assembly{d: d, roles: lab.roles, zones: lab.zones, prof: lab.profile, doc: &Document{}, issued: -1}
	if lab.profile >= 0 {
		a.doc.Kind = profiles[lab.profile].kind
		a.doc.Profile = profiles[lab.profile].name
	} else {
		a.doc.Kind = Article
	}
	for i, l := range d.Lines {
		a.doc.Lines = append(a.doc.Lines, Labelled{Num: l.Num, Part: l.Part, Text: l.Text, Role: a.roles[i]})
	}
	a.contentsHeads()
	a.pastSiteFoot()
	a.stampHeadings()
	a.head()
	a.issuedUnderSeal()
	a.signersAtEnd()
	a.embeddedTitles()
	a.footInfo()
	a.brokenSentences()
	a.repostFoot()
	a.linksUnderText()
	a.headPrintedAgain()
	a.bracketedNotes()
	a.bylinesInText()
	a.bulletinHeadings()
	a.rulesTitles()
	a.issuedText()
	a.preambleHeadings()
	a.guideLabels()
	a.outerHeadings()
	a.countedParts()
	a.coupletParts()
	a.attachedBelowList()
	a.factHeadings()
	a.placeRoundup()
	// Grids whose cells the decoder read as headings or text are the
	// tables' before the text's parts are read: a table is no item.
	a.blankCellHeads()
	a.placeListHeads()
	a.headingsMarked(a.gluedSerialGrids)
	a.namesEntries()
	a.creditTails()
	a.bracketedLines()
	a.dashLines()
	a.headAtFoot()
	a.titleAgain()
	a.joinCutRow(a.runs(cue.Table))
	a.gridHeadCells()
	a.strayHeading()
	a.tailHeadings()
	a.numberedSiblings()
	a.contactBlock()
	drafts := a.items()
	a.tables()
	a.closing()
	a.foot()
	a.captionPassage()
	drafts = a.reconcileContents(drafts)
	for _, dr := range drafts {
		a.doc.Items = append(a.doc.Items, dr.item())
	}
	for k, r := range TableReach(a.doc) {
		a.doc.Items[k].Reach = r
	}
	a.finish(lab)
	return a.doc
}

// zoneOf is the name of the zone of its profile that line i was decoded
// in, "" where no profile fit or the line stood in none (furniture the
// decoder set aside, which the assembly may read again).
func (a *assembly) zoneOf(i int) string {
	if a.prof < 0 || i >= len(a.zones) || a.zones[i] < 0 {
		return ""
	}
	return profiles[a.prof].zones[a.zones[i]].name
}

// relabel gives line i the role r that the assembly read, in the record's
// lines too.
func (a *assembly) relabel(i int, r cue.Role) {
	a.roles[i] = r
	a.doc.Lines[i].Role = r
}

// text builds a Text from the given lines, joined.
func (a *assembly) text(idx ...int) span.Text {
	var b span.Builder
	n := 0
	for _, i := range idx {
		n += len(a.d.Lines[i].Text)
	}
	b.Grow(n + 1)
	for _, i := range idx {
		b.AddLine(a.d.Lines[i].Text, a.d.Lines[i].Num)
	}
	return b.Text()
}

// field makes a Field of one line.
func (a *assembly) field(i int, value, rule string) *Field {
	return &Field{Value: value, Text: a.text(i), Rule: rule}
}

// runs groups the indices of the lines with role r into runs of lines
// that follow each other, chrome between them aside.
func (a *assembly) runs(r cue.Role) [][]int {
	var out [][]int
	var cur []int
	for i, x := range a.roles {
		switch {
		case x == r:
			cur = append(cur, i)
		case x == cue.Chrome:
		default:
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func (a *assembly) warn(line int, code, msg string) {
	a.doc.Warnings = append(a.doc.Warnings, Warning{Line: line, Code: code, Message: msg})
}

// noticeTitle keeps, of the title lines idx, those that read together as
// a notice's title where some do: a web page prints its own headline above
// the notice's title (淮安市民政局:取消…! / 关于取消…的通告), and the
// title is the notice's (GOLD.md); a news app's channel tag under it
// (关于…的通知! / 民生) is none of its words.
func (a *assembly) noticeTitle(idx []int) []int {
	start := -1
	for k, i := range idx {
		if a.d.TitleRun(i) {
			start = k
			break
		}
	}
	if start < 0 {
		return idx
	}
	end := start
	for end+1 < len(idx) && a.d.TitleRun(idx[end+1]) {
		end++
	}
	return idx[start : end+1]
}

// headlineOverText gives the title to the headline printed right over the
// text's first paragraph where it prints again lines of the head other
// than the title: an e-paper lists the page's articles in its head (标题
// 导航), and the one the page shows stands again over its text. The list's
// lines that were read as the title are its chrome.
func (a *assembly) headlineOverText() {
	if a.doc.Title == nil {
		return
	}
	first := slices.Index(a.roles, cue.Body)
	if first < 0 {
		return
	}
	var lines []int
	for i := first - 1; i >= 0; i-- {
		r := a.roles[i]
		if r == cue.Chrome && len(lines) == 0 {
			continue
		}
		if r != cue.Heading && r != cue.Title || !a.headlineShaped(i) {
			break
		}
		k := a.d.FirstAt(i)
		if k >= i || a.roles[k] != cue.Title && a.roles[k] != cue.Header && a.roles[k] != cue.Chrome {
			return // no copy of a head line (a contents entry's is the contents')
		}
		if k == i-1 {
			return // a caption printed under each of two photos (调研现场 / 调研现场): no headline
		}
		lines = append([]int{i}, lines...)
	}
	if len(lines) == 0 {
		return
	}
	t := a.text(lines...)
	if v := span.SqueezeString(a.doc.Title.Value); strings.Contains(v, span.SqueezeString(strings.Trim(t.String(), " |"))) {
		return // the title printed again
	}
	for i, r := range a.roles {
		if r == cue.Title && i < lines[0] {
			a.relabel(i, cue.Chrome)
		}
	}
	for _, i := range lines {
		a.relabel(i, cue.Title)
	}
	a.doc.Title = &Field{Value: t.String(), Text: t, Rule: "headline over the text"}
}

// columnNamed reports whether a run of title lines closes on a column's
// name (要闻速递, 省外经验): a site prints the column it is in as large as
// a headline, over the trail that closes on it and the information line.
func (a *assembly) columnNamed(run []int) bool {
	last := run[len(run)-1]
	s := a.d.Lines[last].Sq
	if _, ok := cue.SectionName(s); ok {
		return true
	}
	for i := last + 1; i < len(a.roles) && a.roles[i] == cue.Chrome; i++ {
		if t := a.d.Lines[i].Sq; cue.IsBreadcrumb(t) && cue.TrailEnd(t) == s {
			return true
		}
	}
	return false
}

// bulletedField reports whether a run of lines is one information line
// behind a list bullet (• 索 引 号:43060000/2014-09823).
func (a *assembly) bulletedField(run []int) bool {
	if len(run) != 1 {
		return false
	}
	s := a.d.Lines[run[0]].Sq
	rest := cue.TrimBullet(s)
	if len(rest) == len(s) {
		return false
	}
	fs := cue.InfoFields(rest)
	return len(fs) > 0 && fs[0].Start == 0
}

// head reads the title, the header fields, the 主送 line and the table of
// contents.
func (a *assembly) head() {
	ts := a.runs(cue.Title)
	a.headLabel = -1
	for _, r := range runTrims {
		ts = r.trim(a, ts)
	}
	if i, v := a.headlineBeforeFields(); i >= 0 && (len(ts) == 0 || ts[0][len(ts[0])-1] < i && (!a.overInfo(a.overInfoPart(ts[0])) || a.columnNamed(ts[0]))) {
		// The headline on the information line outranks title lines above
		// it that stand over no information line (a site's bar), or that
		// close on a column's name (要闻速递 over the trail).
		for _, run := range ts {
			for _, j := range run {
				a.relabel(j, cue.Chrome)
			}
		}
		ts = nil
		a.doc.Title = &Field{Value: v, Text: a.text(i).Slice(0, len(v)), Rule: "headline before the information fields"}
	}
	if len(ts) > 0 {
		idx := a.nearTextPart(a.overInfoPart(ts[0]))
		for _, r := range lineTrims {
			idx = r.trim(a, idx)
		}
		idx = a.fullerHeadline(idx)
		t := a.text(idx...)
		// A page's cell bars are no words, nor a list's bullet before a
		// headline (• 台儿庄区民政局召开…), nor the colon a page may close
		// a title with (…的通告:).
		v := strings.Trim(cue.TrimBullet(t.String()), " |")
		v = strings.TrimRight(v[:cue.SharePrompt(v)], "：: ")
		if inner, ok := strings.CutPrefix(v, "《"); ok && strings.HasSuffix(inner, "》") && !strings.ContainsAny(strings.TrimSuffix(inner, "》"), "《》") {
			v = strings.TrimSuffix(inner, "》") // the title in book-title marks, as a page may print it
		}
		// A collection's label of the part (第一篇:…) names no text; nor
		// does a share link run into the headline (https://…关注:).
		// Nor does a column's name a site runs into a notice's title
		// (世界要闻:某中心关于…的公告).
		v = v[cue.PartLabel(v):]
		v = v[cue.ShareLead(v):]
		v = v[cue.ColumnLead(v):]
		v = v[:a.linkAfterHeadline(t, idx, v)]
		v = v[:a.carriedCut(v)]
		rule := "headline"
		switch {
		case a.doc.Kind == Bulletin:
			rule = "masthead"
			v = cue.MastheadName(v)
		case a.doc.Kind == Notice:
			rule = "notice title"
		}
		if v != "" {
			k := strings.Index(t.String(), v)
			a.doc.Title = &Field{Value: v, Text: t.Slice(k, k+len(v)), Rule: rule}
		}
	}
	if a.doc.Title == nil {
		a.readHeadline()
	}
	a.headlineOverText()
	var head []int
	for i, r := range a.roles {
		switch r {
		case cue.Header:
			a.headerField(i)
		case cue.Recipient:
			if !a.recipientGoesOn(i) {
				a.recipients(a.recipientRun(i))
			}
		}
		if r == cue.Title || r == cue.Header || r == cue.Recipient || a.repeatsTitle(i) {
			head = append(head, i)
		}
	}
	// The header's lines are facts too: the bodies and dates they name.
	if len(head) > 0 {
		a.doc.Passages = append(a.doc.Passages, Passage{Role: "header", Text: a.headLines(head)})
	}
	a.contents()
}

// linkAfterHeadline is where the headline v, read from the title lines
// idx (text t), ends when the page printed a link of its menu after it,
// apart by white space (惠民殡葬补贴 建言献策), and printed the headline
// alone again under it (惠民殡葬补贴): the words the two share; len(v)
// where no head line under the title prints v's start alone so.
func (a *assembly) linkAfterHeadline(t span.Text, idx []int, v string) int {
	if len(idx) != 1 || strings.Index(t.String(), v) != 0 {
		return len(v) // a title over lines: a second copy may wrap it anew
	}
	for j := idx[len(idx)-1] + 1; j < len(a.roles) && (a.roles[j] == cue.Header || a.roles[j] == cue.Chrome); j++ {
		h := strings.TrimSpace(a.d.Lines[j].Sq)
		if h == "" || len(h) >= len(v) || !strings.HasPrefix(v, h) || leavesOpen(h) {
			continue // a line that leaves its phrase open (关于…的) is no headline whole
		}
		if tail := strings.TrimSpace(v[len(h):]); j+1 < len(a.d.Lines) && strings.HasPrefix(a.d.Lines[j+1].Sq, tail) {
			continue // the copy under it wraps the whole title anew (…管理的 / 通告)
		}
		for _, g := range t.Gaps() {
			if g == len(h) {
				return len(h)
			}
		}
	}
	return len(v)
}

// issuerOverTitle reads the issuing bodies printed on a title's line of
// their own over its 关于… (中共湖州市委  湖州市人民政府 / 关于…的实施意见,
// read as the page's headline printed again), where the headline gave the
// title without them: the first. Co-issuers stacked a line each over it
// (某县民政局 / 某县公安局 / … / 关于…的通告) name the leading body first
// (GB/T 9704-2012 §7.2.4: 主办机关 first), so the stack is read from its top.
func (a *assembly) issuerOverTitle() *Field {
	for i, r := range a.roles {
		j := i + 1
		if r != cue.Title || j >= len(a.roles) || !a.d.TitleRun(j) || !strings.HasPrefix(a.d.Lines[j].Sq, "关于") {
			continue
		}
		for i > 0 && a.roles[i-1] == cue.Title && agency.Shapes(strings.TrimSpace(a.d.Lines[i-1].Text)) && agency.Shapes(strings.TrimSpace(a.d.Lines[i].Text)) {
			i--
		}
		t := a.text(i)
		if raw := strings.TrimSpace(a.d.Lines[i].Text); agency.Shapes(raw) {
			name := span.SqueezeString(strings.Fields(raw)[0])
			if k := strings.Index(t.String(), name); k >= 0 {
				return &Field{Value: name, Text: t.Slice(k, k+len(name)), Rule: "title"}
			}
		}
	}
	return nil
}

// issuerOverTitleHalf reads the body a document prints on a line of its own
// over the rest of its title, where the page's headline joins the two
// (重庆市某区民政局2024年…年度报告 over 重庆市某区民政局 / 2024年…年度报告):
// the body that authors the document the rest names, printed as a
// masthead prints it.
func (a *assembly) issuerOverTitleHalf(title string) *Field {
	for i := 0; i+1 < len(a.roles); i++ {
		s, rest := a.d.Lines[i].Sq, a.d.Lines[i+1].Sq
		if s == "" || len(s)+len(rest) != len(title) || !strings.HasPrefix(title, s) || !strings.HasSuffix(title, rest) {
			continue
		}
		// The rest names a document (…年度报告), not what the body did
		// (某会 / 扎实做好…工作: a report's subject, no author).
		if !agency.Shape(s) || a.roles[i] == cue.Body || !cue.EndsWithKind(rest) {
			return nil
		}
		return &Field{Value: s, Text: a.text(i), Rule: "title"}
	}
	return nil
}

// spacedTitle is t with a space again at each gap the squeezing took out
// (国家发展改革委 民政部 财政部关于…): a title's co-issuers printed apart,
// which agency.First reads. A line break alone parts none: a long name
// may wrap.
func spacedTitle(t span.Text) string {
	s := t.String()
	cuts := t.Gaps()
	for _, k := range t.Breaks() {
		// A line that ends with a body's whole name parts it from the
		// next as a space does, where the next opens with a place of its
		// own (中共某市委 / 某市人民政府关于…): co-issuers stacked a line
		// each. A unit under it (某市民政局 / 社会事务科关于…) is its name's.
		if k > 0 && k < len(s) && agency.Shapes(s[lastCut(cuts, k):k]) && agency.HasLocality(s[k:]) {
			cuts = append(cuts, k)
		}
	}
	slices.Sort(cuts)
	var b strings.Builder
	last := 0
	for _, g := range slices.Compact(cuts) {
		b.WriteString(s[last:g])
		b.WriteByte(' ')
		last = g
	}
	b.WriteString(s[last:])
	return b.String()
}

// lastCut is the last of cuts before k, or 0.
func lastCut(cuts []int, k int) int {
	c := 0
	for _, g := range cuts {
		if g < k && g > c {
			c = g
		}
	}
	return c
}

// placeOnly reports whether a field's value names a division alone (四铺镇,
// 湘西州龙山县), no body of it.
func placeOnly(v string) bool { return agency.Division(v) && !agency.Shape(v) }

// leavesOpen reports whether a headline's line leaves its phrase open
// for the next line: a bracket it does not close, a clause mark or a
// word that joins (、, ——, 的, 和) at its end, or a body's name alone
// over what it did.
func leavesOpen(s string) bool {
	depth := 0
	for _, r := range s {
		depth += punct.Bracket(r)
	}
	if depth > 0 || agency.Shapes(s) {
		return true
	}
	return cue.JoinEnd(s)
}

// paragraphPerLine reports whether the document sets each paragraph of
// its text on a line of its own, as a saved page does: it wraps none,
// and two or more of its body lines, each but the document's last ends a
// sentence.
func (a *assembly) paragraphPerLine() bool {
	if a.d.Wrap != 0 {
		return false
	}
	n := 0
	for i, r := range a.roles {
		if r != cue.Body {
			continue
		}
		if n++; i+1 < len(a.roles) && !cue.EndsSentence(a.d.Lines[i].Sq) {
			return false
		}
	}
	return n > 1
}

// endsBefore reports whether s ends a sentence (。！？) before its last
// words: sentences, where a headline is one phrase.
func endsBefore(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), punct.SentenceEnds+"…”」")
	return strings.ContainsAny(s, punct.SentenceEnds)
}

// overInfo reports whether the run of title lines is a headline, no
// sentence ended in it, standing right over a web page's information
// line, chrome aside.
func (a *assembly) overInfo(run []int) bool {
	for _, i := range run {
		if strings.ContainsAny(a.d.Lines[i].Sq, punct.SentenceEnds) {
			return false
		}
	}
	for i := run[len(run)-1] + 1; i < len(a.roles); i++ {
		if a.roles[i] == cue.Chrome {
			continue
		}
		l := a.d.Lines[i]
		if a.roles[i] != cue.Header {
			return false
		}
		_, stamped := cue.Timestamp(l.Text)
		return len(cue.InfoFields(l.Text)) > 0 || stamped || a.d.Info(i)
	}
	return false
}

// headlineOverInfo is the header line after line from that stands right
// over the information line or the lead, worded as a headline (words of
// their own, no sentence, no field, no column's label, no body's name, no
// source), or -1.
func (a *assembly) headlineOverInfo(from int) int {
	for i := from + 1; i < len(a.roles); i++ {
		switch a.roles[i] {
		case cue.Chrome:
			continue
		case cue.Header:
		default:
			return -1
		}
		s := a.d.Lines[i].Sq
		if len(cue.InfoFields(a.d.Lines[i].Text)) > 0 || a.d.Info(i) {
			return -1 // the information line, no headline over it
		}
		if !a.headlineShaped(i) || !cue.TitleLongEnough(s) || agency.Shapes(s) || sourceNamed(s) {
			continue // a 发文字号, a timestamp, a body's name, 本文转自:石家庄日报 …
		}
		if _, column := cue.SectionName(s); column {
			continue
		}
		// A line set apart from the lines above it, over a lead that opens
		// with the day, heads the report as well (聚合…新闻 / 某网与您… /
		// (blank) / 某县开展…检查工作 / 1月21日,…): the site's slogan
		// stands above.
		if a.overInfo([]int{i}) || a.leadUnder(i) || a.d.Break(i) && a.datedLeadUnder(i) {
			return i
		}
	}
	return -1
}

// sourceNamed reports whether s is a label and a colon before a medium's
// or a body's name: a line that says where the text came from.
func sourceNamed(s string) bool {
	k := strings.IndexAny(s, "：:")
	if k <= 0 {
		return false
	}
	v := strings.TrimLeft(s[k:], "：: ")
	return v != "" && (cue.Medium(v) || agency.Shapes(v))
}

// leadUnder reports whether the line after line i opens a report's lead
// with its outlet's dateline (信阳消息(蒋彬)…, 本报讯…), which a paper
// prints right under the headline.
func (a *assembly) leadUnder(i int) bool {
	j := a.nextLine(i)
	return j >= 0 && a.roles[j] == cue.Body && cue.OutletLead(a.d.Lines[j].Sq)
}

// datedLeadUnder reports whether the line after line i opens a report's
// lead with the day it tells of (1月21日,副县长…).
func (a *assembly) datedLeadUnder(i int) bool {
	j := a.nextLine(i)
	return j >= 0 && a.roles[j] == cue.Body && a.d.DateLed(j)
}

// labelOnly reports whether line i is a label alone: an attachment's
// heading (附件1), a trail's label (当前位置) or a collection's label of
// the part (篇一).
func (a *assembly) labelOnly(i int) bool {
	s := a.d.Lines[i].Sq
	_, attached := cue.AttachmentHead(s)
	return attached || cue.BreadcrumbLabel(s) || s != "" && cue.PartLabel(s) == len(s)
}

// overInfoPart is the part of a run of title lines, parted by chrome, that
// stands right over the page's information line, if it is not the whole
// run: the headline, under the site's name printed twice (捷克论坛 /
// 捷克论坛 … 登录注册 / headline / 2025-12-23 09:00 …).
// A notice's title above is the headline still (the part under the chrome
// is then another column's words), and a subtitle (——访…) is no headline
// alone.
func (a *assembly) overInfoPart(run []int) []int {
	for k := len(run) - 1; k > 0; k-- {
		if run[k] <= run[k-1]+1 {
			continue
		}
		if a.overInfo(run[k:]) && !cue.NoticeTitle(a.text(run[:k]...).String()) && !strings.HasPrefix(a.d.Lines[run[k]].Sq, "—") {
			return run[k:]
		}
		break
	}
	return run
}

// nearTextPart keeps, of a run of title lines that the page's chrome
// parts (重庆头条 / APP内浏览 / 湖北省民政厅:2月3日起…), the lines after the
// last chrome: a headline's lines follow each other, and what stands over
// the page's furniture is the site's or the app's name. A headline printed
// again is no furniture: the title's lines may stand about it.
func (a *assembly) nearTextPart(run []int) []int {
	for k := len(run) - 1; k > 0; k-- {
		if run[k] > run[k-1]+1 && !a.repeatsRun(run, run[k-1]+1, run[k]) {
			return run[k:]
		}
	}
	return run
}

// repeatsRun reports whether a line in [from, to) repeats a line of run.
func (a *assembly) repeatsRun(run []int, from, to int) bool {
	for j := from; j < to; j++ {
		for _, i := range run {
			if a.d.Lines[j].Sq == a.d.Lines[i].Sq {
				return true
			}
		}
	}
	return false
}

// contentStart is the first line that is neither chrome nor the head's
// information: where a page's content opens.
func (a *assembly) contentStart() int {
	i := 0
	for i < len(a.roles) && (a.roles[i] == cue.Chrome || a.roles[i] == cue.Header || a.keywordBar(i)) {
		i++
	}
	return i
}

// keywordBar reports whether line i is a site's bar of key words or links
// over the headline (…精品无码,…免费,…在线观看,… / 某区高龄津贴…的温馨
// 提示), whatever the decoder took it for: a bar of phrases
// (cue.BarOfPhrases), no grid's row, right over a line with a headline's
// shape, no clause in it. Under a headline of clauses (立足新起点，展现
// 新作为，开创新局面) stands the text, or its subtitle (——…).
func (a *assembly) keywordBar(i int) bool {
	j := i + 1
	if j >= len(a.roles) || a.roles[i] == cue.Table || a.roles[j] == cue.Table || !cue.BarOfPhrases(a.d.Lines[i].Sq) {
		return false
	}
	next := a.d.Lines[j].Sq
	return cue.HasHan(next) && !cue.SentencePunct(next) && !cue.EndsSentence(next) && !strings.HasPrefix(next, "—") && !a.d.Info(j)
}

// statesSentence reports whether line i states a sentence: a clause
// closed by a full stop, with clauses before it or text after it.
func (a *assembly) statesSentence(i int) bool {
	s := a.d.Lines[i].Sq
	k := strings.Index(s, "。")
	return k >= 0 && (strings.ContainsAny(s[:k], "，,；;") || cue.HasHan(s[k+len("。"):]))
}

// tagAlone reports whether line i is a place's name alone: a page's tag
// over its text (黄浦 / 上海慈善网讯 12月28日…), no headline, which names
// who did what.
func (a *assembly) tagAlone(i int) bool {
	return lexicon.Places().Has(a.d.Lines[i].Sq)
}

// bulletedRun reports whether every line of run opens with a list's
// bullet.
func (a *assembly) bulletedRun(run []int) bool {
	for _, i := range run {
		if !a.bulleted(i) {
			return false
		}
	}
	return true
}

// bulleted reports whether line i is a list's item: it opens with a
// bullet, or the file set it as a Markdown list item (- 首页).
func (a *assembly) bulleted(i int) bool {
	l := a.d.Lines[i]
	return l.Item || cue.TrimBullet(l.Text) != l.Text
}

// overTrail reports whether the lines of run stand over the page's trail
// of links, only chrome between.
func (a *assembly) overTrail(run []int) bool {
	for j := run[len(run)-1] + 1; j < len(a.roles); j++ {
		if cue.IsBreadcrumb(a.d.Lines[j].Sq) {
			return true
		}
		if a.roles[j] != cue.Chrome && strings.TrimSpace(a.d.Lines[j].Sq) != "" {
			return false
		}
	}
	return false
}

// opensClause reports whether s opens with a mark that parts clauses or
// list members (，、；): the rest of a line cut before it.
func opensClause(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("，,、；;", r)
}

// hanIn reports whether any of lines holds a Chinese character.
func (a *assembly) hanIn(lines []int) bool {
	for _, i := range lines {
		if cue.HasHan(a.d.Lines[i].Sq) {
			return true
		}
	}
	return false
}

// repeatsTitle reports whether line i is the headline printed again above
// the text (web pages do): no item, but its words are the document's, as
// often as they are printed.
func (a *assembly) repeatsTitle(i int) bool {
	return a.roles[i] == cue.Chrome && a.doc.Title != nil &&
		span.SqueezeString(strings.Trim(a.d.Lines[i].Text, " |")) == a.doc.Title.Value
}

// headerField reads what a header line gives.
func (a *assembly) headerField(i int) {
	l := a.d.Lines[i]
	s := l.Sq
	if org, ok := cue.IssuerMark(s); ok {
		if a.doc.Issuer == nil || !a.markIssuer {
			a.doc.Issuer = a.field(i, org, "发文机关标志")
			a.markIssuer = true
		}
		return
	}
	if v, ok := cue.OwnDocNumber(s); ok && a.doc.DocNumber == nil && len(cue.InfoFields(l.Text)) == 0 {
		a.doc.DocNumber = a.field(i, v, "发文字号")
		if t := a.text(i); a.numberDate == nil {
			// A copy may print the document's date beside its number
			// (苏民规〔2010〕4号 2010年9月14日): the date it was issued,
			// which a page's field of when it was posted gives way to.
			// Where the number ends as printed, whatever its brackets.
			if _, end := cue.DocNumberAt(t.String()); end >= 0 {
				if dt := fullDate(t.Slice(end, len(t.String()))); dt != nil {
					dt.Rule = "date by the 发文字号"
					a.numberDate = dt
				}
			}
		}
		return
	}
	if cue.BareNumber(s) && a.doc.DocNumber == nil {
		a.doc.DocNumber = a.field(i, strings.TrimSpace(s), "发文字号 without its year")
		return
	}
	if inner, ok := bracketed(s); ok {
		if _, ok := cue.FullDate(inner); ok {
			// (2018年7月2日) on a line of its own under the title: the
			// date a 党委's document, a speech or a rule prints as its own
			// where it signs with no 落款.
			if a.titleDate == nil {
				if dt := fullDate(a.text(i)); dt != nil {
					dt.Rule = "date under the title"
					a.titleDate = dt
				}
			}
			return
		}
	}
	if issue, total := cue.Issue(s); (issue != "" || total != "") && !cue.IssueInSource(l.Text) {
		if issue != "" && a.doc.Issue == nil {
			a.doc.Issue = a.field(i, numberString(issue), "第N期")
		}
		if total != "" && a.doc.TotalIssue == nil {
			a.doc.TotalIssue = a.field(i, numberString(total), "总第N期")
		}
	}
	if fs := cue.InfoFields(l.Text); len(fs) > 0 {
		a.webInfo(i, fs)
		return
	}
	if iso, at, ok := a.d.SplitStamp(i); ok {
		if a.webDate == nil {
			a.webDate = dayField(iso, a.text(at...), "split stamp")
		}
		return
	}
	if iso, ok := cue.Timestamp(l.Text); ok {
		if a.webDate == nil {
			t := a.text(i)
			a.webDate = dayField(iso, t, "timestamp")
		}
		return
	}
	if iso, ok := cue.LabelledStamp(l.Text); ok {
		if a.webDate == nil {
			a.webDate = dayField(iso, a.text(i), "time field")
		}
		return
	}
	if iso, ok := cue.OpeningClockedDate(l.Text); ok {
		// The page's stamp opening its line, its outlet and counts run on
		// after it (2021年6月21日15:14:17某某资讯401字阅读1分20秒).
		if a.webDate == nil {
			a.webDate = dayField(iso, a.text(i), "timestamp")
		}
		return
	}
	if _, ok := cue.FullDate(s); ok && cue.EndsWithWeekday(s) {
		// A date with its weekday heads a page or a paper; a site prints
		// the day it is read the same way, so it dates the text only where
		// nothing else does.
		if a.dayLine == nil {
			a.dayLine = fullDate(a.text(i))
			a.dayLine.Rule = "date line"
		}
		return
	}
	if _, date := a.bodyAndDate(i); date != nil && cue.EndsWithWeekday(s) {
		// So does a site's banner with the day it is read (某区人民政府
		// 2019年12月3日星期二): the body is the site's, no editing office.
		if a.dayLine == nil {
			a.dayLine = date
			a.dayLine.Rule = "date line"
		}
		return
	}
	if who, date := a.bodyAndDate(i); who != nil || date != nil {
		if date != nil && a.doc.Date == nil {
			date.Rule = "issue date"
			a.doc.Date = date
		}
		// A body's name under the text's first sentence is one the text
		// lists (…名单(3个) / 某社区居民委员会), no office that edits it.
		if who != nil && a.doc.Issuer == nil && !a.siteBanner(i) && !a.kicker(i) && !joinsBodies(who.Value) && !a.labelledValue(i) && !a.d.BelowText(i) {
			who.Rule = "editing office"
			a.doc.Issuer = who
		}
	}
}

// labelledValue reports whether line i is the value of a label printed
// alone over it (办理机构： / 某区民政局婚姻登记中心), as a service guide
// sets its fields: the body that label names, no editing office. A page's
// information field over its value (发布机构：) is read as such before.
func (a *assembly) labelledValue(i int) bool {
	j := a.prevLine(i)
	return j >= 0 && cue.LabelAlone(a.d.Lines[j].Sq) && !a.d.Info(j) && !cue.EditLabel(a.d.Lines[j].Sq)
}

// joinsBodies reports whether name is two bodies' names with a word
// between them that a clause sets there (区委巡察组|向|民政局党组): the head
// of a headline that goes on, no one body that edits or issues.
func joinsBodies(name string) bool {
	bounds := lexicon.AgencyBoundaries()
	for p := range name {
		if w, ok := bounds.At(name, p); ok && p > 0 && agency.Shapes(name[:p]) && agency.Shapes(name[p+len(w):]) {
			return true
		}
	}
	return false
}

// footInfo reads the information lines a page prints under its text
// (发布日期：2025-10-21 after the last paragraph), which the text's end
// leaves in the body: the lines from the end up to the last sentence.
// What they give counts where the head gave nothing.
func (a *assembly) footInfo() {
	for i := len(a.roles) - 1; i >= 0; i-- {
		l := a.d.Lines[i]
		if a.roles[i] == cue.Chrome || l.Sq == "" {
			continue
		}
		if runningText(l.Sq) {
			return
		}
		if fs := cue.InfoFields(l.Text); len(fs) > 0 && fs[0].Start == 0 && a.roles[i] != cue.Header {
			a.webInfo(i, fs)
		}
	}
}

// embeddedTitles reads as text the headings that are the title of a
// document a page carries under its own headline (平谷区全面禁烧公告 under a
// post about it): a 公文's or a public text's title, no enumerator, other
// than the document's title. It opens the carried document, not a part of
// it: its numbered sections are the items (GOLD.md). A bulletin's items
// are news, whose headlines may name a notice.
func (a *assembly) embeddedTitles() {
	if a.doc.Kind == Bulletin || a.doc.Title == nil {
		return
	}
	for i, r := range a.roles {
		if r != cue.Heading && r != cue.Subheading {
			continue
		}
		s := a.d.Lines[i].Sq
		if k, _, _ := cue.Enumerator(s); k == cue.NoEnum && s != a.doc.Title.Value && cue.NoticeTitle(s) {
			a.relabel(i, cue.Body)
		}
	}
}

// contentsHeads reads as a table of contents the lines that print one
// where no report's or notice's profile holds a contents zone (目录 over a
// report's or a compilation's parts): the head and the entries under it,
// each with its leader and page number or printed again as the part it
// lists. A table of contents is no item (GOLD.md, items) and no part of
// a headline.
func (a *assembly) contentsHeads() {
	for i := 0; i < len(a.roles); i++ {
		r := a.roles[i]
		if r == cue.Contents || !cue.IsContentsHead(a.d.Lines[i].Sq) {
			continue
		}
		a.relabel(i, cue.Contents)
		first, prev := -1, -1
		for j := i + 1; j < len(a.roles); j++ {
			if a.roles[j] == cue.Chrome || strings.TrimSpace(a.d.Lines[j].Sq) == "" {
				continue
			}
			if !a.d.ContentsEntryAt(j) && (first < 0 || !a.d.ContentsGoesOn(first, prev, j)) {
				break
			}
			if first < 0 {
				first = j
			}
			a.relabel(j, cue.Contents)
			i, prev = j, j
		}
	}
}

// brokenSentences reads as text the headings that a sentence broken at
// a clause mark runs through (…用电用 / 气、消防“生命通道” / 、施工动火…,
// cue.RunsOn): the line a mark opens, and the line above it. A numbered
// part whose first line the wrap filled (二、实行预约错峰祭扫。…错峰 /
// 、限流祭扫，…) still opens its part: the mark under it opens the rest of
// its own paragraph.
func (a *assembly) brokenSentences() {
	for i, r := range a.roles {
		if r != cue.Heading && r != cue.Subheading && r != cue.Section {
			continue
		}
		if a.d.RunsOn(i) || a.d.RunsOn(i+1) && !a.numberedWrapped(i) {
			a.relabel(i, cue.Body)
		}
	}
}

// numberedWrapped reports whether line i opens with an enumerator and
// fills the document's wrap: a numbered paragraph the wrap went on with.
func (a *assembly) numberedWrapped(i int) bool {
	k, _, _ := cue.Enumerator(a.d.Lines[i].Sq)
	return k != cue.NoEnum && a.d.Full(i)
}

// linksUnderText reads as the page's links the headings that close a
// document with no text under any of them (站群导航 / • 党群部门 / • 政府部门,
// or other pages' headlines listed under the text): a heading opens a part
// of the text, and these open none. Numbered headings, those that run
// into their text and labels cut off after their colon are the text's own.
func (a *assembly) linksUnderText() {
	var run []int
	i := len(a.roles) - 1
	for ; i >= 0; i-- {
		switch a.roles[i] {
		case cue.Chrome:
			continue
		case cue.Heading, cue.Subheading, cue.Section:
			if s := a.d.Lines[i].Sq; linkBar(s) || !runningText(s) && !strings.ContainsAny(s, "：:") {
				if k, _, _ := cue.Enumerator(s); k == cue.NoEnum {
					run = append(run, i)
					continue
				}
			}
		}
		break
	}
	if i < 0 || a.roles[i] != cue.Body {
		return
	}
	if len(run) == 1 && bodiesListed(a.d.Lines[run[0]].Sq) {
		// A list of bodies parted by 、 the copy cut off at the text's end
		// (某市青山老年艺术团、某市壮大职业培训学校、…、某市南湖玉): the
		// text's, as the lines of its list above it; no link lists bodies.
		a.relabel(run[0], cue.Body)
		return
	}
	if len(run) == 2 && a.cutOffText(run[0], run[1]) {
		// The copy ended a word into the text under the last heading
		// (故事 有的寻亲案例… / 面对): that heading has its text, and the
		// two lines are the text's, no list of links (captions or links
		// come several in a row).
		a.relabel(run[0], cue.Body)
		return
	}
	for _, j := range run {
		a.relabel(j, cue.Chrome)
	}
}

// bodiesListed reports whether s lists bodies' names parted by 、, each
// but the last (which a copy may cut) a body's name, two at least before
// it: a headline may open with one body and a 、 (市民政局、市财政局联合开展…).
func bodiesListed(s string) bool {
	parts := strings.Split(strings.TrimRight(s, "。；;"), "、")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts[:len(parts)-1] {
		if !agency.Shape(strings.TrimSpace(p)) {
			return false
		}
	}
	return true
}

// cutOffText reports whether heading line last, the document's last,
// under heading line h, is the first words of a text the copy cut off: a
// fragment short of a title under a heading worded as one. A list of
// links holds lines of one kind, headlines or labels, each opened alike.
func (a *assembly) cutOffText(last, h int) bool {
	s, hs := a.d.Lines[last].Sq, a.d.Lines[h].Sq
	r, _ := utf8.DecodeRuneInString(s)
	return !cue.TitleLongEnough(s) && cue.TitleLongEnough(hs) && !cue.ListBullet(r) && !cue.PageFurniture(a.d.Lines[last]) && !linkBar(hs)
}

// headPrintedAgain reads as chrome the headings that repeat a line of the
// document's head (its title or a header line): a page that prints its
// story twice prints its byline again under the headline's copy
// (□首席摄影记者 王建成), and a heading opens a part of the text, which
// a line of the head does not.
func (a *assembly) headPrintedAgain() {
	head := map[string]bool{}
	for i, r := range a.roles {
		switch r {
		case cue.Title, cue.Header:
			head[a.d.Lines[i].Sq] = true
		case cue.Heading, cue.Subheading, cue.Section:
			s := a.d.Lines[i].Sq
			if head[s] {
				a.relabel(i, cue.Chrome)
				continue
			}
			if !a.titleUnderNote(s) {
				continue
			}
			// The headline under a page's note in brackets ((b平安江苏列表
			// …)泰州启动…行动): a picture's text, which says the headline
			// again, and the picture's caption under it, a heading's shape
			// over the text, are no parts of the text.
			a.relabel(i, cue.Chrome)
			if j := a.nextLine(i); j >= 0 && (a.roles[j] == cue.Heading || a.roles[j] == cue.Subheading) && !cue.SentencePunct(a.d.Lines[j].Sq) {
				if k := a.nextLine(j); k >= 0 && a.roles[k] == cue.Body {
					a.relabel(j, cue.Chrome)
				}
			}
		}
	}
}

// titleUnderNote reports whether s is the document's title after a note
// in brackets and nothing else: (…)title.
func (a *assembly) titleUnderNote(s string) bool {
	if a.doc.Title == nil || !strings.HasPrefix(s, "(") && !strings.HasPrefix(s, "（") {
		return false
	}
	if k, _, _ := cue.Enumerator(s); k != cue.NoEnum {
		return false // （一）强化兜底保障: a numbered part of that name
	}
	t := a.doc.Title.Value
	if t == "" || !strings.HasSuffix(s, t) {
		return false
	}
	note := strings.TrimSuffix(s, t)
	_, open := utf8.DecodeRuneInString(note)
	end, w := utf8.DecodeLastRuneInString(note)
	return len(note) > open+w && (end == ')' || end == '）') && strings.IndexAny(note[open:len(note)-w], "()（）") < 0
}

// bracketedNotes reads as text the headings that are a note in brackets
// under a title (（2024年1月4日民政部部务会议通过，自2024年5月1日起施行）,
// GB/T 9704's 题注 of a rule or a speech): a sentence about the text,
// with no heading's words of its own, opens no part of it.
func (a *assembly) bracketedNotes() {
	for i, r := range a.roles {
		if r != cue.Heading && r != cue.Subheading && r != cue.Section {
			continue
		}
		s := a.d.Lines[i].Sq
		if k, _, _ := cue.Enumerator(s); k != cue.NoEnum {
			continue // （一）… opens a part
		}
		open, _ := utf8.DecodeRuneInString(s)
		end, _ := utf8.DecodeLastRuneInString(s)
		inner := strings.TrimFunc(s, func(r rune) bool { return strings.ContainsRune("（()）", r) })
		if (open == '（' || open == '(') && (end == '）' || end == ')') && !strings.ContainsAny(inner, "（()）") && cue.SentencePunct(inner) {
			a.relabel(i, cue.Body)
		}
	}
}

// bylinesInText reads as bylines the heading lines that name a story's
// writers and nothing else (记者 张紫艳 马颜慧 under a photo's caption):
// a byline heads no part of the text (GOLD.md). So are such lines read as
// the page's furniture ((作者:某某 某某) under the credits): the writers
// are people the text names.
func (a *assembly) bylinesInText() {
	for i, r := range a.roles {
		if (r == cue.Heading || r == cue.Subheading || r == cue.Chrome) && cue.NamedByline(a.d.Lines[i].Text) {
			a.relabel(i, cue.Byline)
		}
	}
}

// rulesTitles reads as text the unnumbered headings right over a first
// article or chapter (江苏省慈善募捐许可办法 / 第一条 为规范…): the title
// of the rules a notice carries, which heads no part of it; the
// articles are its parts.
func (a *assembly) rulesTitles() {
	for i, r := range a.roles {
		if r != cue.Heading {
			continue
		}
		if k, _, _ := cue.Enumerator(a.d.Lines[i].Sq); k != cue.NoEnum {
			continue
		}
		j := a.nextLine(i)
		if j < 0 {
			continue
		}
		if k, v, end := cue.Enumerator(a.d.Lines[j].Sq); v == 1 && (k == cue.Article || k == cue.Chapter && strings.HasSuffix(a.d.Lines[j].Sq[:end], "章")) {
			a.relabel(i, cue.Subheading)
		}
	}
}

// bulletinHeadings reads a bulletin's column labels and its items'
// headings where the decoder read them otherwise: a numbered heading that
// names a column (一、各地动态) is a section; an unnumbered line worded as
// a headline (no clause, no stop) after a section or a finished
// paragraph, with running text under it, heads a news item.
func (a *assembly) bulletinHeadings() {
	if a.doc.Kind != Bulletin {
		return
	}
	for i, r := range a.roles {
		s := a.d.Lines[i].Sq
		if r == cue.Heading {
			if k, _, end := cue.Enumerator(s); k != cue.NoEnum {
				if _, column := cue.SectionName(strings.TrimLeft(s[end:], "、.． ")); column {
					a.relabel(i, cue.Section)
				}
			}
			continue
		}
		if r != cue.Body && r != cue.Subheading || !cue.HasHan(s) || cue.SentencePunct(s) || cue.EndsSentence(s) || !cue.TitleLongEnough(s) {
			continue
		}
		if k, _, _ := cue.Enumerator(s); k != cue.NoEnum || a.d.Full(i) {
			continue // a numbered part of an item ((二)资金发放情况); a paragraph's line run to the wrap
		}
		p, n := a.prevLine(i), a.nextLine(i)
		if p < 0 || n < 0 || a.roles[n] != cue.Body || !cue.EndsSentence(a.d.Lines[n].Sq) && !runningText(a.d.Lines[n].Sq) {
			continue
		}
		if a.roles[p] == cue.Section || a.roles[p] == cue.Body && cue.EndsSentence(a.d.Lines[p].Sq) {
			a.relabel(i, cue.Heading)
		}
	}
}

// linkBar reports whether s is a bar of links: three cells or more apart
// by bars (标签: 甲| 乙| 丙 |…). A heading is one phrase.
func linkBar(s string) bool { return strings.Count(s, "|")+strings.Count(s, "｜") >= 2 }

// siteBanner reports whether header line i is a web site's banner: the
// name of the body that runs the site over the page's trail of links
// (洞口县人民政府 / 您当前所在位置：首页 > …) or, the name alone, over the
// page's information line (某市民政局 / 2021-12-21 08:32 来源:…), not the
// page's issuer: a page prints its fields under its headline, and its
// issuer in them. A name dated (市民政局办公室 2025年6月3日) is an editing
// office's line, which a bulletin prints above all.
func (a *assembly) siteBanner(i int) bool {
	if i+1 >= len(a.d.Lines) {
		return false
	}
	return cue.IsBreadcrumb(a.d.Lines[i+1].Sq) || a.d.Info(i+1) && lastFullDate(a.text(i)) == nil
}

// bodyAndDate reads a line that names a body (the first of several side
// by side), or gives a full date, or both: 南阳市民政局办公室 2025年6月3日.
func (a *assembly) bodyAndDate(idx ...int) (who *Field, date *DateField) {
	raw := ""
	for _, i := range idx {
		raw += a.d.Lines[i].Text
	}
	// A name letter-spaced to the 落款's width (民 政 部) is one word.
	if fs := strings.Fields(raw); len(cue.LetterSpaced(fs)) < len(fs) {
		raw = strings.Join(cue.LetterSpaced(fs), " ")
	}
	name := ""
	if n, ok := cue.AgencyAndDate(raw); ok {
		name = n
		date = lastFullDate(a.text(idx...))
		if t := a.text(idx...); date == nil {
			// A 落款 dated by its month (某区民政局 2021年3月).
			if e, ok := cue.TrailingMonth(strings.TrimRight(t.String(), " |｜")); ok {
				date = &DateField{Field: Field{Value: e.Value, Text: t.Slice(e.Start, e.End)}, Expr: e}
			}
		}
	} else if n, e, ok := a.damagedSeal(idx); ok {
		name, date = n, e
	} else if n, ok := aliasedBody(strings.TrimSpace(raw)); ok {
		// A body that works as one with another prints both names, the
		// second in brackets (某区民政局(某区退役军人事务局)): the first
		// is the 落款's, as the first of co-issuers is.
		name = n
	} else if fs := strings.Fields(raw); agency.Shapes(strings.TrimSpace(raw)) || cue.CoIssuersCut(fs) {
		// Co-issuers apart by spaces: the first is the 落款's, though the
		// copy cut a later one short (某县财政局 某县民政).
		name = fs[0]
	}
	if name != "" {
		t := a.text(idx...)
		name = span.SqueezeString(name)
		if k := strings.Index(t.String(), name); k >= 0 {
			who = &Field{Value: name, Text: t.Slice(k, k+len(name))}
		}
	}
	return who, date
}

// aliasedBody reads a body's name followed by its second name in brackets
// (某区民政和社会保障局（退役军人事务局）): the first name, where both read
// as a body's.
func aliasedBody(s string) (string, bool) {
	s = strings.TrimRight(s, " ")
	if !strings.HasSuffix(s, ")") && !strings.HasSuffix(s, "）") {
		return "", false
	}
	k := strings.LastIndexAny(s, "(（")
	if k <= 0 {
		return "", false
	}
	first, second := strings.TrimSpace(s[:k]), strings.Trim(s[k:], "()（） ")
	if strings.ContainsAny(first, "()（）") || !agency.Shapes(first) || !agency.Shapes(second) {
		return "", false
	}
	return first, true
}

// damagedSeal reads a 落款 whose date under the body's name the copy
// damaged (泰州市民政局 / 2023323): the name and the date.
func (a *assembly) damagedSeal(idx []int) (string, *DateField, bool) {
	last := idx[len(idx)-1]
	above := idx[:len(idx)-1]
	if len(above) == 0 && last > 0 && a.roles[last-1] == cue.Signature {
		above = []int{last - 1} // the date's line read alone, the name's above it
	}
	if len(above) == 0 {
		return "", nil, false
	}
	names := strings.TrimSpace(a.text(above...).String())
	if !agency.Shapes(names) {
		return "", nil, false
	}
	e, ok := cue.DamagedDateBy(a.d.Lines[last].Sq, a.d.Posted())
	t := a.text(last)
	k := strings.Index(t.String(), e.Text)
	if !ok || k < 0 {
		return "", nil, false
	}
	return strings.Fields(names)[0], &DateField{Field: Field{Value: e.Value, Text: t.Slice(k, k+len(e.Text))}, Expr: e}, true
}

// stackedTitle reads the title a page's grid of fields sets on the line
// under its label (信息名称 / 泸西县2022年…公示), the label's value left
// empty on its own line.
func (a *assembly) stackedTitle(i int, key string) {
	if j, v := a.stackedValue(i); v != "" {
		a.webTitle = a.valueField(j, v, "web:"+key)
	}
}

// stackedIssuer reads the issuer a page's grid of fields sets on the line
// under its label (发布机构 / 彭水县民政局), as stackedTitle reads a title:
// a body's name, as the field's value must be.
func (a *assembly) stackedIssuer(i int, key string) {
	if j, v := a.stackedValue(i); v != "" && !cue.Medium(v) && publisherName(v) {
		a.webIssuer = a.valueField(j, v, "web:"+key)
	}
}

// stackedValue is the value of the field labelled alone on line i, set on
// the line under it: a grid's cell, or a header line of the head's fields
// set one under the other (标题: / 寒衣节,…全面禁烧), the bullet a page's
// list of fields marks each line with (• 彭水县民政局) taken off; "" where
// no such line stands.
func (a *assembly) stackedValue(i int) (int, string) {
	j := i + 1
	if j >= len(a.d.Lines) || !a.d.Info(j) && a.roles[j] != cue.Header || len(cue.InfoFields(a.d.Lines[j].Text)) > 0 {
		return j, ""
	}
	return j, strings.TrimSpace(cue.TrimBullet(a.d.Lines[j].Sq))
}

// publisherName reports whether v, a page's publisher field, names a
// body: the field names one by definition, so its name may go without the
// place the site stands for (发布机构：民政局).
func publisherName(v string) bool {
	suffix, _ := agency.Ending(v)
	return agency.Shape(v) || agency.Division(v) || suffix != "" && suffix != v
}

// valueField makes a Field of value as line i prints it, its text the
// value's own (the bullet before it left out).
func (a *assembly) valueField(i int, value, rule string) *Field {
	t := a.text(i)
	if k := strings.Index(t.String(), value); k >= 0 {
		t = t.Slice(k, k+len(value))
	}
	return &Field{Value: value, Text: t, Rule: rule}
}

// webInfo reads a web page's information fields: the date and the issuer
// they give are used only where the document prints none.
func (a *assembly) webInfo(i int, fs []cue.InfoField) {
	t := a.text(i)
	raw := a.d.Lines[i].Text
	for k, f := range fs {
		if end, iso, timed, ok := cue.StampAfter(f.Value); ok && !cue.DatedField(f.Key) && (timed || cue.SourceField(f.Key) || cue.PublisherField(f.Key)) {
			// The page's time after a field's value, with no label of
			// its own (来源:慈善办 2022-11-01 16:46): a bare timestamp. A
			// date alone after a person's field (编辑:某某 2017-02-28)
			// may be anything of theirs.
			if a.webDate == nil {
				a.webDate = dayField(iso, t, "timestamp")
			}
			f.Value = strings.TrimSpace(f.Value[:end])
		}
		if f.Value == "" {
			if k == len(fs)-1 && cue.TitledField(f.Key) && a.webTitle == nil {
				a.stackedTitle(i, f.Key)
			}
			if k == len(fs)-1 && cue.PublisherField(f.Key) && a.webIssuer == nil {
				a.stackedIssuer(i, f.Key)
			}
			continue
		}
		// Offsets in the raw line map to the squeezed text by searching.
		v := span.SqueezeString(f.Value)
		k := strings.Index(t.String(), v)
		var vt span.Text
		if k >= 0 {
			vt = t.Slice(k, k+len(v))
		} else {
			vt = span.Squeeze(raw[f.ValueStart:f.End], a.d.Lines[i].Num)
		}
		fld := Field{Value: v, Text: vt, Rule: "web:" + f.Key}
		if cue.DatedField(f.Key) {
			// A labelled date field says what its date is; a bare timestamp
			// read before it may be the copy's or the crawl's (08.06.2016
			// 01:48 over 日期: 2016-06-07). The first day of the Unix epoch
			// (1970-01-01 08:00:00) is what a site prints for a field it
			// never filled: no date.
			if cue.EpochPlaceholder(f.Value) {
				continue
			}
			if a.webDate == nil || a.webDate.Rule == "timestamp" {
				if d := fullDate(vt); d != nil {
					d.Rule = fld.Rule
					a.webDate = d
				} else if iso, ok := cue.Timestamp(f.Value); ok {
					a.webDate = dayField(iso, vt, fld.Rule)
				} else if iso, ok := cue.ShortYearDate(f.Value); ok {
					a.webDate = dayField(iso, vt, fld.Rule)
				}
			}
			continue
		}
		if k := cue.CompiledFrom(v); k > 0 && cue.SourceField(f.Key) && k <= fld.Text.Len() {
			// 来源：综合某区地名办: the body the page compiled the text from.
			v = strings.TrimSpace(v[k:])
			fld.Value = v
			fld.Text = fld.Text.Slice(fld.Text.Len()-len(v), fld.Text.Len())
		}
		if (cue.PublisherField(f.Key) || cue.SourceField(f.Key)) && cue.Medium(v) {
			continue // a medium carried the text (来源：某县融媒体中心)
		}
		if cue.PublisherField(f.Key) || cue.SourceField(f.Key) {
			// Several bodies named (厅社会事务处、养老服务处): the first
			// issues the page, as the first of co-issuers does (GOLD.md).
			if first, _, ok := strings.Cut(v, "、"); ok && first != "" {
				v = first
				fld.Value, fld.Text = first, fld.Text.Slice(0, min(len(first), fld.Text.Len()))
			}
		}
		switch {
		case cue.PublisherField(f.Key):
			if a.webIssuer == nil || a.webIssuer.Rule == unlabelledPublisher || cue.SourceField(strings.TrimPrefix(a.webIssuer.Rule, "web:")) {
				if publisherName(v) {
					a.webIssuer = &fld
				}
			}
		case cue.SourceField(f.Key):
			// A site may print the column after the body (武汉市民政局_通知公告).
			if body, _, ok := strings.Cut(v, "_"); ok && agency.Shape(body) {
				v = body
				fld.Value, fld.Text = body, fld.Text.Slice(0, min(len(body), fld.Text.Len()))
			}
			// Or run on after a space with what the site prints next, a
			// stamp or a field the labels do not know (来源:某市民政局
			// 2017年05月18日 15:00; 来源:某区人民政府 发布开发区:…): the body
			// is the words before the first space the value was printed
			// with, as narrowed above (综合某区地名办 … keeps 某区地名办).
			if gaps := fld.Text.Gaps(); len(gaps) > 0 && !agency.Shape(v) {
				if g := gaps[0]; g > 0 && g < len(v) {
					v = v[:g]
					fld.Value, fld.Text = v, fld.Text.Slice(0, g)
				}
			}
			if a.webIssuer == nil && (agency.Shape(v) || agency.Division(v)) {
				a.webIssuer = &fld
			}
		case cue.TitledField(f.Key):
			if a.webTitle == nil {
				// A grid may quote the title whole ("…的公告").
				if q, ok := unquoted(v); ok {
					if k := strings.Index(fld.Text.String(), q); k >= 0 {
						fld.Value, fld.Text = q, fld.Text.Slice(k, k+len(q))
					}
				}
				a.webTitle = &fld
			}
		case cue.MatterField(f.Key):
			if a.matterTitle == nil {
				a.matterTitle = &fld
			}
		case cue.NumberedField(f.Key):
			if dn, ok := cue.FieldNumber(v); ok && a.doc.DocNumber == nil {
				a.doc.DocNumber = &Field{Value: dn, Text: vt, Rule: fld.Rule}
			} else if a.doc.DocNumber == nil && f.End == fs[len(fs)-1].End {
				a.doc.DocNumber = a.wrappedNumber(i, v, fld.Rule)
			}
		}
	}
	// Or close the line, run on after the last field's value (作者:何恒
	// 编辑:李庆石2017-02-28 16:26:29).
	if a.webDate == nil {
		if iso, ok := cue.TrailingTimestamp(raw); ok {
			a.webDate = dayField(iso, t, "timestamp")
		} else if e, _, ok := cue.TrailingDate(raw); ok && cue.SourceField(fs[len(fs)-1].Key) {
			// A day with no clock after the source's name (来源:彭阳县民政局
			// 2023.02.10) dates the page; after an author's or an editor's
			// name, or as a rule's 实施日期, it may be any day.
			a.webDate = dayField(e.Value, t, "timestamp")
		}
	}
	// A body's name alone before the fields (某区人民政府 发布时间:…):
	// the page's publisher, its label left out, as a 发布机构 field's.
	if before := strings.TrimSpace(raw[:fs[0].Start]); a.webIssuer == nil && fs[0].Start > 0 && !strings.ContainsAny(before, " \u3000") && agency.Shape(before) && !namesSource(fs) {
		if k := strings.Index(t.String(), before); k >= 0 {
			a.webIssuer = &Field{Value: before, Text: t.Slice(k, k+len(before)), Rule: unlabelledPublisher}
		}
	}
	// A page's timestamp may stand before its fields (…www.gov.cn 2014-05-26 09:52 来源:…).
	if a.webDate == nil && fs[0].Start > 0 {
		if iso, ok := cue.Timestamp(raw[:fs[0].Start]); ok {
			a.webDate = dayField(iso, t, "timestamp")
		} else if _, ok := cue.FullDate(raw[:fs[0].Start]); ok {
			a.webDate = fullDate(t)
			a.webDate.Rule = "timestamp"
		} else if iso, ok := cue.ClockedDate(raw[:fs[0].Start]); ok {
			a.webDate = dayField(iso, t, "timestamp")
		}
	}
}

// namesSource reports whether one of fs says where the page came from or
// who published it (来源, 发布机构): a body before them is the story's.
func namesSource(fs []cue.InfoField) bool {
	for _, f := range fs {
		if cue.SourceField(f.Key) || cue.PublisherField(f.Key) {
			return true
		}
	}
	return false
}

// unlabelledPublisher is the rule of a page's issuer named before its
// fields with no label; a labelled 发布机构 outranks it.
const unlabelledPublisher = "web:body before the fields"

// dayField is the day iso, stated in full by text t, read by rule.
func dayField(iso string, t span.Text, rule string) *DateField {
	if iso == chrono.EpochDay {
		return nil // a placeholder for a time never set
	}
	return &DateField{Field: Field{Value: iso, Text: t, Rule: rule}, Expr: chrono.Expr{Kind: chrono.Day, Value: iso, YearFrom: "text"}}
}

// bracketed is s without the pair of round brackets around it whole.
func bracketed(s string) (string, bool) {
	s = strings.TrimSpace(s)
	for _, q := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if len(s) > len(q[0])+len(q[1]) && strings.HasPrefix(s, q[0]) && strings.HasSuffix(s, q[1]) {
			return s[len(q[0]) : len(s)-len(q[1])], true
		}
	}
	return s, false
}

// unquoted is s without the pair of quotation marks around it whole.
func unquoted(s string) (string, bool) {
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}, {"「", "」"}, {"『", "』"}} {
		if len(s) > len(q[0])+len(q[1]) && strings.HasPrefix(s, q[0]) && strings.HasSuffix(s, q[1]) {
			return s[len(q[0]) : len(s)-len(q[1])], true
		}
	}
	return s, false
}

// recipientGoesOn reports whether 主送 line i goes on with the line before,
// which a copy broke inside a name (…市湖滨新城开发区、苏州 / 宿迁工业园区，…):
// it ends at no mark of the list.
func (a *assembly) recipientGoesOn(i int) bool {
	if i == 0 || a.roles[i] != cue.Recipient || a.roles[i-1] != cue.Recipient {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(a.d.Lines[i-1].Text))
	return !strings.ContainsRune(punct.ClauseMarks+punct.SentenceEnds+"、", r)
}

// recipientRun is 主送 line i and the lines that go on with it.
func (a *assembly) recipientRun(i int) []int {
	run := []int{i}
	for j := i + 1; j < len(a.roles) && a.recipientGoesOn(j); j++ {
		run = append(run, j)
	}
	return run
}

// headLines is the header's lines, a newline apart but where a 主送 line
// goes on with the one before.
func (a *assembly) headLines(idx []int) span.Text {
	var b span.Builder
	for k, i := range idx {
		if k > 0 && !(idx[k-1] == i-1 && a.recipientGoesOn(i)) {
			b.AddSeparator("\n", a.d.Lines[i].Num)
		}
		b.AddLine(a.d.Lines[i].Text, a.d.Lines[i].Num)
	}
	return b.Text()
}

// recipients reads the 主送 line, or the lines of one a copy broke inside
// a name: 各县（市、区）民政局：
func (a *assembly) recipients(run []int) {
	t := a.text(run...)
	s := strings.TrimRight(span.SqueezeString(strings.TrimSpace(t.String())), "：:")
	parts := splitList(s)
	if cue.DeputiesAddressed(s) {
		parts = []string{s} // 马某、周某等委员: the deputies a reply answers, together
	}
	for _, part := range parts {
		k := strings.Index(t.String(), part)
		if k < 0 {
			continue
		}
		a.doc.Recipients = append(a.doc.Recipients, Field{Value: part, Text: t.Slice(k, k+len(part)), Rule: "主送"})
	}
}

// contents reads the table of contents: section labels and item titles.
func (a *assembly) contents() {
	section := ""
	for i, r := range a.roles {
		if r != cue.Contents {
			continue
		}
		s := cue.ContentsEntry(a.d.Lines[i].Sq)
		if cue.IsContentsHead(s) {
			continue
		}
		if name, ok := cue.SectionName(s); ok {
			section = name
			continue
		}
		a.doc.Contents = append(a.doc.Contents, Entry{Section: section, Title: Field{Value: cue.StripEnumerator(s), Text: a.text(i), Rule: "contents"}})
	}
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

// numberString writes an issue number as digits: 39, 三十九 → 39.
func numberString(s string) string {
	if s == "" {
		return s
	}
	if s[0] >= '0' && s[0] <= '9' {
		if t := strings.TrimLeft(s, "0"); t != "" {
			return t
		}
		return "0"
	}
	if v, ok := chineseNumber(s); ok {
		return v
	}
	return s
}

// finish settles the fields that come from more than one place. The date
// is the 印发 date, else the header's issue date, else the 落款's date,
// else a web page's; the issuer is the 发文机关标志 or the editing office,
// else the 落款's first body, else the body before 关于 in the title, else
// the body a web page names.
// opensWithTable reports whether the first line of the document's own
// text, past its header and the page's chrome, is a table's.
func (a *assembly) opensWithTable() bool {
	for _, r := range a.roles {
		switch r {
		case cue.Header, cue.Chrome:
			continue
		case cue.Table:
			return true
		}
		return false
	}
	return false
}

// stampOpeningText is the page's timestamp a copy ran into the first line
// of its text (2025-05-21 09:00本报讯…), where nothing else dates it.
func (a *assembly) stampOpeningText() *DateField {
	if a.doc.Kind != Article {
		return nil // a notice's first line may open with its meeting's time
	}
	if i := a.firstTextLine(); i >= 0 {
		if iso, ok := cue.OpeningTimestamp(a.d.Lines[i].Text); ok {
			return dayField(iso, a.text(i), "timestamp")
		}
	}
	return nil
}

// firstTextLine is the first line of the text (body or brief), or -1.
func (a *assembly) firstTextLine() int {
	for i, r := range a.roles {
		if r == cue.Body || r == cue.Brief {
			return i
		}
	}
	return -1
}

func (a *assembly) finish(lab labelling) {
	d := a.doc
	if t := a.webTitle; t != nil && d.Title != nil && len(t.Value) < len(d.Title.Value) && strings.HasSuffix(d.Title.Value, t.Value) {
		// The page's grid names the title; the words before it on the
		// headline's lines are the page's column (政府信息公开 / 甘肃省…).
		d.Title = &Field{Value: t.Value, Text: d.Title.Text.Slice(len(d.Title.Value)-len(t.Value), len(d.Title.Value)), Rule: d.Title.Rule}
	} else if t != nil && d.Title != nil && len(t.Value) > len(d.Title.Value) && strings.HasSuffix(t.Value, d.Title.Value) && (agency.Shapes(strings.TrimSuffix(t.Value, d.Title.Value)) || a.wrappedUnderGrid(t, d.Title)) {
		// The grid names the whole title, the issuer before its words,
		// where the headline read lost the issuer set on a line of its own
		// over them (某县民政局 / 2023年政府信息公开工作年度报告), or the
		// lines of a headline that wraps over its last (wrappedUnderGrid).
		d.Title = &Field{Value: t.Value, Text: t.Text, Rule: t.Rule}
	} else if t != nil && (d.Title == nil || !strings.Contains(d.Title.Value, t.Value) && !strings.Contains(t.Value, d.Title.Value)) {
		// The page names its title in a field (标题: 我市举行…); a line
		// over it that shares none of it is the site's name (武安之窗).
		d.Title = &Field{Value: t.Value, Text: t.Text, Rule: t.Rule}
	}
	if t := a.webTitle; t != nil && d.Title != nil && span.SqueezeString(d.Title.Value) == span.SqueezeString(t.Value) {
		if h := a.kindUnderGrid(t); h != nil {
			d.Title = h // the headline keeps the kind the grid cut (kindUnderGrid)
		}
	}
	if d.Title != nil {
		d.Title = datedTitle(d.Title)
	}
	if t := a.matterTitle; t != nil && (d.Title == nil || d.Title.Text.LineAt(0) > t.Text.LineAt(0)) {
		// A service guide's grid names its matter (事项名称: …): the
		// page's title where no headline stands over the grid, before
		// whatever line under it a headline's rules found.
		d.Title = &Field{Value: t.Value, Text: t.Text, Rule: t.Rule}
	}
	if t := d.Title; t != nil {
		if n, start, end, ok := cue.TitledNumber(t.Value); ok {
			// The notice's number in brackets after its title, where a
			// copy heads the notice with both on one line (and may print
			// it again on a line of its own under it).
			if d.DocNumber == nil {
				d.DocNumber = &Field{Value: n, Text: t.Text.Slice(start, end), Rule: "发文字号 after the title"}
			}
			// The number is the notice's, no word of its title: the
			// title ends where its bracket opens.
			head := strings.TrimRight(t.Value[:start], "(（")
			d.Title = &Field{Value: head, Text: t.Text.Slice(0, len(head)), Rule: t.Rule}
		}
	}
	if d.DocNumber == nil {
		// The text states its own number as it issues itself (现以某财社
		// 【2015】57号文下达…): its first paragraph, where no line heads it.
		if i := a.firstTextLine(); i >= 0 {
			t := a.text(i)
			if n, start, end, ok := cue.StatedOwnNumber(t.String()); ok {
				d.DocNumber = &Field{Value: n, Text: t.Slice(start, end), Rule: "发文字号 the text states"}
			}
		}
	}
	if d.Kind == Article && d.DocNumber != nil {
		// A text that prints its own 发文字号 is a 公文 (GB/T 9704-2012
		// 7.2.4), whatever the page around it: a 批复 an information
		// page carries with its number after the title, a notice whose
		// first paragraph states its number.
		d.Kind = Notice
	}
	if d.Kind == Article && d.Title != nil && cue.OutgoingTitle(d.Title.Value) && !a.citedTitleLine(d.Title.Text.LineAt(0)) {
		// A text titled as a 公文 its issuer sends (某部关于…的通知) is one,
		// though the copy lost its 落款 or opens in the middle of it. A
		// report that cites the 公文 in 《》 on a line of its own reports it.
		d.Kind = Notice
	}
	if d.Kind == Notice && d.DocNumber == nil && len(d.Recipients) == 0 && d.Title != nil && cue.ReportTitle(d.Title.Value) {
		// A report published as such (…情况的报告, …统计公报) with no
		// 发文字号 and no 主送: a page's text, no 公文 it sends (GOLD.md).
		d.Kind = Article
	}
	if t := d.Title; t != nil {
		if k := a.siteBrand(t.Value); k > 0 {
			// The page's site set before its headline with a dot (某某网·
			// headline), as a page's title bar names the site.
			d.Title = &Field{Value: t.Value[k:], Text: t.Text.Slice(k, len(t.Value)), Rule: t.Rule}
		}
	}
	if t := d.Title; t != nil {
		if v, ok := cue.OriginalTitle(t.Value); ok {
			if k := strings.Index(t.Text.String(), v); k >= 0 {
				d.Title = &Field{Value: v, Text: t.Text.Slice(k, k+len(v)), Rule: t.Rule}
			}
		}
	}
	if d.Issue == nil && d.TotalIssue != nil {
		// GOLD.md: the issue is the 总第N期 where it is the only number
		// the bulletin prints (慈善之声(2023年4月 总第53期)).
		d.Issue = &Field{Value: d.TotalIssue.Value, Text: d.TotalIssue.Text, Rule: "总第N期, the only number"}
	}
	switch {
	case a.printedDate != nil && d.Kind == Notice:
		d.Date = a.printedDate
	case d.Date != nil:
	case a.signDate != nil:
		d.Date = a.signDate
	case a.printedDate != nil:
		d.Date = a.printedDate
	case a.titleDate != nil:
		d.Date = a.titleDate
	case a.numberDate != nil:
		d.Date = a.numberDate
	case a.webDate != nil:
		d.Date = a.webDate
	case a.dayLine != nil:
		d.Date = a.dayLine
	default:
		if d.Date = a.paperDay(); d.Date == nil {
			d.Date = a.stampOpeningText()
		}
	}
	if d.Issuer != nil && d.Issuer.Rule == "editing office" && d.Kind == Notice && d.Signer != nil {
		// A body's name over a notice's number, as a copy of the notice
		// prints it (广东省东莞市人民政府 / 东府办[2005]42号), gives way to
		// the 落款 that signs it: an editing office is a bulletin's.
		d.Issuer = d.Signer
	}
	var banner *Field
	if d.Issuer != nil && d.Issuer.Rule == "editing office" && a.bannerOverHeadline(d) {
		// A body's name over a page's headline, where the page's own
		// information line stands under that headline (昌吉市人民政府 /
		// headline / 2019-01-14 来源:…), is the site's banner: the text's
		// masthead is printed under the page's head, never over it. A
		// report the site carries is not the site's own; a notice it
		// publishes is, where the page names no other body.
		banner, d.Issuer = d.Issuer, nil
	}
	if d.Issuer == nil {
		// What the document prints (落款, masthead) comes first, then a
		// page's issuer field, then the body a notice's title names
		// (GOLD.md).
		var titled *Field
		if d.Title != nil && d.Kind == Notice {
			if org := cue.TitleIssuer(d.Title.Value); org != "" {
				// The squeezed title finds the issuers' end (关于 may be
				// letter-spaced); the spaces it was printed with part them.
				org = span.SqueezeString(agency.First(spacedTitle(d.Title.Text.Slice(0, len(org)))))
				titled = &Field{Value: org, Text: d.Title.Text.Slice(0, len(org)), Rule: "title"}
			}
		}
		if titled == nil && d.Kind == Notice {
			titled = a.issuerOverTitle()
		}
		if titled == nil && d.Title != nil {
			titled = a.issuerOverTitleHalf(d.Title.Value)
		}
		switch {
		case d.Signer != nil:
			d.Issuer = d.Signer
		case a.printedBy != nil:
			// A 落款 of its date alone: the office that printed the
			// document (某省民政厅办公室 2019年5月29日印发) is what it
			// prints of who issued it.
			d.Issuer = a.printedBy
		case a.webIssuer != nil && (titled == nil || !placeOnly(a.webIssuer.Value)):
			// A field that names a place alone (来源:湘西州龙山县) stands
			// for its government only where the document names no body.
			d.Issuer = a.webIssuer
		case titled != nil:
			d.Issuer = titled
		}
	}
	if d.Issuer == nil && a.webIssuer != nil {
		d.Issuer = a.webIssuer
	}
	if d.Issuer == nil && d.Kind == Notice {
		d.Issuer = banner
	}
	// A page that publishes a table with nothing before it but the page's
	// information lines (…重点工作进展表) is titled by the table's title.
	if d.Title == nil && len(d.Blocks) > 0 && d.Blocks[0].Title != nil && cue.NamesTable(d.Blocks[0].Title.Value) && a.opensWithTable() {
		t := *d.Blocks[0].Title
		d.Title = &t
		if d.Date == nil {
			// Its line may close with the page's timestamp (…一览表
			// (2024-03-27 )), which the table's title leaves out.
			for i, l := range a.d.Lines {
				if l.Num != t.Text.Lines().First {
					continue
				}
				if iso, ok := cue.Timestamp(l.Text); ok {
					d.Date = dayField(iso, a.text(i), "timestamp")
				}
				break
			}
		}
	}
	for _, l := range d.Lines {
		if cue.ProclaimsRules(l.Text) {
			d.ProclaimedAt = l.Num
			break
		}
	}
	// The title states the period a document covers (民政工作周报
	// (2020.10.12——10.18), 2025年…工作要点) before any line of its text.
	if d.Title != nil {
		d.StatedYear = titleYear(d.Title.Value)
	}
	// An issue's number line states its year (各地慈善动态 2023年第37期):
	// the year of an undated bulletin's news.
	for _, l := range a.doc.Lines {
		if d.StatedYear > 0 || d.Date != nil || d.Kind != Bulletin {
			break
		}
		if issue, total := cue.Issue(span.SqueezeString(l.Text)); issue != "" || total != "" {
			d.StatedYear = titleYear(l.Text)
		}
	}
	// A disclosure page's 索引号 numbers its record by the year it was made
	// public (机构代码/年份-流水号: 000014349/2024-1113482): the year of an
	// undated page's text.
	for _, l := range a.doc.Lines {
		if d.StatedYear > 0 || d.Date != nil {
			break
		}
		if l.Role == cue.Header {
			d.StatedYear = indexYear(l.Text)
		}
	}
	// An undated text that deploys a year's work (安排部署2021年民政各项
	// 工作) was written in that year, whatever year it reviews first
	// (回顾2020年民政工作): an annual work meeting is held in the year it
	// plans for.
	for _, l := range a.doc.Lines {
		if d.StatedYear > 0 || d.Date != nil {
			break
		}
		if l.Role == cue.Body || l.Role == cue.Heading || l.Role == cue.Brief || l.Role == cue.Subheading {
			d.StatedYear = deployedYear(span.SqueezeString(l.Text))
		}
	}
	for _, l := range a.doc.Lines {
		if d.StatedYear > 0 {
			break
		}
		if l.Role == cue.Body || l.Role == cue.Heading || l.Role == cue.Brief || l.Role == cue.Subheading {
			// A line that places the text in time with words (去年, 今年)
			// settles it: a year in figures further on may be either.
			if y, placed := chrono.LineYear(span.SqueezeString(l.Text)); placed {
				d.StatedYear = y
				break
			}
		}
	}
	if d.StatedYear == 0 && d.Date != nil {
		d.StatedYear = d.Ref().Year
	}
	if len(d.Items) == 0 && d.Kind == Bulletin {
		a.warn(0, "no-items", "no items found in the bulletin")
	}
	for _, it := range d.Items {
		if it.Title == nil && !it.Brief && d.Kind == Bulletin {
			a.warn(it.Lines().First, "no-heading", "item heading not found")
		}
	}
	if lab.profile >= 0 && lab.margin < a.lineScale(lab) {
		a.warn(0, "kind-uncertain", "the kind of document is a near thing: another kind explains the lines almost as well")
	}
}

// lineScale is what one line adds to a labelling's score on average: a
// kind chosen by less than that hangs on less than a line's evidence.
func (a *assembly) lineScale(lab labelling) float64 {
	if len(a.d.Lines) == 0 {
		return 0
	}
	return math.Abs(lab.score) / float64(len(a.d.Lines))
}

// titleYear is the year a title states: a year with 年, or the year of a
// full date written with figures.
func titleYear(title string) int {
	t := span.SqueezeString(title)
	if y := chrono.StatedYear(t); y > 0 {
		return y
	}
	for _, e := range chrono.Find(t, chrono.Ref{}) {
		if e.Value != "" && e.YearFrom == "text" {
			if y, err := strconv.Atoi(e.Value[:4]); err == nil {
				return y
			}
		}
	}
	return 0
}

// deployedYear is the year whose work s deploys: a year right after a
// word of deploying (部署2021年…, cue words: deploy), or 0.
func deployedYear(s string) int {
	for _, w := range cue.DeployWords() {
		for i := 0; ; {
			k := strings.Index(s[i:], w)
			if k < 0 {
				break
			}
			j := i + k + len(w)
			if y, _, ok := chrono.YearAt(s, j, chrono.Ref{}); ok {
				return y
			}
			i = j
		}
	}
	return 0
}

// siteBrand is where the headline starts after a web site's name set
// before it with a middle dot (某某网·…), or 0: a site's name, or the name
// ending in 网 that the page's information lines give too (作者：某某网),
// which is the page's own site however it is named.
func (a *assembly) siteBrand(title string) int {
	site, rest, ok := strings.Cut(title, "·")
	if !ok || rest == "" || !cue.HasHan(rest) || !strings.HasSuffix(site, "网") && !strings.HasSuffix(site, "网站") {
		return 0
	}
	if cue.IsSiteName(site) {
		return len(site) + len("·")
	}
	for i, r := range a.roles {
		if r == cue.Header && strings.Contains(a.d.Lines[i].Sq, site) {
			return len(site) + len("·")
		}
	}
	return 0
}

// bannerOverHeadline reports whether the editing office d names stands
// over d's headline while the page's information (its date or issuer
// field, or a bare timestamp) stands under it.
func (a *assembly) bannerOverHeadline(d *Document) bool {
	if d.Title == nil || d.Issuer == nil {
		return false
	}
	title := d.Title.Text.LineAt(0)
	if d.Issuer.Text.LineAt(0) >= title || strings.HasPrefix(d.Title.Value, d.Issuer.Value) {
		// A headline that opens with the banner's body is the site's own
		// text (某厅2017年政府信息公开工作年度报告 under 某厅).
		return false
	}
	under := func(f *Field) bool { return f != nil && f.Text.LineAt(0) > title }
	return under(a.webIssuer) || a.webDate != nil && under(&a.webDate.Field)
}

// indexYearRe is the year of a 索引号's value (000014349/2024-1113482).
var indexYearRe = regexp.MustCompile(`^[0-9A-Za-z-]+/((?:19|20)\d{2})-`)

// indexYear is the year a line's 索引号 field numbers its record by, or 0.
func indexYear(line string) int {
	for _, f := range cue.InfoFields(line) {
		if !cue.IndexField(f.Key) {
			continue
		}
		if m := indexYearRe.FindStringSubmatch(strings.TrimSpace(f.Value)); m != nil {
			y, _ := strconv.Atoi(m[1])
			if chrono.PlausibleYear(y) {
				return y
			}
		}
	}
	return 0
}
