package layout

import (
	"slices"
	"strings"

	"bulletin/parser/agency"
	"bulletin/parser/layout/cue"
	"bulletin/parser/lexicon"
	"bulletin/parser/span"
)

// A runTrim narrows the runs of lines the decoder labelled the title to
// the headline's, by one printed convention: it drops runs, or lines of
// them, that the convention says are no title (a label over the head, a
// site's bar, a column's label). Its name says which.
type runTrim interface {
	name() string
	trim(a *assembly, ts [][]int) [][]int
}

// runTrims are applied in order to the title runs, before the title's
// run is chosen.
var runTrims = []runTrim{
	factsOverHeadline{},
	stackedHeadline{},
	apartAbove{},
	crumbTail{},
	headLabel{},
	figuresAlone{},
	markupFirst{},
	statedSentences{},
	placeTag{},
	paperMasthead{},
	barOverHeadline{},
	bulletedTrail{},
	barOverTrail{},
	bulletedField{},
	runOverInfo{},
	headlineOverInfo{},
	columnLabel{},
	kindBelow{},
	noticeUnderHeadline{},
	overNoticeHead{},
}

// A lineTrim narrows the lines of the run chosen for the title to the
// title's, by one printed convention.
type lineTrim interface {
	name() string
	trim(a *assembly, idx []int) []int
}

// lineTrims are applied in order to the chosen run's lines.
var lineTrims = []lineTrim{
	issuerAbove{},
	noticeTitleLines{},
	twoTitles{},
	sloganOver{},
	lowerBanner{},
	coupletKicker{},
	wholeAtKind{},
	windowTitle{},
	printedTwice{},
	originalNamed{},
	tagUnder{},
	teasers{},
	exclaimed{},
	bulletedMeta{},
	siteApart{},
	channelUnder{},
	carriedOn{},
}

// apartAbove: a title's lines are set as close as the text's; lines set
// apart above the last of them by more blank lines than the text leaves
// between its own (a site's bar of categories over the headline) are the
// page's, no part of the title, unless they read as a notice's title
// themselves (the issuer's line under it is then the one apart).
type apartAbove struct{}

func (apartAbove) name() string { return "lines apart above" }

func (apartAbove) trim(a *assembly, ts [][]int) [][]int {
	for n, run := range ts {
		for k := len(run) - 1; k > 0; k-- {
			if a.d.Break(run[k]) && !cue.NoticeTitle(span.SqueezeString(a.text(run[:k]...).String())) {
				for _, i := range run[:k] {
					a.relabel(i, cue.Chrome)
				}
				ts[n] = run[k:]
				break
			}
		}
	}
	return ts
}

// headLabel: a label over the page's head (附件1, 当前位置) opens no headline.
type headLabel struct{}

func (headLabel) name() string { return "a label over the head" }

func (headLabel) trim(a *assembly, ts [][]int) [][]int {
	for len(ts) > 0 && a.labelOnly(ts[0][0]) {
		a.headLabel = ts[0][0]
		// A label over the page's head, no headline: an attachment's
		// (附件1 over the attached report's title) or a trail's whose
		// links the copy lost (当前位置).
		if a.relabel(ts[0][0], cue.Chrome); len(ts[0]) > 1 {
			ts[0] = ts[0][1:]
		} else {
			ts = ts[1:]
		}
	}
	return ts
}

// figuresAlone: a run of figures alone is debris of the page's edge.
type figuresAlone struct{}

func (figuresAlone) name() string { return "figures alone" }

func (figuresAlone) trim(a *assembly, ts [][]int) [][]int {
	for len(ts) > 0 && !a.hanIn(ts[0]) {
		// A headline is words: a run of figures alone (2024 2, the
		// year and month a print's header dropped from the page's title)
		// is debris of the page's edge.
		for _, i := range ts[0] {
			a.relabel(i, cue.Chrome)
		}
		ts = ts[1:]
	}
	return ts
}

// markupFirst: a line of no words opening a run is the page's markup.
type markupFirst struct{}

func (markupFirst) name() string { return "markup before the words" }

func (markupFirst) trim(a *assembly, ts [][]int) [][]int {
	for len(ts) > 0 && len(ts[0]) > 1 && !cue.HasHan(a.d.Lines[ts[0][0]].Sq) {
		// So is a line of no words opening the run (<strike id="…">
		// </strike>, a page's markup left in the copy): the run starts
		// at its first words.
		a.relabel(ts[0][0], cue.Chrome)
		ts[0] = ts[0][1:]
	}
	return ts
}

// statedSentences: lines that state sentences are text, no headline.
type statedSentences struct{}

func (statedSentences) name() string { return "sentences" }

func (statedSentences) trim(a *assembly, ts [][]int) [][]int {
	for len(ts) > 0 {
		// A headline states no sentences: lines of running text over
		// the information line (记者从…获悉，…。会议还…。) or a lead over a
		// notice's title (近日，…发布通告，…。具体通告如下) are text.
		var kept []int
		for _, i := range ts[0] {
			if a.statesSentence(i) {
				a.relabel(i, cue.Body)
			} else {
				kept = append(kept, i)
			}
		}
		if len(kept) > 0 {
			ts[0] = kept
			break
		}
		ts = ts[1:]
	}
	return ts
}

// placeTag: a place's name alone over the text is the page's tag.
type placeTag struct{}

func (placeTag) name() string { return "a place's tag" }

func (placeTag) trim(a *assembly, ts [][]int) [][]int {
	if len(ts) == 1 && len(ts[0]) == 1 && a.tagAlone(ts[0][0]) {
		// A place's name alone over the text: the page's tag.
		a.relabel(ts[0][0], cue.Chrome)
		ts = nil
	}
	return ts
}

// paperMasthead: a paper's name in book-title marks over the date field
// of its issue (《某师院报》 / 出版时间:2024-04-15) is the masthead of a
// paper's digital edition, which prints the report's headline further
// down: no headline of its own.
type paperMasthead struct{}

func (paperMasthead) name() string { return "a paper's masthead" }

func (paperMasthead) trim(a *assembly, ts [][]int) [][]int {
	if len(ts) == 0 || len(ts[0]) != 1 || !paperName(a.d.Lines[ts[0][0]].Sq) {
		return ts
	}
	next := a.nextLine(ts[0][0])
	if next < 0 || a.roles[next] != cue.Header {
		return ts
	}
	fs := cue.InfoFields(a.d.Lines[next].Sq)
	if len(fs) == 0 || fs[0].Start != 0 || !cue.DatedField(fs[0].Key) {
		return ts
	}
	a.relabel(ts[0][0], cue.Header)
	return ts[1:]
}

// paperName reports whether s is a paper's name alone in book-title marks
// (《某某日报》, 《某师院报》): its last character 报, or a medium's ending
// (media.txt), and no words of a matter (关于, 的), as a document cited
// by its title names one (《关于…的通报》).
func paperName(s string) bool {
	inner, ok := strings.CutPrefix(strings.TrimSpace(s), "《")
	if !ok {
		return false
	}
	inner, ok = strings.CutSuffix(inner, "》")
	if !ok || inner == "" || strings.ContainsAny(inner, "《》的") || strings.Contains(inner, "关于") {
		return false
	}
	return strings.HasSuffix(inner, "报") || cue.Medium(inner)
}

// barOverHeadline: a bar of phrases, or a clause cut from a line, over the headline is none of it.
type barOverHeadline struct{}

func (barOverHeadline) name() string { return "a bar over the headline" }

func (barOverHeadline) trim(a *assembly, ts [][]int) [][]int {
	for len(ts) > 0 && len(ts[0]) > 1 && (cue.BarOfPhrases(a.d.Lines[ts[0][0]].Sq) || opensClause(a.d.Lines[ts[0][0]].Sq)) {
		// A bar of phrases over the headline, run with it as one title
		// (…在线观看|…最新出品|… / 寒潮来袭,…, or a page's key words
		// 清明_清明节_…): links a page sets above its text, the headline's
		// own words under them. So is the tail of a line the copy cut
		// (,欢迎访问…): a headline opens with words, not a clause mark.
		a.relabel(ts[0][0], cue.Chrome)
		ts[0] = ts[0][1:]
	}
	if len(ts) > 0 {
		// A site's menu lower in the run, under its name (某网·频道 /
		// 某网首页|甲|乙|丙|… / headline): the bar and every line over it
		// are the site's banner.
		for k := len(ts[0]) - 2; k > 0; k-- {
			if cue.BarOfPhrases(a.d.Lines[ts[0][k]].Sq) {
				for _, i := range ts[0][:k+1] {
					a.relabel(i, cue.Chrome)
				}
				ts[0] = ts[0][k+1:]
				break
			}
		}
	}
	return ts
}

// bulletedTrail: a trail set as a list keeps its last item, the page itself.
type bulletedTrail struct{}

func (bulletedTrail) name() string { return "a trail set as bullets" }

func (bulletedTrail) trim(a *assembly, ts [][]int) [][]int {
	if len(ts) > 0 && len(ts[0]) > 1 && a.bulletedRun(ts[0]) {
		if a.bulletedAfter(ts[0][len(ts[0])-1]) {
			// The list goes on past the run (- 首页 / - English / - 举报
			// / - 登录): a site's menu, whose last item is no page.
			for _, i := range ts[0] {
				a.relabel(i, cue.Chrome)
			}
			return ts[1:]
		}
		// A page's trail set as a list (• 法律图书馆 / • 新法规速递 / •
		// 《…》公开征求意见): the list's last item is the page itself, its
		// headline; the items above it, the site and its column.
		for _, i := range ts[0][:len(ts[0])-1] {
			a.relabel(i, cue.Chrome)
		}
		ts[0] = ts[0][len(ts[0])-1:]
	}
	return ts
}

// bulletedAfter reports whether the line after i is a list's item too,
// one of the page's chrome (a menu's 登录), not its information or text.
func (a *assembly) bulletedAfter(i int) bool {
	return i+1 < len(a.d.Lines) && a.bulleted(i+1) && a.roles[i+1] == cue.Chrome
}

// barOverTrail: a bar of phrases alone over the trail is the site's.
type barOverTrail struct{}

func (barOverTrail) name() string { return "a bar over the trail" }

func (barOverTrail) trim(a *assembly, ts [][]int) [][]int {
	for len(ts) > 0 && cue.BarOfPhrases(a.d.Lines[ts[0][0]].Sq) && a.overTrail(ts[0]) {
		// A bar of phrases alone over the page's trail of links (…精品,
		// …一区二区在线,… / 首页 > 文章中心 > 正文): the site's, whose
		// headline stands under the trail.
		for _, i := range ts[0] {
			a.relabel(i, cue.Chrome)
		}
		ts = ts[1:]
	}
	return ts
}

// bulletedField: an information line set as a list item is no headline.
type bulletedField struct{}

func (bulletedField) name() string { return "an information field as a bullet" }

func (bulletedField) trim(a *assembly, ts [][]int) [][]int {
	for len(ts) > 1 && a.bulletedField(ts[0]) {
		// A page's information line set as a list item (• 索 引 号:…)
		// opens the page but is no headline: the next title run is.
		a.roles[ts[0][0]] = cue.Header
		ts = ts[1:]
	}
	return ts
}

// runOverInfo: the headline stands right over the information line.
type runOverInfo struct{}

func (runOverInfo) name() string { return "the run over the information line" }

func (runOverInfo) trim(a *assembly, ts [][]int) [][]int {
	if len(ts) > 1 && !a.overInfo(ts[0]) {
		// A web page prints its headline right over its information line
		// (时间：… 来源：…): what stands higher is the site's name, its bar
		// or its column's label.
		for k, run := range ts[1:] {
			if a.overInfo(run) {
				ts = ts[k+1:]
				break
			}
		}
	}
	return ts
}

// headlineOverInfo: a head line worded as a headline over the information line outranks title lines higher up.
type headlineOverInfo struct{}

func (headlineOverInfo) name() string { return "a head line over the information line" }

func (headlineOverInfo) trim(a *assembly, ts [][]int) [][]int {
	if len(ts) > 0 && !a.overInfo(ts[0]) && !a.leadUnder(ts[0][len(ts[0])-1]) {
		// No title line stands over the information line or the lead,
		// but a line the decoder took for the head's does, worded as a
		// headline: it is the headline, and the title lines above it the
		// site's bar or an app's slogan.
		if i := a.headlineOverInfo(ts[0][len(ts[0])-1]); i >= 0 {
			for _, run := range ts {
				for _, j := range run {
					if j < i {
						a.relabel(j, cue.Chrome)
					}
				}
			}
			a.relabel(i, cue.Title)
			// Title lines under it stay: a notice carried under the
			// page's headline prints its own title lower down.
			later := [][]int{{i}}
			for _, run := range ts {
				if run[0] > i {
					later = append(later, run)
				}
			}
			ts = later
		}
	}
	return ts
}

// columnLabel: a column's label or a category of a word or two over the headline is none of it.
type columnLabel struct{}

func (columnLabel) name() string { return "a column's label" }

func (columnLabel) trim(a *assembly, ts [][]int) [][]int {
	if len(ts) > 0 && len(ts[0]) > 1 && a.doc.Kind != Bulletin && !a.stacked {
		// A column's label over the headline, on a line of its own
		// (政务动态 / 省民政厅课题组赴大寨镇调研，…), is no part of it.
		// So is a label of a word or two over it (其他 / 七星关取消…), the
		// post's category: a headline's lines each hold more, and the
		// issuing body over a notice's title reads with it.
		// The labels may stand under a site's bar run with them (首页学习
		// 时政… / 中工新闻 / 神州 / headline): the headline opens after the
		// last.
		// Labels may stand under it too, a row of them (平凉市 / 基本信息,
		// a guide page's place and its tabs): two or more such lines in a
		// row close the run, where a headline wrapped leaves one tail.
		// A headline set as a stack has short lines of its own.
		under := 0
		for under < len(ts[0])-1 && a.columnLabelAt(ts[0][len(ts[0])-1-under]) {
			under++
		}
		if under >= 2 {
			for _, i := range ts[0][len(ts[0])-under:] {
				a.relabel(i, cue.Chrome)
			}
			ts[0] = ts[0][:len(ts[0])-under]
		}
		for k := len(ts[0]) - 2; k >= 0; k-- {
			if a.columnLabelAt(ts[0][k]) {
				for _, i := range ts[0][:k+1] {
					a.relabel(i, cue.Chrome)
				}
				ts[0] = ts[0][k+1:]
				break
			}
		}
	}
	return ts
}

// columnLabelAt reports whether line i is a column's label or a
// category of a word or two, no body's name and no notice title's line.
func (a *assembly) columnLabelAt(i int) bool {
	s := a.d.Lines[i].Sq
	if _, column := cue.SectionName(s); column {
		return true
	}
	return !cue.TitleLongEnough(s) && !agency.Shapes(s) && !a.d.TitleRun(i) && !leavesOpen(s)
}

// noticeUnderHeadline: a notice carried under a page's headline is titled by its own title line.
type noticeUnderHeadline struct{}

func (noticeUnderHeadline) name() string { return "a notice under a headline" }

func (noticeUnderHeadline) trim(a *assembly, ts [][]int) [][]int {
	if a.doc.Kind == Notice && len(ts) > 1 && (!a.d.TitleRun(ts[0][0]) || a.reportsTitleBelow(ts)) {
		// A page that carries a notice under a headline of its own: the
		// notice's title line is the document's title (GOLD.md).
		for k, run := range ts[1:] {
			if a.d.TitleRun(run[0]) {
				ts = ts[k+1:]
				break
			}
		}
	}
	return ts
}

// reportsTitleBelow reports whether the first run of ts is a page's
// headline that reports the notice a later run titles (某市发布暂停…的通告
// over 关于暂停…的通告): the same words after a verb where the notice's own
// title has 关于.
func (a *assembly) reportsTitleBelow(ts [][]int) bool {
	head := a.text(ts[0]...).String()
	if strings.Contains(head, "关于") {
		return false
	}
	for _, run := range ts[1:] {
		if rest, ok := strings.CutPrefix(a.text(run...).String(), "关于"); ok && a.d.TitleRun(run[0]) && len(rest) < len(head) && strings.HasSuffix(head, rest) {
			return true
		}
	}
	return false
}

// overNoticeHead: a notice's title stands over its 发文字号 or its 主送.
type overNoticeHead struct{}

func (overNoticeHead) name() string { return "a notice title over its number or recipients" }

func (overNoticeHead) trim(a *assembly, ts [][]int) [][]int {
	if a.doc.Kind != Notice || len(ts) < 2 || a.overNoticeHead(ts[0]) {
		return ts
	}
	// GB/T 9704-2012 §7.2, §7.3: the title over the 主送, the 发文字号
	// over both. A run that stands so is the notice's title where the
	// title lines above it are the page's labels (a column's 最新公告, a
	// clock time under it); a headline over them is the page's title.
	for k, run := range ts[1:] {
		if !a.labelsOnly(ts[k]) {
			return ts
		}
		if a.overNoticeHead(run) {
			for _, r := range ts[:k+1] {
				for _, i := range r {
					a.relabel(i, cue.Chrome)
				}
			}
			return ts[k+1:]
		}
	}
	return ts
}

// labelsOnly reports whether the lines of run are labels, a word or two
// each, or figures with no words.
func (a *assembly) labelsOnly(run []int) bool {
	for _, i := range run {
		if cue.TitleLongEnough(a.d.Lines[i].Sq) {
			return false
		}
	}
	return true
}

// overNoticeHead reports whether the line after run, chrome aside, is a
// notice's own 发文字号 or its 主送.
func (a *assembly) overNoticeHead(run []int) bool {
	j := a.nextLine(run[len(run)-1])
	if j < 0 {
		return false
	}
	_, own := cue.OwnDocNumber(a.d.Lines[j].Sq)
	return own || a.roles[j] == cue.Recipient
}

// issuerAbove: lines above that read with the run as one notice title belong to it.
type issuerAbove struct{}

func (issuerAbove) name() string { return "the issuer over a notice title" }

func (issuerAbove) trim(a *assembly, idx []int) []int {
	// The lines above that read with it as one notice title belong to
	// it, whatever role they took (the issuing body above 关于…的通知).
	for p := a.prevLine(idx[0]); p >= 0 && a.d.TitleRun(p) && a.d.TitleRun(idx[0]); p = a.prevLine(p) {
		idx = append([]int{p}, idx...)
	}
	return idx
}

// noticeTitleLines: the run is narrowed to a notice title's lines where one stands in it.
type noticeTitleLines struct{}

func (noticeTitleLines) name() string { return "a notice title's lines" }

func (noticeTitleLines) trim(a *assembly, idx []int) []int {
	return a.noticeTitle(idx)
}

// lowerBanner: a body of a place inside the title's issuer's, named alone over it, is the hosting site's.
type lowerBanner struct{}

func (lowerBanner) name() string { return "a lower body's banner over a notice title" }

func (lowerBanner) trim(a *assembly, idx []int) []int {
	// 某市某区人民政府 / 某市民政局关于…的通知: the title names its issuer,
	// and the body over it is of a place within that issuer's, a district's
	// site hosting the city's notice. Co-issuers of one document are of
	// one place (中共某市委 / 某市人民政府关于…).
	if len(idx) < 2 {
		return idx
	}
	top := strings.TrimSpace(a.d.Lines[idx[0]].Sq)
	issuer := cue.TitleIssuer(a.text(idx[1:]...).String())
	if issuer == "" || !agency.Shapes(top) {
		return idx
	}
	over, under := placeChain(top), placeChain(issuer)
	if len(under) > 0 && len(over) > len(under) && slices.Equal(over[:len(under)], under) {
		a.relabel(idx[0], cue.Chrome)
		return idx[1:]
	}
	return idx
}

// placeChain is the places a name opens with, one after another (深圳市
// 盐田区人民政府: 深圳市, 盐田区).
func placeChain(name string) []string {
	var out []string
	for i := 0; i < len(name); {
		p, ok := lexicon.Places().At(name, i)
		if !ok {
			break
		}
		out = append(out, p)
		i += len(p)
	}
	return out
}

// twoTitles: of two whole titles one over the other, the document's, nearer its text, is the title.
type twoTitles struct{}

func (twoTitles) name() string { return "two titles" }

func (twoTitles) trim(a *assembly, idx []int) []int {
	// Two whole titles one over the other (a site's headline over the
	// document's own: …暂停祭扫服务通告 / …民政局关于暂停祭扫服务的通知):
	// the document's, nearer its text, is the title.
	for k := len(idx) - 1; k > 0; k-- {
		upper, lower := a.text(idx[:k]...).String(), a.text(idx[k:]...).String()
		if cue.NoticeTitle(upper) && cue.NoticeTitle(lower) {
			if u, l := span.SqueezeString(upper), span.SqueezeString(lower); len(l) < len(u) && strings.HasSuffix(u, l) && agency.Shapes(strings.TrimSuffix(u, l)) && !strings.HasPrefix(l, "关于") {
				// The lower the upper cut short, its issuer's name off
				// (某所殡葬收费项目公示 / 殡葬收费项目公示, a grid's
				// caption): the whole title is the upper. A 关于… under
				// it is the document's own title, its issuer printed
				// above it as its mark: that stays the title.
				idx = idx[:k]
				break
			}
			idx = idx[k:]
			break
		}
	}
	return idx
}

// sloganOver: words over a notice's title that name no body are none of it.
type sloganOver struct{}

func (sloganOver) name() string { return "a slogan over a notice title" }

func (sloganOver) trim(a *assembly, idx []int) []int {
	// Words over a notice's title that name no body (a site's slogan:
	// 民政为民 民政爱民 / 兰州市民政局关于…的公告) are no part of it: a
	// title opens with its issuing body or with 关于.
	// The last such cut: the words may stand over several lines
	// (a grid's 审核 / its value / 某市人民政府关于…的通告).
	for k := len(idx) - 1; k >= 1; k-- {
		head, tail := a.text(idx[:k]...).String(), a.text(idx[k:]...).String()
		if suffix, _ := agency.Ending(head); suffix == "" && !agency.Shapes(head) && !strings.Contains(head, "关于") && strings.Contains(tail, "关于") && cue.NoticeTitle(tail) {
			idx = idx[k:]
			break
		}
	}
	return idx
}

// coupletKicker: a news headline's 引题 over it, two matched phrases
// (民生无小事 枝叶总关情), is no part of the headline. (A body's name as a
// paper's kicker over its report is assembly.kicker's.)
type coupletKicker struct{}

func (coupletKicker) name() string { return "a kicker over the headline" }

func (coupletKicker) trim(a *assembly, idx []int) []int {
	// A kicker states the theme in two phrases that match as a couplet's,
	// parted by a space or a comma, and names no body; the headline under
	// it opens with the body that acts, no subtitle (——…), no wrapped
	// part of a notice's title (某市民政局 某市财政局 / 关于…的通知).
	if len(idx) == 0 || a.d.Lines[idx[0]].Part > 0 {
		return idx
	}
	under := idx[1:]
	if len(idx) == 1 {
		// The headline under the kicker read as a line of the head (灞桥区
		// 民政局开展… under 节前慰问显真情 殷殷关怀暖人心): the line right
		// under it, shaped as a headline.
		j := a.nextLine(idx[0])
		if j < 0 || a.roles[j] != cue.Header || !a.headlineShaped(j) {
			return idx
		}
		under = []int{j}
	}
	halves := strings.Fields(strings.TrimSpace(a.d.Lines[idx[0]].Text))
	if len(halves) == 1 {
		halves = strings.FieldsFunc(halves[0], func(r rune) bool { return r == '，' || r == ',' })
	}
	if len(halves) != 2 || !cue.Couplet(halves[0]+"，"+halves[1]) {
		return idx
	}
	for _, h := range halves {
		if suffix, _ := agency.Ending(h); suffix != "" {
			return idx
		}
	}
	rest := strings.TrimSpace(a.text(under...).String())
	if strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "-") || cue.NoticeTitle(a.text(idx...).String()) || !opensWithBody(rest) {
		return idx
	}
	for _, j := range under {
		a.relabel(j, cue.Title)
	}
	return under
}

// opensWithBody reports whether s opens with a body's name (某市民政局全力…):
// a news headline names who acts, a kicker's theme or a headline's second
// half (会议要求抓好落实) does not.
func opensWithBody(s string) bool {
	for i := range s {
		if i > 0 && agency.Shape(s[:i]) {
			return true
		}
	}
	return false
}

// wholeAtKind: a notice's title is whole at its kind's word.
type wholeAtKind struct{}

func (wholeAtKind) name() string { return "a notice title whole at its kind" }

func (wholeAtKind) trim(a *assembly, idx []int) []int {
	// A notice's title is whole at its kind's word (…排查工作的通知),
	// its book-title marks closed: running text after it, or a list
	// (防自然灾害、食品安全…), which an extractor that reads across two
	// columns set next, is no part of it; nor is a body's name alone,
	// which a title prints before its 关于, never after its kind (the
	// issuer's line over the title printed again).
	for k := 1; k < len(idx); k++ {
		head, next := a.text(idx[:k]...).String(), a.d.Lines[idx[k]].Sq
		if cue.NoticeTitle(head) && strings.Count(head, "《") == strings.Count(head, "》") && (runningText(next) || strings.Contains(next, "、") || k == len(idx)-1 && agency.Shapes(next)) {
			idx = idx[:k]
			break
		}
	}
	return idx
}

// printedTwice: a headline printed twice is read once.
type printedTwice struct{}

func (printedTwice) name() string { return "a headline printed twice" }

func (printedTwice) trim(a *assembly, idx []int) []int {
	// A headline printed twice (a page's header line over the same
	// words wrapped below it) is read once: the lines up to where
	// their words first repeat in full.
	for k := 1; k < len(idx); k++ {
		if once := a.text(idx[:k]...).String(); once != "" && a.text(idx[k:]...).String() == once {
			idx = idx[:k]
			break
		}
	}
	// A body's name alone over a title that opens with it (某市某局 / 某市
	// 某局 某市民政局关于…的通知: the issuer's banner over the co-issuers'
	// title) is the banner, read in the title once.
	for k := 1; k < len(idx); k++ {
		name := strings.TrimSpace(a.d.Lines[idx[k-1]].Sq)
		if agency.Shapes(name) && strings.HasPrefix(a.text(idx[k:]...).String(), name) {
			for _, i := range idx[:k] {
				a.relabel(i, cue.Header)
			}
			idx = idx[k:]
			break
		}
	}
	// A line of a wrapped title printed again right under itself (关于开展…
	// 工作 / 关于开展…工作 / 的通知: a page's header copy of the title's
	// first line over the title) is read once.
	for k := 1; k < len(idx); k++ {
		if sq := a.d.Lines[idx[k]].Sq; sq != "" && sq == a.d.Lines[idx[k-1]].Sq {
			idx = append(idx[:k-1:k-1], idx[k:]...)
			break
		}
	}
	return idx
}

// tagUnder: a place's name alone closing the run is the post's tag.
type tagUnder struct{}

func (tagUnder) name() string { return "a place's tag under the headline" }

func (tagUnder) trim(a *assembly, idx []int) []int {
	for len(idx) > 1 && a.tagAlone(idx[len(idx)-1]) && !leavesOpen(a.d.Lines[idx[len(idx)-2]].Sq) {
		// A place's name alone closing the run (…更名征求意见会 /
		// 山西): the post's tag, as over the text.
		a.relabel(idx[len(idx)-1], cue.Chrome)
		idx = idx[:len(idx)-1]
	}
	return idx
}

// teasers: a part of a paragraph-a-line page's run that states sentences is no headline.
type teasers struct{}

func (teasers) name() string { return "teasers" }

func (teasers) trim(a *assembly, idx []int) []int {
	if len(idx) > 1 && a.paragraphPerLine() {
		// A page that sets its text a paragraph a line, none wrapped,
		// sets its headline on a line or a few, each a phrase: a part
		// of the run that ends sentences before its last words (a
		// string of teasers, …开跑!…发售!) is the page's, no headline.
		// Lines the one above leaves open, or that read with it as one
		// notice's title, are one part.
		var parts [][]int
		for k, i := range idx {
			if k > 0 && (a.d.TitleRun(i) || leavesOpen(a.d.Lines[idx[k-1]].Sq)) {
				parts[len(parts)-1] = append(parts[len(parts)-1], i)
			} else {
				parts = append(parts, []int{i})
			}
		}
		var kept []int
		for _, p := range parts {
			if !endsBefore(a.text(p...).String()) {
				kept = append(kept, p...)
			}
		}
		if len(kept) > 0 && len(kept) < len(idx) {
			for _, j := range idx {
				if !slices.Contains(kept, j) {
					a.relabel(j, cue.Chrome)
				}
			}
			idx = kept
		}
	}
	return idx
}

// exclaimed: a headline of clauses that closes with an exclamation or a
// question (七夕,某市近200对新人领证!) is whole there: a heading under it
// (古诗十九首之一) opens the text, no second line of the headline. A
// kicker's word alone (重磅!) over the headline leaves it open.
type exclaimed struct{}

func (exclaimed) name() string { return "an exclaimed headline" }

func (exclaimed) trim(a *assembly, idx []int) []int {
	for k, i := range idx[:max(len(idx)-1, 0)] {
		s := strings.TrimSpace(a.d.Lines[i].Sq)
		body := strings.TrimRight(s, "!！?？")
		if body == s || !strings.ContainsAny(body, ",，") {
			continue
		}
		for _, j := range idx[k+1:] {
			if cue.HasHan(a.d.Lines[j].Sq) && !cue.SentencePunct(a.d.Lines[j].Sq) && !cue.EndsSentence(a.d.Lines[j].Sq) {
				a.relabel(j, cue.Heading)
			} else {
				a.relabel(j, cue.Body)
			}
		}
		return idx[:k+1]
	}
	return idx
}

// bulletedMeta: lines under the headline each opened by a bullet, the
// next one after the run too (• 某某网 / • 2023-03-30 14:32), are the
// page's list of its source and time, no part of the headline.
type bulletedMeta struct{}

func (bulletedMeta) name() string { return "a bulleted list of the page's facts under the headline" }

func (bulletedMeta) trim(a *assembly, idx []int) []int {
	bulleted := func(i int) bool { return cue.TrimBullet(a.d.Lines[i].Sq) != a.d.Lines[i].Sq }
	for k := 1; k < len(idx); k++ {
		if !bulleted(idx[k]) || bulleted(idx[0]) {
			continue
		}
		next := idx[len(idx)-1] + 1
		if k+1 < len(idx) {
			next = idx[k+1]
		}
		if next >= len(a.d.Lines) || !bulleted(next) {
			continue
		}
		for _, j := range idx[k:] {
			a.relabel(j, cue.Header)
		}
		return idx[:k]
	}
	return idx
}

// kindBelow: a title wrapped onto the line right under it, that line
// closing it with its kind (某县民政局2023年政府信息公开 / 工作年度报告),
// is the title's, though read as a field of the header: a title that
// does not end with its kind goes on to it. A subtitle (——…) is none.
type kindBelow struct{}

func (kindBelow) name() string { return "a title's kind on the line below" }

func (kindBelow) trim(a *assembly, ts [][]int) [][]int {
	if len(ts) == 0 || len(ts[0]) == 0 {
		return ts
	}
	last := ts[0][len(ts[0])-1]
	next := last + 1
	if next >= len(a.roles) || a.roles[next] != cue.Header || a.d.Lines[next].Blanks > a.d.Lines[last].Blanks {
		return ts
	}
	s := a.d.Lines[next].Sq
	if !cue.EndsWithKind(s) || cue.EndsWithKind(a.d.Lines[last].Sq) || cue.KindAlone(s) && !leavesOpen(a.d.Lines[last].Sq) ||
		strings.ContainsAny(s, "：:") || cue.SentencePunct(s) || !cue.HasHan(s) || strings.HasPrefix(s, "—") {
		return ts
	}
	a.relabel(next, cue.Title)
	ts[0] = append(ts[0], next)
	return ts
}
