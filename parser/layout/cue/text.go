package cue

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/chrono"
	"bulletin/parser/lexicon"
	"bulletin/parser/punct"
	"bulletin/parser/span"
)

// Width is how wide s prints: a Chinese character one column, an ASCII
// character half of one. Counted on bytes: an ASCII byte is half a
// column, the lead byte of any other character a whole one.
func Width(s string) float64 {
	half, whole := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x80:
			half++
		case span.HanLead(c):
			whole++
			i += 2 // a Han character: step over its other two bytes
		case c >= 0xC0:
			whole++
		}
	}
	return float64(whole) + float64(half)/2
}

// IsHan reports whether r is a Chinese character.
func IsHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// HasHan reports whether s holds a Chinese character.
func HasHan(s string) bool {
	for _, r := range s {
		if IsHan(r) {
			return true
		}
	}
	return false
}

// FirstRune is the first rune of s after white space.
func FirstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(s, unicode.IsSpace))
	return r
}

// LastRune is the last rune of s before white space.
func LastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s, unicode.IsSpace))
	return r
}

// IsTerminal reports whether r ends a sentence or a clause a paragraph
// may end with.
func IsTerminal(r rune) bool { return strings.ContainsRune("。！？；：!?;:…", r) }

// EndsSentence reports whether s ends where a paragraph may end: a
// terminal mark, or one inside a closing quote (…。”).
func EndsSentence(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	r, n := utf8.DecodeLastRuneInString(s)
	switch {
	case IsTerminal(r):
		return true
	case r == '”' || r == '’' || r == '」' || r == '）' || r == ')':
		r2, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
		return IsTerminal(r2)
	}
	return false
}

// SentencePunct reports whether s holds clause punctuation outside quotes
// and brackets: the mark of running text rather than a heading.
func SentencePunct(s string) bool {
	depth := 0
	inside := false // clause marks inside the brackets open now
	for _, r := range s {
		switch r {
		case '，', '。', '；', '！', '？', ',', ';':
			if depth == 0 {
				return true
			}
			inside = true
		default:
			b := punct.Bracket(r)
			depth = max(depth+b, 0)
			if b < 0 {
				inside = false // the marks were inside a bracket now closed
			}
		}
	}
	// A quotation still open at the line's end, clauses in it, is a
	// sentence the copy cut off (…表示:“这幅照片见证了…,既是与大家共享).
	return depth > 0 && inside
}

// DateLed reports whether s opens with a date that starts a sentence (5月30日，…
// / 2022年1月18日至19日，…), and returns the date.
func DateLed(s string) (chrono.Expr, bool) {
	// A brief may open with its list's bullet (●3月6日，…).
	start := 0
	if r, n := utf8.DecodeRuneInString(s); ListBullet(r) {
		start = n
	}
	e, ok := chrono.Starting(s, start, chrono.Ref{Year: 2000})
	if !ok || e.Kind != chrono.Day && e.Kind != chrono.Month {
		return e, false
	}
	rest := strings.TrimLeft(s[e.End:], " ")
	for _, p := range []string{"，", ",", "、", "在", "晚", "起", "上午", "下午", "晚上"} {
		if strings.HasPrefix(rest, p) {
			return e, true
		}
	}
	// 5 月 30 日 市政府召开…: a space after the date starts the sentence.
	return e, len(rest) < len(s[e.End:]) && rest != "" && IsHan(FirstRune(rest))
}

// FullDate returns the full date (a day with its year) that s consists
// of, with nothing around it but white space and a closing 。, or the bar
// a web copy leaves where the date stood in a cell (二○一○年十二月二日 |).
func FullDate(s string) (chrono.Expr, bool) {
	s = strings.TrimRight(strings.TrimSpace(s), "。.|｜ ")
	s = strings.TrimSpace(trailingWeekdayRe.ReplaceAllString(s, ""))
	e, ok := chrono.Starting(s, 0, chrono.Ref{})
	if !ok || e.Kind != chrono.Day || e.YearFrom != "text" || e.EndValue != "" || e.End != len(s) {
		return e, false
	}
	return e, true
}

// EndsWithWeekday reports whether s ends with the day of the week: a
// page's or a paper's day (2018年12月10日 星期一), which may be the day the
// page was read rather than the day the text was issued.
func EndsWithWeekday(s string) bool { return trailingWeekdayRe.MatchString(strings.TrimSpace(s)) }

// weekday is a day of the week as pages print it: 星期一, 礼拜三, 周日,
// 周天.
const weekday = `(?:星期|礼拜)[一二三四五六日天]|周[一二三四五六日天]`

// weekdayRe finds a day of the week.
var weekdayRe = regexp.MustCompile(weekday)

// trailingWeekdayRe is the day of the week a page or a paper prints after its
// date (2018年12月10日 星期一, （周三）); the weekday's own name may be lost
// (星期 alone).
var trailingWeekdayRe = regexp.MustCompile(`\s*[（(]?(?:` + weekday + `|星期|礼拜)[)）]?$`)

// TrailingDate returns the full date that s ends with, and the text before
// it, trimmed: 南阳市民政局办公室 2025 年 6 月 3 日.
func TrailingDate(s string) (chrono.Expr, string, bool) { return trailing(s, chrono.Day) }

// TrailingMonth returns the month with its year written that s ends with,
// after words: a 落款 dated by its month (某区民政局 2021年3月).
func TrailingMonth(s string) (chrono.Expr, bool) {
	e, before, ok := trailing(s, chrono.Month)
	return e, ok && before != ""
}

// trailing returns the date of kind k, its year written, that s ends with,
// and the text before it, trimmed.
func trailing(s string, k chrono.Kind) (chrono.Expr, string, bool) {
	t := strings.TrimRight(strings.TrimSpace(s), "。.")
	for _, e := range chrono.Find(t, chrono.Ref{}) {
		if e.End == len(t) && e.Kind == k && e.YearFrom == "text" && e.EndValue == "" {
			return e, strings.TrimSpace(t[:e.Start]), true
		}
	}
	return chrono.Expr{}, "", false
}

// words is one list of the cue words in lexicon data (cue_words.tsv),
// labelled with the list's name, indexed on first use.
type words struct {
	list string
	idx  func() *lexicon.Words
}

func cueWords(list string) words {
	return words{list: list, idx: sync.OnceValue(func() *lexicon.Words { return lexicon.CueWordList(list) })}
}

// has reports whether w is a word of the list.
func (l words) has(w string) bool { return l.idx().Has(w) }

// prefix returns the longest word of the list that s starts with.
func (l words) prefix(s string) (string, bool) { return l.idx().Prefix(s) }

// suffix returns the longest word of the list that s ends with.
func (l words) suffix(s string) (string, bool) { return l.idx().Suffix(s) }

// valueAfter returns what follows the list's word that opens s and the
// colon after it, the marks of skip stepped over between them (标签: …,
// 原文链接】：…); ok is false where no word and colon open s.
func (l words) valueAfter(s, skip string) (string, bool) {
	w, ok := l.prefix(s)
	if !ok {
		return "", false
	}
	rest := strings.TrimLeft(s[len(w):], skip)
	if v, ok := strings.CutPrefix(rest, ":"); ok {
		return v, true
	}
	return strings.CutPrefix(rest, "：")
}

// mayStart reports whether a word of the list may start with r.
func (l words) mayStart(r rune) bool { return l.idx().MayStart(r) }

// The lists of cue words.
var (
	mastheadWords      = cueWords("masthead")
	mastheadTails      = cueWords("mastheadtail")
	statisticalForms   = cueWords("statisticalform")
	indicatorHeads     = cueWords("indicatorhead")
	columnCodes        = cueWords("columncode")
	figureHeads        = cueWords("figurehead")
	brandedJobs        = cueWords("brandedjob")
	indexKeys          = cueWords("index")
	serialHeads        = cueWords("serialhead")
	colHeads           = cueWords("colhead")
	subItems           = cueWords("subitem")
	contentsWords      = cueWords("contents")
	issueContentsWords = cueWords("issuecontents")
	sectionWords       = cueWords("section")
	workFields         = cueWords("field")
	infoKeys           = cueWords("info")
	selfSite           = cueWords("selfsite")
	furnitureWords     = cueWords("furniture")
	appPrompts         = cueWords("appprompt")
	scanVerbs          = cueWords("scanverb")
	followVerbs        = cueWords("followverb")
	docNotes           = cueWords("docnote")
	docButtons         = cueWords("docbutton")
	timeLabels         = cueWords("timelabel")
	editLabels         = cueWords("editlabel")
	promptWords        = cueWords("prompt")
	readerWords        = cueWords("reader")
	breadcrumbWords    = cueWords("breadcrumb")
	skyWords           = cueWords("sky")
	outlineWords       = cueWords("outline")
	captionOpens       = cueWords("captionopen")
	leadTimes          = cueWords("leadtime")
	issueNav           = cueWords("issuenav")
	captionEnds        = cueWords("captionend")
	photoTags          = cueWords("phototag")
	siteLabels         = cueWords("sitelabel")
	siteCredits        = cueWords("sitecredit")
	creditWords        = cueWords("credit")
	creditVerbs        = cueWords("creditverb")
	footerLabels       = cueWords("footer")
	closingWords       = cueWords("closing")
	compiledWords      = cueWords("compiled")
	contactLabels      = cueWords("contact")
	conjunctions       = cueWords("conjunction") // the words that join a list's members (和, 及, 与)
	citedAfter         = cueWords("citedafter")  // what follows a cited 发文字号 (…7号文件精神)
	documentKinds      = cueWords("doctype")
	titledKinds        = cueWords("titledkind")
	issuedKinds        = cueWords("issuedkind") // 通知, 公告, 批复 …: a 公文's kinds
	explainers         = cueWords("explainer")
	publicKinds        = cueWords("publickind")
	proclaimFormulas   = cueWords("proclaim")
	proclaimLeads      = cueWords("proclaimlead")
	recipientScopes    = cueWords("scope")
	deputyTitles       = cueWords("deputy")
	bylineWords        = cueWords("byline")
	reporterWords      = cueWords("reporter")  // the jobs an outlet's name may stand before (东南商报记者…)
	outletEnds         = cueWords("outletend") // what an outlet's name ends in (…杂志, 《…》)
	channelWords       = cueWords("channel")   // what a site's channel is called (…频道)
	secrecyWords       = cueWords("secrecy")
	publicNotes        = cueWords("public")
	noteLabels         = cueWords("note")
	tableEndings       = cueWords("tabletitle")
	tablePointers      = cueWords("tablepointer")
	totalLabels        = cueWords("total")
	attachWords        = cueWords("attachment")
	siteFootWords      = cueWords("sitefoot")
	counterWords       = cueWords("counter")     // what a page counts its visits by (浏览, 查看, 阅读)
	photoCredits       = cueWords("photocredit") // the verbs that credit a photo (摄, 供图)
	sectionEndings     = cueWords("sectionend")
	linkLabels         = cueWords("link")
	relatedLabels      = cueWords("related")
	relatedLeads       = cueWords("relatedlead")
	weatherWords       = cueWords("weather")
	greetingWords      = cueWords("greeting")
	todayWords         = cueWords("today")
	siteWords          = cueWords("siteword")
	siteEditions       = cueWords("siteedition")
	siteNational       = cueWords("sitenational")
	promulgatedWords   = cueWords("promulgated")
	tagLabels          = cueWords("tag")
	homeWords          = cueWords("home")
	trailEnds          = cueWords("trailend")
	datedFields        = cueWords("dated")
	datelineEnds       = cueWords("dateline")
	datePreps          = cueWords("dateprep")
	clauseOpeners      = cueWords("clauseopen")
	joinEnds           = cueWords("joinend")
	clauseOpens        = cueWords("clauseopen")
	kindMods           = cueWords("kindmod")
	grades             = cueWords("grade")
	titleVerbs         = cueWords("titleverb")
	periodicities      = cueWords("periodicity")
	briefLabels        = cueWords("brief")
	publisherFields    = cueWords("publisher")
	sourceFields       = cueWords("source")
	numberedFields     = cueWords("numbered")
	titledFields       = cueWords("titled")
	matterFields       = cueWords("matter")
)

// JoinEnd reports whether s ends with a word or mark that joins its
// phrase to what follows (的, 和, 、, ——): a line so ended goes on.
func JoinEnd(s string) bool {
	_, ok := joinEnds.suffix(strings.TrimSpace(s))
	return ok
}

// PublisherField reports whether an information field's key names the
// publishing body (发布机构, 发文机关).
func PublisherField(key string) bool { return publisherFields.has(key) }

// SourceField reports whether an information field's key names where the
// text came from (来源, 信息来源).
func SourceField(key string) bool { return sourceFields.has(key) }

// NumberedField reports whether an information field's key gives the
// document's number (文号, 发文字号).
func NumberedField(key string) bool { return numberedFields.has(key) }

// DeployWords are the words after which a text names the year whose work
// it deploys (部署2021年民政各项工作).
func DeployWords() []string { return lexicon.CueList("deploy") }

// TitledField reports whether an information field's key names the
// document's title (标题, 文件名称).
func TitledField(key string) bool { return titledFields.has(key) }

// MatterField reports whether an information field's key names the matter
// a service guide's page guides through (事项名称): its title where the
// page prints no headline.
func MatterField(key string) bool { return matterFields.has(key) }

// DatedField reports whether an information field's key names the day the
// page was published (发布日期, 成文日期, 刊发日期).
func DatedField(key string) bool { return datedFields.has(key) }

// DatedLabelEnding returns the longest label of a page's date field that s
// ends with (…活动时间: 时间).
func DatedLabelEnding(s string) (string, bool) { return datedFields.suffix(s) }

// all is every word of the list.
func (l words) all() []string { return lexicon.CueList(l.list) }

// IsTotal reports whether s labels a row that sums the rows above it
// (合计, 总计).
func IsTotal(s string) bool { return totalLabels.has(strings.Join(strings.Fields(s), "")) }

// IndexField reports whether key names a disclosure record's 索引号.
func IndexField(key string) bool { return indexKeys.has(strings.Join(strings.Fields(key), "")) }

// ColumnCode reports whether c letters a column of words in a statistical
// form's row of column codes (栏次: 甲 乙 丙 over the columns of words, 1 2
// 3 over those of figures).
func ColumnCode(c string) bool { return columnCodes.has(strings.TrimSpace(c)) }

// squeeze removes the white space extraction puts beside Chinese characters.
func squeeze(s string) string { return span.SqueezeString(s) }

// PaperDay reads an e-paper's strip of its issue: the issue's date and
// weekday, then the steps to the other issues or pages, tool words alone
// (2022年06月14日 星期二 上一期 下一期; …星期四 旧版入口|返回报网首页|版面导航).
// A site's banner with the day it is read shows no such steps.
func PaperDay(s string) (string, bool) {
	loc := weekdayRe.FindStringIndex(s)
	if loc == nil {
		return "", false
	}
	e, ok := FullDate(s[:loc[0]])
	rest := strings.TrimSpace(s[loc[1]:])
	if !ok || !furnitureOnly(rest) || !containsAny(rest, issueNav.all()) {
		return "", false
	}
	return e.Value, true
}
