package cue

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// linkCaption: a link a web page prints under its text to the article
// before or after it (上一条：…, 下一篇：…): the words after the label are
// another page's headline.
type linkCaption struct{}

func (linkCaption) Settles() Role   { return Chrome }
func (linkCaption) Name() string    { return "link-caption" }
func (linkCaption) Roles() []Role   { return []Role{Chrome} }
func (linkCaption) Needs() []string { return append(linkLabels.all(), "链接") }

func (linkCaption) Match(d *Doc, i int) bool { return IsLinkCaption(d.Lines[i].Sq) }

// IsLinkCaption reports whether s opens with a link's label and its colon
// (or is the label alone).
func IsLinkCaption(s string) bool {
	s = strings.TrimLeft(s, "【[ ")
	if w, ok := linkLabels.prefix(s); ok {
		rest := strings.TrimLeft(s[len(w):], " 】]")
		if rest == "" || strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":") {
			return true
		}
	}
	// A label of a link to another page and the link (原文链接：http://…,
	// 政策解读链接：点击查看政策解读), no sentence.
	k := strings.IndexAny(s, ":：")
	return k > 0 && strings.HasSuffix(s[:k], "链接") && !SentencePunct(s) && !EndsSentence(s)
}

// navBar: a site's bar of links, cells apart by bars (设为首页 | 加入收藏 |
// 关于我们 | 网站地图 …), or by dots over the text (· 中国政府网 · 河北省
// 政府 | 无障碍): two of its cells are the site's tool words or other
// sites' names and none is a sentence or a figure, which sets it apart
// from a row of a table.
type navBar struct{}

func (navBar) Settles() Role   { return Chrome }
func (navBar) Name() string    { return "nav-bar" }
func (navBar) Roles() []Role   { return []Role{Chrome} }
func (navBar) Needs() []string { return nil }

func (navBar) Match(d *Doc, i int) bool {
	if siteMenu(d.Lines[i].Text) || menuGoesOn(d, i) || !d.info[i] && toolTail(d.Lines[i].Sq) {
		return true
	}
	if i < d.running && siblingLinks(d.Lines[i].Text) {
		return true
	}
	cells := strings.FieldsFunc(d.Lines[i].Sq, func(r rune) bool { return r == '|' || r == '｜' || r == '·' && i < d.running })
	tools := 0
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if SentencePunct(c) || EndsSentence(c) || strings.ContainsAny(c, "0123456789") {
			return false
		}
		if furnitureOnly(c) || IsSiteName(c) {
			tools++
		}
	}
	return tools >= 2
}

// siblingLinks reports whether s is a row of links to a site's sibling
// pages, each its own name and the same closing word (中枢街道信息公开
// 同乐街道信息公开 板桥镇信息公开 …): three or more cells apart by spaces,
// words only, that end alike in two characters or more and differ before
// them. A headline is one phrase; a table's header row over the text would
// share no such ending.
func siblingLinks(s string) bool {
	cells := menuCells(s)
	if len(cells) < 3 || !menuLinks(cells) {
		return false
	}
	end := []rune(cells[0])
	for _, c := range cells[1:] {
		r := []rune(c)
		k := 0
		for k < len(end) && k < len(r) && end[len(end)-1-k] == r[len(r)-1-k] {
			k++
		}
		end = end[len(end)-k:]
	}
	if len(end) < 2 {
		return false
	}
	seen := map[string]bool{}
	for _, c := range cells {
		name := strings.TrimSuffix(c, string(end))
		if name == "" || seen[name] {
			return false
		}
		seen[name] = true
	}
	return true
}

// toolTail reports whether s is a bar that closes with the site's tool
// words, two or more run together (…数据开放平台智能问答繁体登录注册): the
// tools a site sets at the end of its top bar, with no sentence and no
// figure (a table's row of cells may end with two such words).
func toolTail(s string) bool {
	if SentencePunct(s) || EndsSentence(s) || strings.ContainsAny(s, "0123456789") {
		return false
	}
	n := 0
	for t := strings.TrimRight(s, " |｜"); t != ""; n++ {
		w, ok := furnitureWords.suffix(t)
		if !ok {
			break
		}
		t = strings.TrimRight(t[:len(t)-len(w)], " |｜")
	}
	return n >= 2
}

// siteMenu reports whether s is a site's menu: its home page's link
// first, then the other links apart by spaces or bars (首页 新闻中心 信息公开
// 政务服务 …), none a sentence or a figure.
func siteMenu(s string) bool {
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " \u3000|｜\t")); !homeWords.mayStart(r) {
		return false // asked of every line: split only a line the home page's link may open
	}
	cells := menuCells(s)
	if len(cells) == 1 {
		// The links run together, as a copy of the bar gives them with
		// no space between (首页某某新闻县区…): the home page's link, then
		// words alone, no sentence and no figure.
		h, ok := homeWords.prefix(cells[0])
		return ok && len(cells[0]) > len(h) && strings.IndexFunc(cells[0], func(r rune) bool { return !IsHan(r) }) < 0
	}
	// The home page's link may be letter-spaced (首 页).
	for len(cells) > 1 && !homeWords.has(cells[0]) && utf8.RuneCountInString(cells[1]) == 1 {
		if _, ok := homeWords.prefix(cells[0] + cells[1]); !ok {
			break
		}
		cells = append([]string{cells[0] + cells[1]}, cells[2:]...)
	}
	return len(cells) >= 3 && homeWords.has(cells[0]) && menuLinks(cells)
}

// menuCells are the cells of a line apart by spaces or bars.
func menuCells(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\u3000' || r == '|' || r == '｜' || r == '\t' })
}

// menuLinks reports whether cells are a menu's links: words, Chinese or
// Latin (English, APP, I T), no sentence and no figure.
func menuLinks(cells []string) bool {
	for _, c := range cells {
		if !HasHan(c) && !latinWord(c) || SentencePunct(c) || EndsSentence(c) || strings.ContainsAny(c, "0123456789") {
			return false
		}
	}
	return true
}

// latinWord reports whether s is Latin letters only.
func latinWord(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return !isLatin(r) }) < 0
}

// menuGoesOn reports whether line i is a site menu's second row: links
// apart by bars or spaces, right under the row that opens with the home page's
// link (首页| 滚动| 国内| … / English| 图片| 视频| …).
func menuGoesOn(d *Doc, i int) bool {
	if i == 0 || !siteMenu(d.Lines[i-1].Text) {
		return false
	}
	cells := menuCells(d.Lines[i].Text)
	if len(cells) < 3 || !menuLinks(cells) {
		return false
	}
	if strings.ContainsAny(d.Lines[i].Text, "|｜") {
		return true
	}
	// Links apart by spaces alone are the menu's as long as none is
	// longer than the longest link of the row above: a headline or a
	// phrase spaced out is no row of links as short.
	longest := 0
	for _, c := range menuCells(d.Lines[i-1].Text) {
		longest = max(longest, utf8.RuneCountInString(c))
	}
	for _, c := range cells {
		if utf8.RuneCountInString(c) > longest {
			return false
		}
	}
	return true
}

// menuList: a site's menu saved as a Markdown list (- 首页 / - 民文 /
// - English / - 登录): a run of list items that hold no sentence, two of
// them the site's tool words, as a bar of links has (navBar). Every item
// of it is a link of the menu, the words beside the tools too.
type menuList struct{}

func (menuList) Settles() Role   { return Chrome }
func (menuList) Name() string    { return "menu-list" }
func (menuList) Roles() []Role   { return []Role{Chrome} }
func (menuList) Needs() []string { return nil }

func (menuList) Match(d *Doc, i int) bool {
	link := func(k int) bool { return d.Lines[k].Item && !d.punct[k] && !d.ends[k] }
	if !link(i) {
		return false
	}
	from, to := i, i+1
	for from > 0 && link(from-1) {
		from--
	}
	for to < len(d.Lines) && link(to) {
		to++
	}
	tools := 0
	for k := from; k < to; k++ {
		if furnitureOnly(d.Lines[k].Sq) {
			tools++
		}
	}
	return tools >= 2
}

// linkListRe is an entry of a list of other pages' headlines, each with
// its date in brackets: - 海口台湾两地共建回流文物交流平台(2019-12-16).
var linkListRe = regexp.MustCompile(`[(（\[［]` + dateRe + `[)）\]］]$`)

// linkList: a list of links to other pages that a site prints under the
// text (更多新闻 >> / - headline(2019-12-16) / - headline(2019-12-14)): a
// bulleted line that ends with a bracketed date, beside another.
type linkList struct{}

func (linkList) Settles() Role   { return Chrome }
func (linkList) Name() string    { return "link-list" }
func (linkList) Roles() []Role   { return []Role{Chrome} }
func (linkList) Needs() []string { return nil }

func (linkList) Match(d *Doc, i int) bool {
	return linkEntry(d.Lines[i].Text) && (i > 0 && linkEntry(d.Lines[i-1].Text) || i+1 < len(d.Lines) && linkEntry(d.Lines[i+1].Text))
}

// linkEntry reports whether s is a bulleted link with its date.
func linkEntry(s string) bool {
	t := strings.TrimSpace(s)
	r, n := utf8.DecodeRuneInString(t)
	if !(ListBullet(r) || r == '-' || r == '—' || r == '*') {
		return false
	}
	t = strings.TrimSpace(t[n:])
	return HasHan(t) && linkListRe.MatchString(t)
}

// siteBanner: the strip along the top of a site's pages: the day's date,
// weekday and weather (2014年12月08日 星期一 黄石天气:多云), the day
// announced (今天是: 2021年8月27日 星期五, or its label alone where the
// script that wrote the date did not run), the day and weekday before the
// site's tool words (2021年04月01日 星期四 旧版入口|版面导航), or its
// greeting (您好！欢迎光临下陆区政府网！).
type siteBanner struct{}

func (siteBanner) Settles() Role { return Chrome }
func (siteBanner) Name() string  { return "site-banner" }
func (siteBanner) Roles() []Role { return []Role{Chrome} }
func (siteBanner) Needs() []string {
	return slices.Concat(weatherWords.all(), greetingWords.all(), todayWords.all(), []string{"星期", "礼拜", "周"})
}

func (siteBanner) Match(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	if strings.ContainsAny(s, "。；;，,") {
		return false
	}
	if w, ok := todayWords.prefix(s); ok {
		rest := strings.Trim(s[len(w):], ":： ")
		if _, date := FullDate(rest); rest == "" || date || weekdayRe.MatchString(rest) {
			return true
		}
	}
	if loc := weekdayRe.FindStringIndex(s); loc != nil {
		// The day's date and weekday before the site's tool words (an
		// e-paper's strip: …星期四 旧版入口|返回首页|版面导航).
		if _, ok := FullDate(strings.TrimSpace(s[:loc[0]])); ok && furnitureOnly(strings.TrimSpace(s[loc[1]:])) {
			return true
		}
	}
	for _, w := range weatherWords.all() {
		// The day's weather, beside the day's date or weekday.
		if k := strings.Index(s, w); k >= 0 {
			if _, ok := FullDate(s[:k]); ok || weekdayRe.MatchString(s[:k]) {
				return true
			}
		}
	}
	for _, w := range greetingWords.all() {
		// A greeting to the site's visitors that names the site.
		if k := strings.Index(s, w); k >= 0 {
			if rest := strings.TrimRight(s[k:], "!！ "); strings.HasSuffix(rest, "网") || strings.Contains(rest, "网站") {
				return true
			}
		}
	}
	return false
}

// siteName: a web site's name on a line of its own, over the page or at
// its foot: a place or a body and the site's word (东莞信息网, 海口网,
// 洞口县人民政府网站, 本溪门户网). A site's name is no headline.
type siteName struct{}

func (siteName) Settles() Role   { return Chrome }
func (siteName) Name() string    { return "site-name" }
func (siteName) Roles() []Role   { return []Role{Chrome} }
func (siteName) Needs() []string { return []string{"网"} }

func (siteName) Match(d *Doc, i int) bool { return IsSiteName(d.Lines[i].Sq) }

// IsSiteName reports whether s is a web site's name alone.
func IsSiteName(s string) bool {
	body, ok := strings.CutSuffix(s, "网站")
	if !ok {
		if body, ok = strings.CutSuffix(s, "网"); !ok {
			return false
		}
	}
	if w, ok := siteWords.suffix(body); ok {
		body = strings.TrimSuffix(body, w)
	}
	if w, ok := siteEditions.prefix(body); ok {
		body = strings.TrimPrefix(body, w) // 手机兰州新闻网: the site's pages for phones
	}
	named := func(b string) bool { return b != "" && (lexicon.Places().Has(b) || agency.Shape(b)) }
	if w, ok := siteNational.prefix(body); ok && named(strings.TrimPrefix(body, w)) {
		return true // 中国西藏网: a national portal's regional site
	}
	return named(body)
}

// tagLine: the tags a page files itself under (Tags:民政 东莞 局面,
// 标签：养老, 本文标签: ,兴业 ,道路, 关键词：社区养老 幸福工程), words
// after the label, no sentence.
type tagLine struct{}

func (tagLine) Settles() Role   { return Chrome }
func (tagLine) Name() string    { return "tag-line" }
func (tagLine) Roles() []Role   { return []Role{Chrome} }
func (tagLine) Needs() []string { return tagLabels.all() }

func (tagLine) Match(d *Doc, i int) bool {
	rest, ok := tagLabels.valueAfter(strings.TrimSpace(d.Lines[i].Text), " ")
	// Tags may stand apart by commas (本文标签: ,兴业 ,道路); a sentence ends,
	// and a field run on after them (…,高质量发展责任编辑:某某) is the
	// page's credit, not its tags.
	return ok && !strings.ContainsAny(rest, "。；;！？!?:：") && !EndsSentence(rest)
}

// readingTimeRe is a page's count of its words and the minutes they take
// to read: 本篇文章477字,读完约1分钟, 全文约1200字，阅读需3分钟.
var readingTimeRe = regexp.MustCompile(`^(?:本篇|本文|全文|文章)(?:文章)?(?:共|约)?\d+字[，,]?\s*(?:预计)?(?:读完|阅读)(?:约|需|约需)?\d+分钟$`)

// readingTime: the line a site prints over an article to say how long it
// takes to read; no text of the article's.
type readingTime struct{}

func (readingTime) Settles() Role   { return Chrome }
func (readingTime) Name() string    { return "reading-time" }
func (readingTime) Roles() []Role   { return []Role{Chrome} }
func (readingTime) Needs() []string { return []string{"分钟"} }

func (readingTime) Match(d *Doc, i int) bool { return readingTimeRe.MatchString(d.Lines[i].Sq) }

// afterRepeatedInfo: a page's information line printed once more under its
// text (本文来源: 民政厅 / 03.12.2015 17:37 again) closes the article; what
// follows is the site's next story or its teaser.
type afterRepeatedInfo struct{}

func (afterRepeatedInfo) Settles() Role   { return Chrome }
func (afterRepeatedInfo) Name() string    { return "after-repeated-info" }
func (afterRepeatedInfo) Roles() []Role   { return []Role{Chrome} }
func (afterRepeatedInfo) Needs() []string { return nil }

func (afterRepeatedInfo) Match(d *Doc, i int) bool { return i >= d.infoAgain }

// repeatedInfo is the index of the one copy, under the running text, of an
// information line or timestamp printed above it, or len(d.Lines). A line
// printed more often than twice (texts run together into one file, each
// with its own information line) closes nothing.
func (d *Doc) repeatedInfo() int {
	above := map[string]int{} // the head's information lines: copies below
	for k := 0; k < d.running && k < len(d.Lines); k++ {
		// A value the page's grid sets under its label (泸西县财政局 under
		// 发布机构) is no information line of its own: printed again at
		// the foot, it is the 落款's.
		if d.info[k] && len(InfoFields(d.Lines[k].Text)) > 0 || (timestamp{}).Match(d, k) {
			above[d.Lines[k].Sq] = 0
		}
	}
	if len(above) == 0 {
		return len(d.Lines)
	}
	first := len(d.Lines)
	for k := d.running + 1; k < len(d.Lines); k++ {
		if n, ok := above[d.Lines[k].Sq]; ok {
			above[d.Lines[k].Sq] = n + 1
			first = min(first, k)
		}
	}
	for _, n := range above {
		if n > 1 {
			return len(d.Lines)
		}
	}
	return first
}

// closingCredit: a line of an article's closing credits, the page's
// information fields and its editor's credit set after the text ([作者:某某]
// / [编辑:某某] / [来源:某网]). Over the text they are its header; under
// it, never.
type closingCredit struct{}

func (closingCredit) Denies() []Role { return []Role{Title, Header} }

func (closingCredit) Name() string    { return "closing-credit" }
func (closingCredit) Roles() []Role   { return []Role{Byline} }
func (closingCredit) Needs() []string { return nil }

func (closingCredit) Match(d *Doc, i int) bool { return i >= d.creditsAt && i < d.closedAt }

// afterCredits: a line under an article's closing credits: the article
// ends there, and what follows is the site's, its shop window or its next
// stories.
type afterCredits struct{}

func (afterCredits) Settles() Role   { return Chrome }
func (afterCredits) Name() string    { return "after-credits" }
func (afterCredits) Roles() []Role   { return []Role{Chrome} }
func (afterCredits) Needs() []string { return nil }

func (afterCredits) Match(d *Doc, i int) bool { return i >= d.closedAt }

// closingCredits is the run of the last information and credit lines,
// from its first to the line under it, when the run holds an editor's
// credit, stands right under a sentence of the text and has lines under
// it; else len(d.Lines) twice. Credits over the text (来源：… 编辑：… under
// a headline) follow no sentence.
func (d *Doc) closingCredits() (from, to int) {
	n := len(d.Lines)
	closes := func(i int) bool { return d.info[i] || (credit{}).Match(d, i) }
	last := n - 1
	for last >= 0 && !closes(last) {
		last--
	}
	if last < 0 {
		return n, n
	}
	start, edited := last, false
	for ; start >= 0 && closes(start); start-- {
		edited = edited || (credit{}).Match(d, start)
	}
	if !edited || start < 0 || !(d.ends[start] || strings.Contains(d.Lines[start].Sq, "。")) {
		return n, n
	}
	// A credit's label whose value the copy set on the line under it
	// (责任编辑： / 某某) closes with that line.
	if label := strings.TrimSpace(d.Lines[last].Sq); last+1 < n && (strings.HasSuffix(label, "：") || strings.HasSuffix(label, ":")) {
		last++
	}
	// An attachment the page prints under the credits (附表: / its
	// grid) is the text's, no page's furniture: the credits close nothing.
	if last+1 < n {
		if _, ok := AttachmentList(d.Lines[last+1].Sq); ok {
			return n, n
		}
	}
	return start + 1, last + 1
}

// BarOfPhrases reports whether s is three or more phrases apart by bars,
// underscores, hyphens (a page's title bar: …一-…大集合-《…》在线观看-…) or
// commas, none a sentence: a row of links, never a headline's first
// line. A cell
// may hold commas: a site's bar of key words parts some by bars, some by
// commas (…|午夜福利试看|…种子连接,自拍偷拍第二页,…).
func BarOfPhrases(s string) bool {
	cells := strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '｜' || r == '_' || r == '-' })
	if len(cells) == 1 {
		// Or by commas alone (…综合网,日韩亚洲免费视频,成人九区,…): a
		// headline's line holds a clause or two, a bar a string of them.
		cells = strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '，' })
	}
	if len(cells) < 3 {
		return false
	}
	for _, c := range cells {
		if !HasHan(c) || EndsSentence(c) || strings.ContainsAny(c, "。！？!?") {
			return false
		}
	}
	return true
}

// relatedLinks: a page's list of links to other articles under its label
// (相关链接 / ·黑龙江严防境外动物疫情传入 / ·…): the label and every line
// after it up to the next sentence are other pages' headlines and the
// site's menus, no part of the text.
type relatedLinks struct{}

func (relatedLinks) Settles() Role   { return Chrome }
func (relatedLinks) Name() string    { return "related-links" }
func (relatedLinks) Roles() []Role   { return []Role{Chrome} }
func (relatedLinks) Needs() []string { return nil }

func (relatedLinks) Match(d *Doc, i int) bool { return d.related[i] }

// relatedLines marks the lines of lists of links to other articles: a
// label of the list on a line of its own, after a sentence of the text
// (over the text, a site's menu may hold the label), and
// the lines under it that hold no sentence.
func (d *Doc) relatedLines() []bool {
	out := make([]bool, len(d.Lines))
	open, text := false, false
	for i, l := range d.Lines {
		switch {
		case text && relatedLabel(l.Sq):
			open = true
		case (d.punct[i] || d.ends[i]) && !(open && (l.Item || bulleted(l.Sq) || summaryCut(l.Sq))):
			// A link set as a list item, or with a bullet, may hold a
			// comma (·在若尔盖草原,长征路…); a link's
			// summary, its story's lead cut off with an ellipsis, holds
			// sentences but is no text of the page's.
			open = false
		}
		out[i] = open
		// A sentence ended on the line, at its end or inside it (a page's
		// text saved as one line, its credits run on after it).
		text = text || d.ends[i] || strings.Contains(l.Sq, "。")
	}
	return out
}

// bulleted reports whether s opens with a list bullet (·, •, ■ …).
func bulleted(s string) bool { return len(TrimBullet(s)) < len(s) }

// CutShort reports whether s ends as a page cuts a summary short: three
// dots after a clause mark or a word (…合作项目、...), where the text's own
// ellipsis is …… .
func CutShort(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return strings.HasSuffix(s, "...") && !strings.HasSuffix(s, "....")
}

// summaryCut reports whether s ends with any ellipsis (..., …, ……, 。。。):
// under a list of links a linked story's lead is cut off where the page
// showed only its start, so there the text's own marks count too, where
// CutShort, among the text's own lines, takes three dots only.
func summaryCut(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return CutShort(s) || strings.HasSuffix(s, "....") || strings.HasSuffix(s, "…") || strings.HasSuffix(s, "。。。") || moreLink(s)
}

var moreWords = cueWords("more")

// moreLink reports whether s ends with the link a page sets after a
// story's teaser ([详细], 【阅读全文】), or the start of one that the copy
// cut ([详): the teaser is cut short there.
func moreLink(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	k := strings.LastIndexAny(s, "[【")
	if k < 0 || k == 0 {
		return false // a line of the link alone is a page's button, furniture's
	}
	inner := strings.TrimRight(s[k:], "]】")
	_, n := utf8.DecodeRuneInString(inner)
	inner = inner[n:]
	if inner == "" {
		return false
	}
	for _, w := range moreWords.all() {
		if strings.HasPrefix(w, inner) {
			return true
		}
	}
	return false
}

// teaser: a teaser of another story, cut short where the page links to
// the whole of it ([详细]), and the headline of that story over it.
type teaser struct{}

func (teaser) Settles() Role   { return Chrome }
func (teaser) Name() string    { return "teaser" }
func (teaser) Roles() []Role   { return []Role{Chrome} }
func (teaser) Needs() []string { return nil }

func (teaser) Match(d *Doc, i int) bool {
	return moreLink(d.Lines[i].Sq) || i+1 < len(d.Lines) && moreLink(d.Lines[i+1].Sq) && !d.ends[i] && !moreLink(d.Lines[i].Sq)
}

// relatedLabel reports whether s is the label of a list of links, alone
// on its line, maybe with a mark or a “more” link after it.
func relatedLabel(s string) bool {
	s = strings.TrimLeft(s, "【[■●·> ")
	// Whose list it is, or how it was drawn, may stand before the label
	// (本栏随机推荐新闻).
	for {
		lead, ok := relatedLeads.prefix(s)
		if !ok {
			break
		}
		s = s[len(lead):]
	}
	w, ok := relatedLabels.prefix(s)
	if !ok {
		return false
	}
	after := strings.TrimLeft(s[len(w):], "】] ")
	rest := strings.TrimLeft(after, "：: >»")
	if rest == "" || rest == "更多" || rest == "更多>>" {
		return true
	}
	// Or the label and its colon before the first link, a document's
	// title (相关文件:…关于印发…方案的通知): no sentence.
	return len(rest) < len(after) && strings.ContainsAny(after[:len(after)-len(rest)], "：:") && !SentencePunct(rest) && !EndsSentence(rest)
}

// ShareLead is the length of a share link's lead at the start of s: an
// address (https://mp.weixin.qq.com/s/…) and the tool words and colon of
// a prompt after it (关注:), which a saved post runs into its headline.
// It is 0 where s opens with no address.
func ShareLead(s string) int {
	k := 0
	for _, scheme := range []string{"https://", "http://"} {
		if strings.HasPrefix(s, scheme) {
			k = len(scheme)
			break
		}
	}
	if k == 0 {
		return 0
	}
	for k < len(s) && s[k] > ' ' && s[k] < utf8.RuneSelf {
		k++
	}
	rest := s[k:]
	if c := strings.IndexAny(rest, ":："); c > 0 && furnitureOnly(rest[:c]) {
		_, n := utf8.DecodeRuneInString(rest[c:])
		k += c + n
	}
	return k
}

// SharePrompt is where a tool's prompt that closes s begins (…召开工作会议
// 分享到:): a page's share or print widget whose words (cue words, prompt)
// and colon a copy runs on after the headline, the colon asking for the
// buttons it left out. It is len(s) where s closes with no such prompt.
func SharePrompt(s string) int {
	t := strings.TrimRightFunc(s, unicode.IsSpace)
	before, ok := strings.CutSuffix(t, "：")
	if !ok {
		before, ok = strings.CutSuffix(t, ":")
	}
	if !ok {
		return len(s)
	}
	w, ok := promptWords.suffix(before)
	if !ok || len(w) == len(before) {
		return len(s)
	}
	return len(before) - len(w)
}

// doubledLink: a line that printed one title twice over and nothing
// else, past the start of the text (某某接受审查调查某某接受审查调查): a link
// to another page, saved with its title and its text, as a page's list of
// other articles gives them. The title a document site prints twice over
// the document's own text stands before the text, and a copy run on into
// the text is no link.
type doubledLink struct{}

func (doubledLink) Settles() Role   { return Chrome }
func (doubledLink) Name() string    { return "doubled-link" }
func (doubledLink) Roles() []Role   { return []Role{Chrome} }
func (doubledLink) Needs() []string { return nil }

func (doubledLink) Match(d *Doc, i int) bool {
	l := d.Lines[i]
	if l.Part == 0 || i <= d.running {
		return false
	}
	first := i
	if l.Part == 2 {
		first = i - 1
	}
	if l.Part > 2 || first+1 >= len(d.Lines) || d.Lines[first].Part != 1 || d.Lines[first+1].Part != 2 || d.Lines[first+1].Num != d.Lines[first].Num {
		return false
	}
	if first+2 < len(d.Lines) && d.Lines[first+2].Num == d.Lines[first].Num {
		return false // a third part: the copies ran on into text
	}
	return d.Lines[first].Sq != "" && d.Lines[first].Sq == d.Lines[first+1].Sq
}
