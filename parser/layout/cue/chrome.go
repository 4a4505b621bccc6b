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

// furniture: a line made of a web page's tool words: 打印, 关闭, 字号 大
// 中 小, 分享到, 纠错, 【字体: 打印本页.
type furniture struct{}

func (furniture) Settles() Role   { return Chrome }
func (furniture) Name() string    { return "furniture" }
func (furniture) Roles() []Role   { return []Role{Chrome} }
func (furniture) Needs() []string { return nil }

// A timestamp with a tool word after it (2026-01-27 17:15 阅读) is the
// page's information line, its tools beside it.
func (furniture) Match(d *Doc, i int) bool {
	if commentCountRe.MatchString(d.Lines[i].Sq) {
		return true
	}
	// aside: an app's banner or tool words alone, measured once (NewDoc).
	if !d.aside[i] && !formWidget(d.Lines[i].Sq) {
		return false
	}
	if appBanner(d.Lines[i].Sq) {
		return true
	}
	_, stamped := Timestamp(d.Lines[i].Text)
	return !stamped
}

// appBanner reports whether s is a site's banner for its app or account: a
// prompt to scan (扫描下载, 扫码关注, 扫描二维码关注) and the name, no clause
// after it.
func appBanner(s string) bool {
	w, ok := appPrompts.prefix(s)
	if !ok {
		w, ok = scanFollow(s)
	}
	return ok && !SentencePunct(s[len(w):]) && HasHan(s[len(w):])
}

// scanFollow finds a prompt that sets what to scan between a scan verb
// opening s and the first follow verb after it (扫描二维码关注): the
// prompt up to the follow verb's end.
func scanFollow(s string) (string, bool) {
	v, ok := scanVerbs.prefix(s)
	if !ok {
		return "", false
	}
	for k := len(v); k < len(s); {
		if f, ok := followVerbs.prefix(s[k:]); ok {
			return s[:k+len(f)], true
		}
		_, n := utf8.DecodeRuneInString(s[k:])
		k += n
	}
	return "", false
}

// formWidget reports whether s is a page's form field and its button: a
// label, its colon, an empty box and a tool word (在线检阅: 搜索, 站内搜索：搜索):
// the box holds nothing on a saved page, so the button follows the colon.
func formWidget(s string) bool {
	k := strings.IndexAny(s, ":：")
	if k <= 0 {
		return false
	}
	label, rest := s[:k], strings.TrimLeft(s[k:], ":： ")
	// A field's value (发布时间:2020-01-29 打印) is no empty box, nor is a
	// trail's first link (当前位置:首页), the breadcrumb's.
	if strings.IndexFunc(rest, unicode.IsDigit) >= 0 || strings.ContainsAny(rest, ":：") || homeLink(rest) {
		return false
	}
	return HasHan(label) && !SentencePunct(label) && furnitureOnly(rest)
}

// furnitureOnly reports whether s is made of tool words alone. A name
// in quotes between them is the account a prompt asks to follow
// (点击上方“某某民政”关注我们): it counts among two words or more.
func furnitureOnly(s string) bool {
	if s == "" {
		return false
	}
	// Take the line apart into furniture words and the marks between them.
	words, quoted := 0, false
	for s != "" {
		r, n := utf8.DecodeRuneInString(s)
		if r == '“' || r == '「' {
			end := strings.IndexAny(s[n:], "”」")
			if end < 0 {
				// A name quoted after the bar's words that the copy cut
				// at the line's end (即将离开“某市人民政府网).
				return words > 0
			}
			s, quoted = s[n+end:], true
			continue
		}
		// 丨, a character the bars of a site's tool bar are set with (丨
		// 网站无障碍 丨 关怀版), parts the words as | does.
		if !IsHan(r) && !unicode.IsLetter(r) || r == '丨' {
			s = s[n:]
			continue
		}
		w, ok := furnitureWords.prefix(s)
		if !ok {
			return false
		}
		s = s[len(w):]
		words++
	}
	return words > 0 && (!quoted || words > 1)
}

// breadcrumb: a page's trail of links: 当前位置：首页 > 民政动态 > 通知公告.
type breadcrumb struct{}

func (breadcrumb) Settles() Role   { return Chrome }
func (breadcrumb) Name() string    { return "breadcrumb" }
func (breadcrumb) Roles() []Role   { return []Role{Chrome} }
func (breadcrumb) Needs() []string { return nil }

func (breadcrumb) Match(d *Doc, i int) bool {
	return IsBreadcrumb(d.Lines[i].Sq) || spacedTrail(d.Lines[i].Text) || listedTrail(d.Lines[i]) || i == d.wordsFrom && i+1 < len(d.Lines) && topTrail(d.Lines[i].Sq)
}

// topTrail reports whether s, a page's first line of words over its text,
// is a trail of two links or more (政务服务>办事指南), each words of Chinese
// alone: a headline prints no arrow between its words, so at the page's
// top two links make a trail, as a trail that opens at the site's home
// page does anywhere. A figure's sign (80周岁>…) stands among figures.
func topTrail(s string) bool {
	if !hasArrow(s) {
		return false
	}
	parts := strings.FieldsFunc(s, isArrow)
	for _, p := range parts {
		if p = strings.TrimSpace(p); !HasHan(p) || strings.IndexFunc(p, func(r rune) bool { return !IsHan(r) && r != ' ' }) >= 0 {
			return false
		}
	}
	return trailLinks(parts, 2)
}

// listedTrail reports whether line l is a trail of links a converter set
// as a Markdown list's item (1. 某某网 > 教育): the marker apart from the
// words as printed, the trail read from the line's squeezed words.
func listedTrail(l Line) bool {
	t := markdownItem(l.Text)
	if t == l.Text {
		return false
	}
	marker := strings.TrimSpace(strings.TrimSuffix(l.Text, t))
	return IsBreadcrumb(strings.TrimPrefix(l.Sq, marker))
}

// spacedTrail reports whether s is a trail from the home page whose arrows
// the copy lost, its links apart by white space alone (首页 实时讯息).
func spacedTrail(s string) bool {
	parts := strings.Fields(strings.ReplaceAll(s, "\u3000", " "))
	if len(parts) < 2 || !homeLink(parts[0]) {
		return false
	}
	for _, p := range parts {
		if !HasHan(p) || SentencePunct(p) || EndsSentence(p) {
			return false
		}
	}
	return true
}

// IsBreadcrumb reports whether s is a trail of links: it opens with a
// breadcrumb word (当前位置：…, 首页 > …), or it is three names or more
// apart by arrows, none running text (网易首页 > 网易河北 > 正文).
func IsBreadcrumb(s string) bool {
	s = strings.TrimLeft(s, "【[ ")
	arrows := hasArrow(s)
	if w, ok := breadcrumbWords.prefix(s); ok {
		rest := s[len(w):]
		if strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":") || arrows {
			return true
		}
	}
	if !arrows {
		return slashTrail(s) || lostArrows(s)
	}
	parts := strings.FieldsFunc(s, isArrow)
	if len(parts) > 0 && (homeLink(parts[0]) || IsSiteName(strings.TrimSpace(parts[0])) || channelLink(parts[0])) || strings.IndexFunc(strings.TrimSpace(s), isArrow) == 0 {
		// A trail that opens at the site's home page, its name or one of
		// its channels (福州新闻网 >> 要闻, 河北频道 > 全景河北), or one
		// wrapped onto its own line (> 民政概要 > 大事记), holds two links
		// or more.
		return trailLinks(parts, 2)
	}
	return trailLinks(parts, 3)
}

// markdownItem is s with the number of a Markdown list's item taken off
// (1. 某某网 > 教育): a converter sets a page's trail of links as a list. The marker stands apart from the words by a space;
// an enumerator run into its words (1.提升站位) is the text's.
func markdownItem(s string) string {
	t := strings.TrimLeft(s, " ")
	k := strings.IndexFunc(t, func(r rune) bool { return r < '0' || r > '9' })
	if k > 0 && strings.HasPrefix(t[k:], ". ") {
		return t[k+2:]
	}
	return s // a bullet's item (- 首页 > …) the cleaner has cut already
}

// TrailEnd is the last link of a trail of links s (首页>>要闻速递 →
// 要闻速递), the column the page is in, or "" where s holds no arrow.
func TrailEnd(s string) string {
	parts := strings.FieldsFunc(s, isArrow)
	if len(parts) < 2 {
		return ""
	}
	return strings.TrimSpace(parts[len(parts)-1])
}

// lostArrows reports whether s is a trail whose arrows the copy lost, read
// by the home page of a site named before it and a column after it, the
// trail closing at the page it leads to (某某网首页城事热报查看内容, …正文:
// cue_words trailend): a site's name ends in 网 or 网站, and no sentence
// runs through the line. A headline about a site's home page
// (某市民政网首页新增服务专区) ends at no such page.
func lostArrows(s string) bool {
	for _, site := range []string{"网站", "网"} {
		k := strings.Index(s, site+"首页")
		if k <= 0 {
			continue
		}
		rest := s[k+len(site+"首页"):]
		_, ends := trailEnds.suffix(rest)
		return ends && !SentencePunct(s) && !EndsSentence(s)
	}
	return false
}

// BreadcrumbLabel reports whether s is a trail's label alone (当前位置,
// 您现在的位置：), its links lost in the copy.
func BreadcrumbLabel(s string) bool { return breadcrumbWords.has(strings.TrimRight(s, "：: ")) }

// channelLink reports whether a trail's link is a channel of the site, a
// name that ends in what a channel is called (cue list channel: 河北频道).
func channelLink(s string) bool {
	s = strings.TrimSpace(s)
	w, ok := channelWords.suffix(s)
	return ok && len(w) < len(s) && titleShaped(s)
}

// homeLink reports whether a trail's link is the site's home page
// (首页, 网站首页, 当前所在:网站首页).
func homeLink(s string) bool { return strings.HasSuffix(strings.TrimSpace(s), "首页") }

func isArrow(r rune) bool { return strings.ContainsRune(">＞»›", r) }

// trailLinks reports whether parts read as a trail's links: at least
// least of them, none running text.
func trailLinks(parts []string, least int) bool {
	if len(parts) < least {
		return false
	}
	for _, p := range parts {
		if SentencePunct(p) || EndsSentence(p) {
			return false
		}
	}
	return true
}

// slashTrail reports whether s is a trail whose links a slash parts
// (网站首页 / 新闻中心 / 民政动态): slashes also part dates and lists, so
// the trail must open at a site's home page, and every link must be words.
func slashTrail(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '／' })
	if len(parts) < 2 || !homeLink(parts[0]) {
		return false
	}
	for _, p := range parts {
		if !HasHan(p) || SentencePunct(p) || EndsSentence(p) {
			return false
		}
	}
	return true
}

// overBreadcrumb: the line right above a page's trail of links: the
// site's banner, the name of the body that runs the site (洞口县人民政府 /
// 您当前所在位置：首页 > …); a page prints its headline under the trail.
type overBreadcrumb struct{}

func (overBreadcrumb) Settles() Role   { return Chrome }
func (overBreadcrumb) Name() string    { return "over-breadcrumb" }
func (overBreadcrumb) Roles() []Role   { return []Role{Chrome} }
func (overBreadcrumb) Needs() []string { return nil }

func (overBreadcrumb) Match(d *Doc, i int) bool {
	return i+1 < len(d.Lines) && d.shaped(i) && !d.info[i] && IsBreadcrumb(d.Lines[i+1].Sq) && !IsBreadcrumb(d.Lines[i].Sq)
}

// trailColumn: the name of a column the trail right above leads through,
// set again on its own line (您的位置: 首页>>市直动态>>查看内容 / 市直动态):
// the site's label of the column, as large as a masthead, which names no
// bulletin. The link stands between the first and the last, and reads as
// a column's name (SectionName): a headline may stand there too, before
// the trail's page word (首页 » 信息公开 » 关于…的通知 » 详情).
type trailColumn struct{}

func (trailColumn) Settles() Role   { return Chrome }
func (trailColumn) Name() string    { return "trail-column" }
func (trailColumn) Roles() []Role   { return []Role{Chrome} }
func (trailColumn) Needs() []string { return nil }

func (trailColumn) Match(d *Doc, i int) bool {
	if i == 0 || !IsBreadcrumb(d.Lines[i-1].Sq) {
		return false
	}
	s := strings.TrimSpace(d.Lines[i].Sq)
	if _, column := SectionName(s); !column {
		return false // a headline the trail leads to before its page word (…的通知 » 详情)
	}
	links := strings.FieldsFunc(d.Lines[i-1].Sq, isArrow)
	for k := 1; k+1 < len(links); k++ {
		if s != "" && strings.TrimSpace(links[k]) == s {
			return true
		}
	}
	return false
}

// breadcrumbTail: the end of a trail of links that ran to the page's
// width and wrapped onto the next line (… > 公告公 / 示): no longer than
// the trail's longest link, so no headline.
type breadcrumbTail struct{}

func (breadcrumbTail) Settles() Role   { return Chrome }
func (breadcrumbTail) Name() string    { return "breadcrumb-tail" }
func (breadcrumbTail) Roles() []Role   { return []Role{Chrome} }
func (breadcrumbTail) Needs() []string { return nil }

func (breadcrumbTail) Match(d *Doc, i int) bool {
	if i == 0 || d.Break(i) || !IsBreadcrumb(d.Lines[i-1].Sq) {
		return false
	}
	s := d.Lines[i].Sq
	if SentencePunct(s) || EndsSentence(s) {
		return false
	}
	// The trail's label alone (当前位置:), its last link, the column's name,
	// set on the next line (本市要闻); a headline may stand there as well.
	if prev := strings.TrimSpace(d.Lines[i-1].Sq); strings.HasSuffix(prev, ":") || strings.HasSuffix(prev, "：") {
		_, column := SectionName(strings.TrimLeft(s, ">＞»› "))
		return column && d.shaped(i) && !d.info[i]
	}
	if !d.full(i - 1) {
		return false
	}
	links := strings.FieldsFunc(d.Lines[i-1].Sq, func(r rune) bool { return strings.ContainsRune(">＞»›：:", r) })
	if len(links) > 0 && strings.TrimSpace(links[len(links)-1]) == strings.TrimSpace(s) {
		return false // the trail ends with the page's headline whole, printed again under it: no tail cut off
	}
	longest := 0
	for _, link := range links {
		longest = max(longest, utf8.RuneCountInString(link))
	}
	return utf8.RuneCountInString(strings.TrimLeft(s, ">＞»› ")) <= longest
}

// hasArrow reports whether s holds an arrow of a breadcrumb.
func hasArrow(s string) bool { return strings.IndexFunc(s, isArrow) >= 0 }

// SiteFoot reports whether line i of d is a line of a web site's foot
// (siteFoot): its licence, its maker, its terms of copying.
func SiteFoot(d *Doc, i int) bool { return (siteFoot{}).Match(d, i) }

// siteFoot: the foot of a web site: its licence number and who runs it
// (蜀ICP备12019884号, 版权所有, 主办单位).
type siteFoot struct{}

func (siteFoot) Settles() Role { return Chrome }
func (siteFoot) Name() string  { return "site-foot" }
func (siteFoot) Roles() []Role { return []Role{Chrome} }
func (siteFoot) Needs() []string {
	return append(slices.Clone(siteFootWords.all()), siteCredits.all()...)
}

// Match: a site's foot is known by its words; in running text those a
// sentence may use (sitelabel: 开业当天,主办单位邀请了…) count only as a
// label with its colon (主办单位：…).
func (siteFoot) Match(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	if !d.punct[i] {
		return footWordIn(s) || siteCredit(s)
	}
	if creditClauses(s) {
		return true
	}
	for _, w := range siteFootWords.all() {
		if !siteLabels.has(w) {
			if strings.Contains(s, w) {
				return true
			}
			continue
		}
		if strings.Contains(s, w+"：") || strings.Contains(s, w+":") {
			return true
		}
	}
	return false
}

// footWordIn reports whether s holds a word of a site's foot, not as one
// of a grid's heads listed with 、 (承办单位、地址、报名电话：): the one test
// of a site's foot word, for the foot's lines, the line under one, the
// label over its terms and the credits over it.
func footWordIn(s string) bool {
	for _, w := range siteFootWords.all() {
		if strings.Contains(s, w) && !(siteLabels.has(w) && listedHead(s, w)) {
			return true
		}
	}
	return false
}

// listedHead reports whether the label w stands in s in a list of the
// heads of a grid's columns, 、 beside it (承办单位、地址、报名电话：): a
// table's, no site's foot.
func listedHead(s, w string) bool {
	k := strings.Index(s, w)
	return strings.HasSuffix(s[:k], "、") || strings.HasPrefix(s[k+len(w):], "、")
}

// siteCredit reports whether s is a body's name closed by the word of what
// it does for a site, with no colon (某省人大常委会主管, 某杂志社主办, 某厅
// 办公厅主办): the credit a site prints over its pages or at their foot. A
// bulletin labels its sponsor with a colon (主办：某局办公室), which the
// edit labels read. The body may be a medium's house (某日报社, 某杂志社).
func siteCredit(s string) bool {
	// 某中心主办 | 某办公室主管: the credits side by side, parted by a bar.
	// Each names what it does for the site; one name shaped as a body's
	// is enough (the other may be a brand: 政讯通-某办公室).
	if cells := strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '｜' }); len(cells) > 1 {
		named := false
		for _, c := range cells {
			c = strings.TrimSpace(c)
			if _, ok := siteCredits.suffix(c); !ok {
				return false
			}
			named = named || siteCredit(c)
		}
		return named
	}
	for _, w := range siteCredits.all() {
		if name, ok := strings.CutSuffix(s, w); ok && name != "" && (agency.Shapes(name) || Medium(strings.TrimSuffix(name, "社"))) {
			return true
		}
	}
	return labelledCredits(s) || creditClauses(s)
}

// creditClauses reports whether s lists a site's credits as clauses
// apart by commas, each a body's name and what it does for the site
// (中共某县委、某县人民政府主管,县委宣传部主办,某县融媒体中心承办): a
// sentence that names who ran an event says so with a verb (由…主办) and
// ends.
func creditClauses(s string) bool {
	if EndsSentence(s) {
		return false
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '，' || r == ',' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		w, ok := siteCredits.suffix(strings.TrimSpace(p))
		if !ok {
			return false
		}
		names := strings.Split(strings.TrimSuffix(strings.TrimSpace(p), w), "、")
		for _, n := range names {
			// A word that stands before a name (由某局主办) makes the
			// clause a sentence's.
			if _, led := lexicon.AgencyBoundaries().Prefix(n); led || !agency.Shapes(n) {
				return false
			}
		}
	}
	return true
}

// labelledCredits reports whether s prints two of a site's credits or
// more as labels (主办:某省民政厅 承办:某中心), the foot's list of who runs
// the site: a bulletin's masthead names its editing office under one
// label (主办：某县民政局办公室), and a sentence names who ran an event
// with no colon (由某局主办，某协会承办).
func labelledCredits(s string) bool {
	n := 0
	for _, w := range siteCredits.all() {
		if strings.Contains(s, w+"：") || strings.Contains(s, w+":") {
			n++
		}
	}
	return n >= 2
}

// underSiteFoot: a line right under a site's foot line (网站标识码：… /
// 联系方式：…): the site's foot goes on. A foot's words over the text
// (国内统一刊号：… over a paper's date and headline) are its masthead's,
// whose lines under it are the issue's.
type underSiteFoot struct{}

func (underSiteFoot) Name() string    { return "under-site-foot" }
func (underSiteFoot) Roles() []Role   { return []Role{Chrome} }
func (underSiteFoot) Needs() []string { return nil }

func (underSiteFoot) Match(d *Doc, i int) bool {
	return i > 0 && !d.punct[i] && (i-1 > d.running || d.running == len(d.Lines)) && footWordIn(d.Lines[i-1].Sq)
}

// siteTerms: the notes a site's foot label lists under it (免责声明： /
// ①凡本网注明… / ②…). They are the site's terms, never the text's parts,
// however they are numbered.
type siteTerms struct{}

func (siteTerms) Settles() Role            { return Chrome }
func (siteTerms) Name() string             { return "site-terms" }
func (siteTerms) Roles() []Role            { return []Role{Chrome} }
func (siteTerms) Needs() []string          { return nil }
func (siteTerms) Match(d *Doc, i int) bool { return d.footNote(i) }

// footNote reports whether line i is one of the notes a site's foot label
// lists under it: numbered by one kind of enumerator from one on, right
// under a site's foot line that closes with its colon, past the text's
// first line.
func (d *Doc) footNote(i int) bool {
	k, v, _ := Enumerator(d.Lines[i].Sq)
	if k == NoEnum {
		return false
	}
	j := i
	for ; v > 1 && j > 0; j-- {
		kp, vp, _ := Enumerator(d.Lines[j-1].Sq)
		if kp != k || vp != v-1 {
			return false
		}
		v = vp
	}
	if v != 1 || j == 0 || j-1 <= d.running {
		return false
	}
	label := d.Lines[j-1].Sq
	return (strings.HasSuffix(label, "：") || strings.HasSuffix(label, ":")) && footWordIn(label)
}

// overSiteFoot: a run of label-and-value lines that ends on a site's foot
// line (主办:…人民政府办公室 / 承办:…信息服务中心 / 蜀ICP备…号): the foot
// begins with its credits. A run that names a contact (联系人：…), the
// article's source or its editors (来源：…, 编辑：…) is the article's close
// that the page set straight above its foot.
type overSiteFoot struct{}

func (overSiteFoot) Settles() Role   { return Chrome }
func (overSiteFoot) Name() string    { return "over-site-foot" }
func (overSiteFoot) Roles() []Role   { return []Role{Chrome} }
func (overSiteFoot) Needs() []string { return []string{"：", ":"} }

func (overSiteFoot) Match(d *Doc, i int) bool { return d.credits[i] }

// creditLines marks the runs overSiteFoot reads, from the foot up.
func (d *Doc) creditLines() []bool {
	out := make([]bool, len(d.Lines))
	var run []int
	onFoot, named := false, false
	settle := func() {
		if onFoot && !named {
			for _, k := range run {
				out[k] = true
			}
		}
		run, named = run[:0], false
	}
	for i := len(d.Lines) - 1; i >= 0; i-- {
		switch s := d.Lines[i].Sq; {
		case footWordIn(s):
			settle()
			onFoot = true
		case !onFoot:
			// No foot below: a run here is never marked.
		case (labelled{}).Match(d, i):
			run = append(run, i)
			named = named || d.info[i] || (contact{}).Match(d, i) || (credit{}).Match(d, i) || (byline{}).Match(d, i)
		default:
			settle()
			onFoot = false
		}
	}
	settle()
	return out
}

// pageFurniture reports whether a line is a page's furniture rather than
// its text: a breadcrumb, tool words, a print stamp or page number (an
// information line the caller asks of its own).
func pageFurniture(l Line) bool {
	if IsBreadcrumb(l.Sq) || stampOrNumber(strings.TrimSpace(l.Text)) {
		return true
	}
	return furnitureOnly(l.Sq)
}

// border: a line of table borders, rules and ornaments only: | | |, ----,
// ====, ▼; or of question marks alone, the glyphs (an icon, a picture's
// mark) a copy could not encode; or of a page's markup alone.
type border struct{}

func (border) Settles() Role   { return Chrome }
func (border) Name() string    { return "border" }
func (border) Roles() []Role   { return []Role{Chrome} }
func (border) Needs() []string { return nil }

func (border) Match(d *Doc, i int) bool {
	s := strings.TrimSpace(d.Lines[i].Text)
	if emptyCellsAmong(d, i) {
		return false
	}
	return s != "" && (strings.TrimFunc(s, ornament) == "" || strings.Trim(s, "?？ ") == "" || markupOnly(s))
}

// emptyCellsAmong reports whether line i, bars alone (|||), stands between
// cells a web page's grid saved one a line, each closed by its bar, after
// a figure (… | 8 | / ||| / 2 | …): the empty cells that close a data row,
// no border. Under a head's words such a line closes the head, as the
// grid's reading takes it whatever its role.
func emptyCellsAmong(d *Doc, i int) bool {
	s := strings.TrimSpace(d.Lines[i].Text)
	if i == 0 || i+1 >= len(d.Lines) || strings.Trim(s, "|｜ ") != "" || strings.Count(s, "|")+strings.Count(s, "｜") < 2 {
		return false
	}
	cell, above := barInner(d.Lines[i-1])
	_, below := barInner(d.Lines[i+1])
	return above && below && numberCell(cell) // 8, 16.22, 129.03%: a data row's cell
}

// markupRe is a tag of a page's markup (<ul id="…">, </strike>).
var markupRe = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?>`)

// markupOnly reports whether s holds tags of a page's markup and nothing
// else but a list's bullet (• <ul id="k1"></ul>): code a copy left, no words.
func markupOnly(s string) bool {
	if !strings.Contains(s, "<") {
		return false
	}
	rest := strings.TrimSpace(markupRe.ReplaceAllString(s, ""))
	return len(rest) < len(strings.TrimSpace(s)) && strings.Trim(rest, "•·- ") == ""
}

// ornament reports whether r draws a rule or an ornament, no text: table
// borders and rules, and the shapes and arrows a page sets between its
// parts (▼ over a public account's prompt, ★★★): Unicode's Geometric
// Shapes and Arrows blocks.
func ornament(r rune) bool {
	return strings.ContainsRune("|-=_—─━ \t★☆", r) || r >= '■' && r <= '◿' || r >= '←' && r <= '⇿'
}

// commentCountRe is a page's comment widget counting its comments (已有0条
// 评论,共有0人参与; 评论列表 (0条); 网友评论(3)): furniture, no figures of
// the text.
var commentCountRe = regexp.MustCompile(`^(?:已有\d+条评论(?:[,，]共有\d+人参与)?|(?:网友)?评论(?:列表)?[(（]\d+条?[)）])$`)

// pageNumberRe is a page's number as printers set it: 1/3, - 2 -, 第1页,
// 第 1 页 共 3 页, — 5 —, a newspaper's page and its name (第06版:县区),
// and a web page's pager or note mark alone: [1].
var pageNumberRe = regexp.MustCompile(`^(?:\d+\s*/\s*\d+|[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*第\s*\d+\s*页|第\s*\d+\s*版(?:\s*[:：][^，。,；;！？!?]*)?|\[\d+\])$`)

// pageNumber: a page's number on a line of its own.
type pageNumber struct{}

func (pageNumber) Settles() Role   { return Chrome }
func (pageNumber) Name() string    { return "page-number" }
func (pageNumber) Roles() []Role   { return []Role{Chrome} }
func (pageNumber) Needs() []string { return nil }

func (pageNumber) Match(d *Doc, i int) bool { return isPageNumber(strings.TrimSpace(d.Lines[i].Text)) }

// isPageNumber reports whether t is a page's number.
func isPageNumber(t string) bool {
	switch r, _ := utf8.DecodeRuneInString(t); {
	case r >= '0' && r <= '9', r == '-', r == '—', r == '–', r == '第', r == '共', r == '[':
		return pageNumberRe.MatchString(t)
	}
	return false
}

// isPrintStamp reports whether t is a printer's stamp.
func isPrintStamp(t string) bool {
	if t == "" || !(t[0] >= '0' && t[0] <= '9' || t[0] == 'f' || t[0] == 'h' || t[0] == 'w') {
		return false // a stamp opens with the time, or an address
	}
	m := printStampRe.FindStringSubmatch(t)
	// After the stamp a print may repeat the page's title, nothing else:
	// fields after a site's address (http://… 2020-10-22 14:34:33 来源:…)
	// are the page's information line.
	return m != nil && !SentencePunct(m[1]) && len(InfoFields(m[1])) == 0
}

// stampOrNumber reports whether t is a page's stamp or number.
func stampOrNumber(t string) bool { return isPrintStamp(t) || isPageNumber(t) }

// printStampRe is what a browser prints at a page's edge: 12/1/26, 2:35 PM,
// a file or web address.
var printStampRe = regexp.MustCompile(`^(?:` + browserStamp + `(?:\s*[AP]M)?|file://\S+|(?:https?://|www\.)[!-~]+)(\s+.*)?$`)

// browserStamp is the date and time a browser prints: 12/1/26, 2:35.
const browserStamp = `\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}`

// runOnStampRe is a browser's stamp inside a line, its AM or PM with it.
var runOnStampRe = regexp.MustCompile(browserStamp + `\s*[AP]M`)

// RunOnStamp is where a browser's print stamp (12/1/26, 2:36 PM) stands
// inside s after other text, as an extractor runs a page's edge on after
// its last line, or -1.
func RunOnStamp(s string) int {
	if !strings.Contains(s, "M") {
		return -1
	}
	if loc := runOnStampRe.FindStringIndex(s); loc != nil && loc[0] > 0 {
		return loc[0]
	}
	return -1
}

// printStamp: a browser's or printer's stamp at a page's edge: the time it
// was printed, the page's address.
type printStamp struct{}

func (printStamp) Settles() Role   { return Chrome }
func (printStamp) Name() string    { return "print-stamp" }
func (printStamp) Roles() []Role   { return []Role{Chrome} }
func (printStamp) Needs() []string { return nil }

func (printStamp) Match(d *Doc, i int) bool { return isPrintStamp(strings.TrimSpace(d.Lines[i].Text)) }

// fileName: the name of an image or a document file on a line of its own
// (图片1.png, 附件.docx), what a page shows where a picture or a link
// stood, or of a page's own file or template that a copy kept (index_new5.html,
// ../../tpl_font3.html), or a document-sharing site's caption of a
// picture of the file's page (某某总结.doc_第1页).
type fileName struct{}

func (fileName) Settles() Role   { return Chrome }
func (fileName) Name() string    { return "file-name" }
func (fileName) Roles() []Role   { return []Role{Chrome} }
func (fileName) Needs() []string { return []string{"."} }

// fileStem is a file's name up to its extension's dot, spaces allowed
// inside it as a picture's file takes its caption and credit (1调研组实地
// 踏查某养护院 王某 摄_副本.jpg), no mark of a sentence or a label;
// imageExts are the extensions of pictures, pageExts those of a site's
// pages.
const (
	fileStem  = `(?i)^[^\s:：，。；;]+(?:\s+[^\s:：，。；;]+)*\.`
	imageExts = `png|jpe?g|gif|bmp|webp`
	pageExts  = `s?html?|php|aspx?|jsp`
)

var fileNameRe = regexp.MustCompile(fileStem + `(?:` + imageExts + `|` + pageExts + `|pdf|docx?|xlsx?|wps|zip|rar)(?:` + pageOf + `)?$`)

// pageOf is one page of a file a document-sharing site shows a picture
// of, under the file's name (某某总结.doc_第1页), or of a listing a page's
// title numbers (某区民政局_第5页).
const pageOf = `_第\d+[页頁]`

// listingPageRe is a line that closes with the page of a listing or a
// file (pageOf).
var listingPageRe = regexp.MustCompile(pageOf + `$`)

func (fileName) Match(d *Doc, i int) bool {
	return fileNameRe.MatchString(strings.TrimSpace(d.Lines[i].Text))
}

// fileTitled: the title of a document a page serves as a file (陕西省某某办法.docx
// over the document's text), printed on a line of its own under the
// file's name: the file is named for its title.
type fileTitled struct{}

func (fileTitled) Name() string    { return "file-titled" }
func (fileTitled) Roles() []Role   { return []Role{Title} }
func (fileTitled) Needs() []string { return nil }

func (fileTitled) Match(d *Doc, i int) bool {
	s := strings.TrimSpace(d.Lines[i].Sq)
	return d.fileStem != "" && s == d.fileStem && i > d.fileStemAt && titleShaped(s)
}

// stemOf is the name of the file s names, its extension cut, or "".
func stemOf(s string) string {
	s = strings.TrimSpace(s)
	if !fileNameRe.MatchString(s) {
		return ""
	}
	return strings.TrimSpace(s[:strings.LastIndexByte(s, '.')])
}

// underImage: the caption a page sets right under a picture that the
// copy kept as its file name (图片3.png / 位于…慈善超市示范点正式开业):
// words of the picture, no sentence of the text, nor the headline over
// the page's information line.
type underImage struct{}

func (underImage) Settles() Role   { return Chrome }
func (underImage) Name() string    { return "under-image" }
func (underImage) Roles() []Role   { return []Role{Chrome} }
func (underImage) Needs() []string { return nil }

var imageFileRe = regexp.MustCompile(fileStem + `(?:` + imageExts + `)$`)

func (underImage) Match(d *Doc, i int) bool {
	if i == 0 || d.ends[i] || d.punct[i] || d.Break(i) || strings.IndexByte(d.Lines[i-1].Text, '.') < 0 {
		return false // a file's name holds its extension's dot
	}
	// Words right over the page's information line are its headline,
	// whatever picture the copy kept above them.
	over := i+1 < len(d.Lines) && d.info[i+1]
	return imageFileRe.MatchString(strings.TrimSpace(d.Lines[i-1].Text)) && HasHan(d.Lines[i].Sq) && !over
}

// PageFurniture reports whether line l is a page's furniture: a
// breadcrumb, tool words, a print stamp or a page number.
func PageFurniture(l Line) bool { return pageFurniture(l) }

// TrailPage returns the last step of a trail of links (首页 > 老龄事业 >
// 某地老龄人有了更多好去处) where it names the article's own page by its
// headline: no closing word of a trail (正文, 查看内容), a headline's
// length, and longer than each column before it, as a headline runs
// longer than the names of a site's columns.
func TrailPage(s string) (string, bool) {
	if !IsBreadcrumb(s) || !hasArrow(s) {
		return "", false
	}
	parts := strings.FieldsFunc(s, isArrow)
	last := strings.TrimSpace(parts[len(parts)-1])
	if paperDateRe.MatchString(last) {
		// A date in figures (2018-11-13): a page's stamp, which no headline prints so.
		return "", false // the page's information line run on after the trail (新闻中心 来源:某报 | 2018-11-13 16:29)
	}
	if _, ends := trailEnds.suffix(last); ends || !titleLongEnough(last) || SentencePunct(last) {
		return "", false
	}
	for _, p := range parts[:len(parts)-1] {
		if utf8.RuneCountInString(strings.TrimSpace(p)) >= utf8.RuneCountInString(last) {
			return "", false
		}
	}
	return last, true
}
