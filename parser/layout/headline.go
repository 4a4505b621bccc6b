package layout

import (
	"regexp"
	"slices"
	"strings"

	"bulletin/parser/agency"
	"bulletin/parser/layout/cue"
	"bulletin/parser/span"
)

// A headlineRule reads a page's headline from a place headlines are
// printed, where the decoder labelled no line the title: under a label,
// after or over the information lines, over the text. Its name is the
// rule the title's evidence gives.
type headlineRule interface {
	name() string
	// find returns the headline, if the rule sees one.
	find(a *assembly) (headline, bool)
}

// A headline is what a headlineRule found: its line, its words there, and
// whether the line is the title's (a heading run into its text is not:
// its line stays the body's).
type headline struct {
	line  int
	words span.Text
	title bool
	// copies are lines that print the headline again, the page's
	// chrome (printedAbove).
	copies []int
}

// headlineRules are tried in order where no line was labelled the title;
// the first that finds a headline gives it. The nearer a rule's place is
// to where a headline stands on most pages, the earlier it comes.
var headlineRules = []headlineRule{
	mastheadLine{},
	issueLineName{},
	overLead{},
	underLabel{},
	afterInfo{},
	overInfoLine{},
	overText{},
	overSections{},
	coupletUnderChrome{},
	kindAlone{},
	entryHeading{},
	runInKind{},
	gridTitle{},
	issuedDocument{},
	trailPage{},
}

// readHeadline gives the document the title the first of headlineRules
// finds.
func (a *assembly) readHeadline() {
	for _, r := range headlineRules {
		h, ok := r.find(a)
		if !ok || cue.PromulgationNote(h.words.String()) {
			continue // a rules text's note of its passing is no headline
		}
		a.doc.Title = &Field{Value: h.words.String(), Text: h.words, Rule: r.name()}
		if h.title {
			a.roles[h.line] = cue.Title
		}
		for _, c := range h.copies {
			a.relabel(c, cue.Chrome)
		}
		if _, ok := r.(issuedDocument); ok {
			a.issued = h.line
		}
		return
	}
}

// mastheadLine reads a bulletin's name from the head line that prints it
// alone, where the decoder took none for the title (各地慈善动态 under the
// page's line of name and issue, read as that line printed again).
type mastheadLine struct{}

func (mastheadLine) name() string { return "masthead" }

func (mastheadLine) find(a *assembly) (headline, bool) {
	if a.doc.Kind != Bulletin {
		return headline{}, false
	}
	m := cue.All[cue.Index("masthead")]
	for i := 0; i < a.contentStart(); i++ {
		if m.Match(a.d, i) {
			v := cue.MastheadName(a.d.Lines[i].Sq)
			t := a.text(i)
			if k := strings.Index(t.String(), v); k >= 0 && v != "" {
				return headline{line: i, words: t.Slice(k, k+len(v)), title: true}, true
			}
		}
	}
	return headline{}, false
}

// overLead reads the headline of a report printed as a paper prints it:
// the line right over a lead that opens with the outlet's dateline (积极为
// 流浪乞讨人员寻亲 / 本报讯(张青春)2月24日,…), whatever the page set
// above it (its date, a kicker naming the body the story is of).
type overLead struct{}

func (overLead) name() string { return "headline over the lead" }

func (overLead) find(a *assembly) (headline, bool) {
	for i, r := range a.roles {
		if r == cue.Chrome || r == cue.Header || r == cue.Title {
			continue
		}
		if !cue.OutletLead(a.d.Lines[i].Sq) || i == 0 {
			return headline{}, false
		}
		h := i - 1
		if h > 0 && creditedIn(a.d.Lines[h].Sq, a.d.Lines[i].Sq) {
			h-- // the reporter's name over the lead that credits it (韩某 / 本报讯(记者韩某)…)
		}
		if !a.headlineShaped(h) || cue.PageFurniture(a.d.Lines[h]) {
			return headline{}, false
		}
		if a.bodyNamed(h) {
			return headline{}, false // a body's name: the kicker, no headline
		}
		return a.headlineAt(h)
	}
	return headline{}, false
}

// creditedIn reports whether name, a line of Chinese characters alone, is
// a name the dateline of lead credits in its brackets (本报讯(记者韩某)…).
func creditedIn(name, lead string) bool {
	if name == "" || !cue.HasHan(name) || strings.ContainsFunc(name, func(r rune) bool { return !cue.IsHan(r) }) {
		return false
	}
	open := strings.IndexAny(lead, "(（")
	if open < 0 {
		return false
	}
	end := strings.IndexAny(lead[open:], ")）")
	if end < 0 {
		return false
	}
	return strings.Contains(lead[open:open+end], name)
}

// underLabel reads the headline of a page whose head opens with a label
// in the headline's place (附件1, 当前位置): the first line of the head
// after it that has a headline's shape, the information lines aside.
type underLabel struct{}

func (underLabel) name() string { return "headline under a label" }

func (underLabel) find(a *assembly) (headline, bool) {
	if a.headLabel < 0 {
		return headline{}, false
	}
	for i := a.headLabel + 1; i < len(a.roles) && (a.roles[i] == cue.Header || a.roles[i] == cue.Chrome); i++ {
		if a.roles[i] == cue.Header && a.headlineShaped(i) {
			return a.headlineAt(i)
		}
	}
	return headline{}, false
}

// afterInfo reads the headline of a page whose information lines stand
// above it (索引号, 发布机构 … and then the title, as the open-government
// pages print them): the last line of the head that is a headline's
// shape, names no field, and has the text right under it.
type afterInfo struct{}

func (afterInfo) name() string { return "headline after the information lines" }

func (afterInfo) find(a *assembly) (headline, bool) {
	last := -1
	for i, r := range a.roles {
		if r == cue.Chrome {
			continue
		}
		if r != cue.Header {
			break
		}
		last = i
	}
	if last < 0 || last+1 >= len(a.roles) {
		return headline{}, false
	}
	next := last + 1
	for next < len(a.roles) && a.roles[next] == cue.Chrome {
		next++
	}
	if next >= len(a.roles) || a.roles[next] != cue.Body && a.roles[next] != cue.Heading && a.roles[next] != cue.Table {
		return headline{}, false // the text right under it, or the grid a disclosure page prints
	}
	if p := a.prevLine(last); p >= 0 && strings.HasPrefix(a.d.Lines[last].Sq, "—") && a.roles[p] == cue.Header && a.headlineShaped(p) {
		// A subtitle (——某某活动圆满举行) is no headline alone: the
		// headline stands over it.
		last = p
	}
	// The period a title is of, set on a line of its own under it
	// (…工作年度报告 / （2023年度）, …规划 / （2021—2025年）), is the title's.
	period := -1
	if p := a.prevLine(last); p >= 0 && titlePeriod(a.d.Lines[last].Sq) && a.roles[p] == cue.Header && a.headlineShaped(p) {
		period, last = last, p
	}
	if !a.headlineShaped(last) {
		return headline{}, false
	}
	if a.bodyNamed(last) {
		return headline{}, false // a body's name: the editing office or a kicker, no headline
	}
	h, ok := a.headlineAt(last)
	lines := []int{last}
	if p := a.prevLine(last); ok && p >= 0 && p == a.d.WordsFrom() && a.roles[p] == cue.Header && a.bodyNamed(p) && (issuerOpens(h.words.String()) || period >= 0) {
		// The issuing body on the document's first line over a title
		// that names none (某县民政局 / 2025年政府信息公开工作年度报告,
		// 某局 / 关于…的报告): one title, as a notice's issuer over
		// 关于…的通知 is.
		if t := a.text(p, last); strings.HasSuffix(t.String(), h.words.String()) {
			h.words, lines = t, []int{p, last}
		}
	}
	if ok && period >= 0 && h.words.String() == a.text(lines...).String() {
		h.words = a.text(append(lines, period)...)
	}
	if ok && period < 0 {
		if q, copies := a.printedAbove(last); q >= 0 {
			if hq, okq := a.headlineAt(q); okq {
				hq.copies = copies
				return hq, true
			}
		}
	}
	return h, ok
}

// printedAbove finds the headline printed whole on a line of the head
// above the last lines of the head, which print it again split in two
// (某区民政局2026年度…计划 / 日期: … / 某区民政局 / 2026年度…计划: the
// page's headline, then the document's own title set as the issuer's line
// over its words): the line q, and the lines of the second printing; q is
// -1 where no line above prints them whole.
func (a *assembly) printedAbove(last int) (int, []int) {
	// The line right over it, whatever the decoder took it for: the
	// issuer's name may read as the site's, chrome.
	p := last - 1
	if p < 0 || a.roles[p] != cue.Header && a.roles[p] != cue.Chrome || !a.headlineShaped(p) {
		return -1, nil
	}
	want := span.SqueezeString(a.d.Lines[p].Sq) + span.SqueezeString(a.d.Lines[last].Sq)
	for q := 0; q < p; q++ {
		if a.roles[q] == cue.Header && span.SqueezeString(a.d.Lines[q].Sq) == want && a.headlineShaped(q) {
			return q, []int{p, last}
		}
	}
	return -1, nil
}

// titlePeriod reports whether s is the period a title is of, in brackets
// on a line of its own: a year (（2023年度）, (2023年)) or a span of years
// (（2021—2025年）).
func titlePeriod(s string) bool { return titlePeriodRe.MatchString(strings.TrimSpace(s)) }

var titlePeriodRe = regexp.MustCompile(`^[（(](?:19|20)\d{2}(?:年度?)?(?:\s*[—–\-~～至]\s*(?:19|20)\d{2})?年度?[)）]$`)

// issuerOpens reports whether a title leaves its issuing body to the line
// above: it opens with 关于 or with the year it is of. (The layout reads
// a 繁體 text mapped to simplified characters.)
func issuerOpens(s string) bool { return issuerOpensRe.MatchString(s) }

var issuerOpensRe = regexp.MustCompile(`^(?:关于|(?:19|20)\d{2}年)`)

// overInfoLine reads the headline of a page from its place: the first
// line of the head that has a headline's shape and stands right over the
// page's information line (…年度报告 / 时间：2018-03-16 16:32:00), the grid
// of fields above it and the site's name aside.
type overInfoLine struct{}

func (overInfoLine) name() string { return "headline over the information line" }

func (overInfoLine) find(a *assembly) (headline, bool) {
	for i := 0; i < a.contentStart(); i++ {
		if a.roles[i] != cue.Header || !a.headlineShaped(i) || !a.overInfo([]int{i}) {
			continue
		}
		if i > 0 && cue.LabelAlone(a.d.Lines[i-1].Sq) {
			continue // a field's value under its label (公开方式： / 主动公开)
		}
		// A body's name, or its name and a date, is an issue's editing
		// office or the site's name, no headline.
		if _, date := a.bodyAndDate(i); date != nil || a.bodyNamed(i) {
			continue
		}
		return a.headlineAt(i)
	}
	return headline{}, false
}

// overText reads as the headline of a report with no title the heading
// that opens its content, the page's banner, trail of links and
// information lines aside, over the text (洞口县人民政府 / 您当前所在位置：… /
// 县民政局组织…走访慰问困难群众 / 1月29日，…): a report's first words over
// its text are its headline, not the title of a part.
type overText struct{}

func (overText) name() string { return "headline" }

func (overText) find(a *assembly) (headline, bool) {
	i, ok := a.articleOpening(cue.Heading)
	if !ok {
		return headline{}, false
	}
	if k, _, _ := cue.Enumerator(a.d.Lines[i].Sq); k != cue.NoEnum || a.statesSentence(i) {
		// A numbered part's, or a lead's run-in words (齐鲁晚报济南9月22日讯
		// …。): a headline states no sentence.
		return headline{}, false
	}
	j := a.nextLine(i)
	if j < 0 || a.roles[j] != cue.Body {
		return headline{}, false
	}
	for k := j + 1; k < len(a.roles); k++ {
		if a.roles[k] == cue.Heading {
			return headline{}, false // headings further on: the first is a part's, as theirs are
		}
	}
	return headline{line: i, words: a.text(i), title: true}, true
}

// coupletUnderChrome reads as the headline of a report with no title the
// couplet (two matched phrases, one comma: 某市发布殡葬新规,基本服务费用
// 管理更规范) that stands first under the page's chrome (its trail, its
// tools), or first in the copy over a lead that opens with its outlet or
// its day, and over the text: a report heads its text so, and running
// text under a page's tools opens a sentence that it ends or runs on.
type coupletUnderChrome struct{}

func (coupletUnderChrome) name() string { return "headline under the page's chrome" }

func (coupletUnderChrome) find(a *assembly) (headline, bool) {
	if a.doc.Kind != Article {
		return headline{}, false
	}
	if len(a.roles) > 0 && a.coupletOverText(0) && (a.leadUnder(0) || a.datedLeadUnder(0)) {
		return a.headlineAt(0) // first in the copy, over a lead
	}
	for i := 1; i < len(a.roles); i++ {
		if a.roles[i] == cue.Chrome || a.roles[i-1] != cue.Chrome {
			continue
		}
		if !a.coupletOverText(i) {
			return headline{}, false
		}
		return a.headlineAt(i)
	}
	return headline{}, false
}

// coupletOverText reports whether line i, a line of the text, is a
// couplet of words (no figures), not wrapped, over the text.
func (a *assembly) coupletOverText(i int) bool {
	j := a.nextLine(i)
	s := a.d.Lines[i].Sq
	return a.roles[i] == cue.Body && j >= 0 && a.roles[j] == cue.Body && !a.d.Full(i) && cue.Couplet(s) && !strings.ContainsAny(s, "0123456789")
}

// overSections reads as the headline of a page with no title the line
// that opens its content over its numbered sections (临时救助申请流程 /
// 一、临时救助申请人…): words with a headline's shape, no sentence, over
// the first section of the text.
type overSections struct{}

func (overSections) name() string { return "headline over the sections" }

func (overSections) find(a *assembly) (headline, bool) {
	i, ok := a.articleOpening(cue.Body)
	if !ok || !a.headlineShaped(i) || !cue.TitleLongEnough(a.d.Lines[i].Sq) || a.bodyNamed(i) || cue.PageFurniture(a.d.Lines[i]) {
		return headline{}, false
	}
	j := a.nextLine(i)
	if j < 0 || a.roles[j] != cue.Heading {
		return headline{}, false
	}
	if k, _, _ := cue.Enumerator(a.d.Lines[j].Sq); k == cue.NoEnum {
		return headline{}, false
	}
	return a.headlineAt(i)
}

// kindAlone reads as a notice's title the head line that names its kind
// alone (通告 under the lead a page reposts it with): a public text may
// print no more title than that. Header lines stand in the head only.
type kindAlone struct{}

func (kindAlone) name() string { return "notice title" }

func (kindAlone) find(a *assembly) (headline, bool) {
	if a.doc.Kind != Notice {
		return headline{}, false
	}
	for i, r := range a.roles {
		if (r == cue.Header || r == cue.Title) && cue.KindAlone(a.d.Lines[i].Sq) {
			return a.headlineAt(i)
		}
	}
	return headline{}, false
}

// entryHeading reads the headline of an entry of a yearbook or a
// chronicle, which runs its heading in brackets into its text (【1986年
// 殡葬改革工作情况】 全年火化…): the bracketed words that open the text.
type entryHeading struct{}

func (entryHeading) name() string { return "entry heading" }

func (entryHeading) find(a *assembly) (headline, bool) {
	i, ok := a.articleOpening(cue.Body)
	if !ok {
		return headline{}, false
	}
	t := a.text(i)
	s := t.String()
	if !strings.HasPrefix(s, "【") {
		return headline{}, false
	}
	end := strings.Index(s, "】")
	if end < 0 || strings.TrimSpace(s[end+len("】"):]) == "" {
		return headline{}, false
	}
	v := strings.TrimSpace(s[len("【"):end])
	if v == "" || !cue.HasHan(v) || cue.SentencePunct(v) {
		return headline{}, false
	}
	if _, ok := cue.SectionName(v); ok {
		return headline{}, false // a column's tag (【民政动态】), no entry's heading
	}
	if cue.OutletLead(strings.TrimPrefix(a.d.Lines[i].Sq, "【")) {
		return headline{}, false // an outlet's dateline (【本报讯】), a lead's first words
	}
	if cue.ScriptLabel(a.d.Lines[i].Sq) != "" {
		return headline{}, false // a news script's label (【解说】), the narration's
	}
	k := strings.Index(s, v)
	return headline{line: i, words: t.Slice(k, k+len(v))}, true
}

// articleOpening is the line that opens an article's content, and whether
// it has role r; a bulletin's or a notice's opening line heads no page.
func (a *assembly) articleOpening(r cue.Role) (int, bool) {
	i := a.contentStart()
	return i, a.doc.Kind == Article && i < len(a.roles) && a.roles[i] == r
}

// headlineBeforeFields finds the headline a page prints on its
// information line, before the fields (吉林省召开2023年全省民政工作会议
// 作者: 来源:… 发布时间:…): the words before the first field, a space
// apart from it, with a headline's shape (no body's name, no site's
// address). It returns the line, or -1. It outranks title lines above
// it that stand over no information line (head).
func (a *assembly) headlineBeforeFields() (int, string) {
	for i, r := range a.roles {
		if r != cue.Header && r != cue.Title && r != cue.Chrome {
			break // the head ends where the content opens
		}
		if r != cue.Header {
			continue
		}
		l := a.d.Lines[i]
		fs := cue.InfoFields(l.Text)
		if len(fs) == 0 || fs[0].Start == 0 || emptyFields(fs) {
			continue // no field, or a list's header row (序号 标题 发文字号 …)
		}
		before := l.Text[:fs[0].Start]
		if strings.TrimRight(before, " \u3000\t") == before {
			continue // the words run into the field: a column's name, no headline
		}
		// The page's day and time before the fields with no label of
		// their own (…活动 2023-08-17 来源:…) are no words of the headline.
		if end, _, _, ok := cue.StampAfter(strings.TrimRight(before, " \u3000\t")); ok {
			before = before[:end]
		}
		v := span.SqueezeString(strings.TrimSpace(before))
		if !cue.HasHan(v) || cue.SentencePunct(v) || cue.EndsSentence(v) || agency.Shapes(v) || strings.Contains(v, "://") || strings.Contains(v, "www.") {
			continue
		}
		if ws := strings.Fields(before); cue.HostName(ws[len(ws)-1]) {
			continue // a publisher and its site's host (某市财政局 cz.example.gov.cn 发布时间:…)
		}
		if _, ok := cue.Timestamp(v); ok || cue.ViewCount(v) {
			continue // the page's day, or its count of views (0次浏览 发布时间:…)
		}
		if _, ok := cue.SectionName(v); ok {
			continue // a column's name (工作动态 发布时间:…)
		}
		if strings.HasPrefix(a.text(i).String(), v) {
			return i, v
		}
		return -1, ""
	}
	return -1, ""
}

// headlineShaped reports whether line i has a headline's shape: words, no
// sentence, no field, timestamp, 发文字号, issuer's mark, 第N期, byline,
// credit or asker's label.
func (a *assembly) headlineShaped(i int) bool {
	l := a.d.Lines[i]
	s := l.Sq
	// A field, in brackets too ((来源:中工网)), as a page's foot or head
	// prints it, is no headline.
	if !cue.HasHan(s) || cue.SentencePunct(s) || cue.EndsSentence(s) || len(cue.InfoFields(strings.Trim(l.Text, "()（） "))) > 0 || a.d.Info(i) || cue.NamedByline(l.Text) || cue.Credit(s) || a.d.Asker(i) {
		return false
	}
	if _, ok := cue.Timestamp(l.Text); ok {
		return false
	}
	if _, ok := cue.FullDate(s); ok {
		return false
	}
	if _, ok := cue.DocNumber(s); ok {
		return false
	}
	if _, ok := cue.IssuerMark(s); ok {
		return false
	}
	if a.tagAlone(i) || cue.PhotoTag(s) {
		return false
	}
	issue, total := cue.Issue(s)
	return issue == "" && total == ""
}

// headlineAt is line i read whole as the headline, a cell's bars aside.
func (a *assembly) headlineAt(i int) (headline, bool) {
	v := strings.Trim(a.d.Lines[i].Sq, " |")
	t := a.text(i)
	k := strings.Index(t.String(), v)
	if v == "" || k < 0 {
		return headline{}, false
	}
	return headline{line: i, words: t.Slice(k, k+len(v)), title: true}, true
}

// bodyNamed reports whether line i names a body and nothing else (an
// editing office, a site's name, a paper's kicker): no headline.
func (a *assembly) bodyNamed(i int) bool {
	who, _ := a.bodyAndDate(i)
	return who != nil || agency.Shapes(strings.TrimSpace(a.d.Lines[i].Text))
}

// kicker reports whether header line i, a body's name, stands right over
// the headline of a paper's report (its lead opens with the outlet's
// dateline): the kicker (引题) a paper sets over it, naming the body the
// story is of, not the one that issued it. Over a web page's headline a
// body's name is the site's.
func (a *assembly) kicker(i int) bool {
	j := a.nextLine(i)
	if a.doc.Kind != Article || j < 0 || a.roles[j] != cue.Title {
		return false
	}
	for j >= 0 && a.roles[j] == cue.Title {
		j = a.nextLine(j)
	}
	return j >= 0 && cue.OutletLead(a.d.Lines[j].Sq)
}

// nextLine is the line after i that is not chrome, or -1.
func (a *assembly) nextLine(i int) int {
	for j := i + 1; j < len(a.roles); j++ {
		if a.roles[j] != cue.Chrome {
			return j
		}
	}
	return -1
}

// emptyFields reports whether several fields stand on a line with no
// value among them: the column heads of a list, not a page's information.
func emptyFields(fs []cue.InfoField) bool {
	if len(fs) < 2 {
		return false
	}
	for _, f := range fs {
		if f.Value != "" {
			return false
		}
	}
	return true
}

// gridTitle reads the headline of a page that is one grid: the title it
// prints over its rows (西塞山区民政局主动公开事项目录 in the grid's first
// row, a cell alone, or on a line of its own right over it), which names
// the page as it names the grid. The line stays the table's.
type gridTitle struct{}

func (gridTitle) name() string { return "grid title" }

func (gridTitle) find(a *assembly) (headline, bool) {
	for i, r := range a.roles {
		if r == cue.Chrome {
			continue
		}
		if r != cue.Table {
			return headline{}, false
		}
		var cells []string
		for _, c := range strings.Split(a.d.Lines[i].Sq, "|") {
			if c = strings.TrimSpace(c); c != "" {
				cells = append(cells, c)
			}
		}
		if len(cells) != 1 || !a.headlineShaped(i) || !cue.TitleLongEnough(cells[0]) {
			return headline{}, false
		}
		h, ok := a.headlineAt(i)
		h.title = false
		return h, ok
	}
	return headline{}, false
}

// issuedText reads the document a notice issues, printed after its 落款,
// as the record's text where the notice took that document's title
// (issuedDocument): the record describes it, so its parts are the items,
// numbered at the outermost numbering it uses itself (第一章 over 第一条).
// The notice's own words stay its preamble; an issued text numbered
// nowhere has no items, as a report without headings has none, nor has
// one numbered by articles alone that give no heading of their own
// (第一条 为规范…，制定本办法。): each is a provision, no section.
//
// So is a text after the 落款 that the page's title is printed again
// over (a 备案报告 whose page is titled by the 起草说明 it carries:
// 关于…的 / 起草说明 over 一、起草背景): the page is that text's.
func (a *assembly) issuedText() {
	at := a.issued
	if at < 0 {
		at = a.titledAttachment()
	}
	if at < 0 {
		return
	}
	end := at + 1
	for end < len(a.roles) && a.roles[end] == cue.Attachment {
		if _, head := cue.AttachmentHead(a.d.Lines[end].Sq); head {
			break // 附件2: another attachment
		}
		end++
	}
	top := cue.TopOf(a.d.Lines[at+1 : end])
	if top == cue.NoEnum || top == cue.Article && !headedArticles(a.d.Lines[at+1:end]) {
		return
	}
	for i := at + 1; i < end; i++ {
		if k, _, _ := cue.Enumerator(a.d.Lines[i].Sq); k == top {
			a.relabel(i, cue.Heading)
		} else {
			a.relabel(i, cue.Body)
		}
	}
}

// headedArticles reports whether every article among lines opens with a
// heading of words alone (第一条 收费项目。), not with its provision's
// running text.
func headedArticles(lines []cue.Line) bool {
	for _, l := range lines {
		k, _, end := cue.Enumerator(l.Sq)
		if k == cue.Article && cue.SentencePunct(strings.TrimRight(l.Sq[end:], "。. ")) {
			return false
		}
	}
	return true
}

// titledAttachment is the last line of the document's title printed
// again, on up to as many lines as the title took, right over the
// attachment zone or as its first lines; -1 where the title is not so
// printed.
func (a *assembly) titledAttachment() int {
	if a.doc.Title == nil {
		return -1
	}
	first := slices.Index(a.roles, cue.Attachment)
	if first < 0 {
		return -1
	}
	want := span.SqueezeString(a.doc.Title.Value)
	lines := strings.Count(a.doc.Title.Text.String(), "\n") + 2 // a line more than the title took: a copy may wrap it anew
	printed := a.doc.Title.Text.LineAt(a.doc.Title.Text.Len())  // the title's own last line
	for from := max(0, first-lines); from <= first; from++ {
		if a.d.Lines[from].Num <= printed {
			continue // the title where it first stands
		}
		var b strings.Builder
		for to := from; to < len(a.d.Lines) && to-from < lines; to++ {
			if to >= first && a.roles[to] != cue.Attachment {
				break
			}
			b.WriteString(span.SqueezeString(a.d.Lines[to].Text))
			if b.String() == want && to+1 >= first {
				return to
			}
		}
	}
	return -1
}

// issuedDocument: a notice with no title of its own that issues or
// forwards a document it reproduces (现将《某某实施办法》印发给你们, the
// document's title printed again over its text further on) describes that
// document (GOLD.md: a forwarding notice with no title of its own): its
// title is the issued document's, read where that is printed.
type issuedDocument struct{}

func (issuedDocument) name() string { return "issued document's title" }

func (issuedDocument) find(a *assembly) (headline, bool) {
	if a.doc.Kind != Notice {
		return headline{}, false
	}
	i, j := a.issuedPrinted(func(cue.Role) bool { return true })
	if j >= 0 {
		return headline{line: j, words: a.text(j)}, true
	}
	if i < 0 {
		return headline{}, false
	}
	v, _ := cue.IssuedTitle(a.d.Lines[i].Sq)
	return a.issuedOverAttachment(i, v)
}

// issuedOverAttachment finds the issued document's title v where the
// lines after the 落款 print it other than alone on a line: wrapped over
// two lines or more (某省慈善募捐管理指引 / （试行）), or with the text
// it heads run on after it where a copy lost the break
// (2024年全市民政工作要点2024年是…). The line the title ends on is the
// headline's.
func (a *assembly) issuedOverAttachment(i int, v string) (headline, bool) {
	want := span.SqueezeString(v)
	if want == "" {
		return headline{}, false
	}
	for j := i + 1; j < len(a.roles); j++ {
		if a.roles[j] != cue.Attachment {
			continue
		}
		s := a.d.Lines[j].Sq
		if t := a.text(j); strings.HasPrefix(s, want) && len(s) > len(want) && strings.HasPrefix(t.String(), v) {
			return headline{line: j, words: t.Slice(0, len(v))}, true
		}
		got := s
		for k := j + 1; k < len(a.roles) && len(got) < len(want) && strings.HasPrefix(want, got); k++ {
			if a.roles[k] != cue.Attachment {
				break
			}
			if got += a.d.Lines[k].Sq; got == want {
				idx := make([]int, 0, k-j+1)
				for x := j; x <= k; x++ {
					idx = append(idx, x)
				}
				return headline{line: k, words: a.text(idx...)}, true
			}
		}
	}
	return headline{}, false
}
