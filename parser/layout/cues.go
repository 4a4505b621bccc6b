package layout

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/span"
)

// The cues below are the printed conventions of Chinese administrative
// documents (GB/T 9704-2012 for 公文; the masthead, 期号 and 报送 footer of
// 简报). Regular expressions run on squeezed text: no spaces beside Chinese
// characters, ASCII digits.

const cn = `[一二三四五六七八九十百零〇两]`

// cue is an expression with what a line must hold before it can match: one
// of needs, when given, and at most maxLen bytes, when set. Both follow
// from the pattern; testing them first keeps the expression off the many
// lines that cannot match, where Go's backtracker would still clear state
// in proportion to the line.
type cue struct {
	*regexp.Regexp
	needs  []string
	maxLen int
}

func (c cue) MatchString(s string) bool {
	if c.maxLen > 0 && len(s) > c.maxLen {
		return false
	}
	if len(c.needs) > 0 && !slices.ContainsFunc(c.needs, func(n string) bool { return strings.Contains(s, n) }) {
		return false
	}
	return c.Regexp.MatchString(s)
}

var colons = []string{":", "："}

var (
	// 第39期, 第 39 期, (总第 120 期), 2025年第3期
	issueRe      = cue{regexp.MustCompile(`(?:^|[^总])第(\d+|` + cn + `+)期`), []string{"期"}, 0}
	totalIssueRe = cue{regexp.MustCompile(`总第(\d+|` + cn + `+)期`), []string{"期"}, 0}
	// 平民〔2021〕54号 with its bracket variants.
	docNumberRe = cue{regexp.MustCompile(`([\p{Han}]{1,12})[〔\[［(（【]((?:19|20)\d{2})[〕\]］)）】]第?(\d{1,5})号`), []string{"号"}, 0}
	// 发文机关标志: 平顶山市民政局文件.
	issuerMarkRe = regexp.MustCompile(`^(.{2,40}?)文件$`)
	// A masthead: 南阳民政工作动态, 民政简报, 民政信息 (增刊); at most 38
	// runes.
	mastheadRe = cue{regexp.MustCompile(`^[\p{Han}（）()·]{2,24}(工作动态|动态|简报|简讯|信息|快报|专报|通讯|要情|周报|月报|情况反映|工作通报)([（(][^）)]{1,8}[）)])?$`), nil, 160}
	// Table of contents headings.
	contentsRe = regexp.MustCompile(`^(本期内容|本期要目|本期目录|目录|内容提要|本期导读)$`)
	// Section markers of a bulletin: ●市级动态, 【工作动态】, 简讯.
	sectionMarkRe = regexp.MustCompile(`^[●◆■★▲◎□◇※▶►]\s*(.{2,30})$|^【(.{2,16})】$`)
	sectionWordRe = regexp.MustCompile(`^(简讯|简 讯|快讯|短讯|信息快递|工作简讯|一句话新闻|动态简讯|基层动态|基层信息|县区动态|县（市、区）动态|市级动态|省级动态|工作动态|经验交流|领导活动|要闻|图片新闻)$`)
	// Enumerated headings, by rank.
	chapterRe = regexp.MustCompile(`^第` + cn + `+[章部分编]`)
	cnEnumRe  = regexp.MustCompile(`^(` + cn + `+)、`)
	cnParenRe = regexp.MustCompile(`^[（(](` + cn + `+)[）)]`)
	numEnumRe = regexp.MustCompile(`^(\d{1,2})[.、．](\D)`)
	// An inline enumerator that starts body text: 一是, 二要, 首先.
	inlineEnumRe = regexp.MustCompile(`^(` + cn + `{1,2}[是要]|首先|其次|再次|最后)`)
	// Footer lists of a bulletin and the 抄送 line of a notice.
	listLabelRe = cue{regexp.MustCompile(`^(报送|报|送|分送|发至|发送|发|抄送|抄报|印送|主送)\s*[:：]\s*`), colons, 0}
	// Credits: 编辑：王晨晖.
	creditRe = regexp.MustCompile(`(责任编辑|主\s*编|编\s*辑|核\s*稿|审\s*核|审\s*定|审\s*签|签\s*发|校\s*对|排\s*版|撰\s*稿|供\s*稿|摄\s*影)\s*[:：]\s*`)
	// Copies: 共印 50 份; a short line.
	copiesRe = cue{regexp.MustCompile(`^[（(]?共印\d+份[）)]?$`), []string{"共印"}, 64}
	// 附件 list and attachment headings.
	attachListRe = cue{regexp.MustCompile(`^附件\s*[:：]\s*(.*)$`), []string{"附件"}, 0}
	attachHeadRe = cue{regexp.MustCompile(`^附件\s*(\d{0,2}|` + cn + `{0,2})$`), []string{"附件"}, 0}
	// Contact lines.
	contactRe = regexp.MustCompile(`^[（(]?(联系人|联\s*系\s*人|联系电话|电\s*话|邮\s*箱|电子邮箱|传\s*真|地\s*址|邮\s*编)\s*[:：]`)
	// Web page information lines: 索引号, 发布机构, 发布时间 …
	webInfoRe = regexp.MustCompile(`(` + webInfoKeys + `)\s*[:：]`)
	// A web information line opens with one of the keys.
	webInfoLineRe = cue{regexp.MustCompile(`^(` + webInfoKeys + `)\s*[:：]`), colons, 0}
	// Web page breadcrumbs: 当前位置：首页 > 工作动态.
	breadcrumbRe = cue{regexp.MustCompile(`^(当前位置|您现在的位置|您的位置)\s*[:：]`), colons, 0}
	// 主送机关: 各县（市、区）民政局：
	recipientRe = regexp.MustCompile(`^[\p{Han}（）()、，,]{2,80}[：:]$`)
	// A notice title: …关于…的通知.
	noticeTitleRe = regexp.MustCompile(`关于.{2,80}的(通知|意见|方案|决定|报告|请示|批复|函|通报|办法|规定|细则|规划|计划|纪要|公告|通告|复函|实施意见|工作方案|实施方案)$|^(通知|决定|意见|通报)$`)
	// Attribution closing an item: （市局办公室 市养老服务中心）.
	attributionRe = regexp.MustCompile(`[（(]([^（）()。，！？]{2,60})[）)]$`)
)

// Characters that end a sentence or a clause that a line may break after.
func isTerminal(r rune) bool {
	return strings.ContainsRune("。！？；：!?;…", r)
}

// width is how wide s prints: Chinese characters 1, ASCII ½.
func width(s string) float64 {
	// Counted on bytes: an ASCII byte is half a column, the lead byte of
	// any other character a whole one, continuation bytes nothing.
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

// atLeastRunes reports whether s has at least n runes, counting only when
// the byte length leaves it open.
func atLeastRunes(s string, n int) bool {
	switch {
	case len(s) >= 4*n:
		return true
	case len(s) < n:
		return false
	}
	return utf8.RuneCountInString(s) >= n
}

// atMostRunes reports whether s has at most n runes, counting only when the
// byte length leaves it open (a rune is 1 to 4 bytes).
func atMostRunes(s string, n int) bool {
	switch {
	case len(s) <= n:
		return true
	case len(s) > 4*n:
		return false
	}
	return utf8.RuneCountInString(s) <= n
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(s, unicode.IsSpace))
	return r
}

// sentencePunct reports whether s holds clause punctuation outside quotes
// and brackets: the mark of running text rather than a heading.
func sentencePunct(s string) bool {
	depth := 0
	for _, r := range s {
		switch r {
		case '“', '《', '（', '(', '「', '『', '‘', '【':
			depth++
		case '”', '》', '）', ')', '」', '』', '’', '】':
			if depth > 0 {
				depth--
			}
		case '，', '。', '；', '！', '？', ',', ';':
			if depth == 0 {
				return true
			}
		}
	}
	return false
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

const webInfoKeys = `索引号|发布机构|发文机关|发布时间|发布日期|成文日期|信息时间|信息来源|来源|文号|主题分类|公开方式|公开范围|生成日期|发布单位|浏览次数|点击数|访问量|字号`

// printedLine reports whether s is a notice's 印发 line: 平顶山市民政局办公室
// 2021年7月29日印发.
func printedLine(s string) bool { return strings.HasSuffix(s, "印发") }

// squeeze removes the white space PDF extraction puts between Chinese
// characters and digits, as span does for the texts it builds.
func squeeze(s string) string { return span.SqueezeString(s) }

// stripEnumerator removes a heading's enumerator (一、 （一） 1. 第一章).
func stripEnumerator(s string) string {
	for _, re := range []*regexp.Regexp{chapterRe, cnEnumRe, cnParenRe} {
		if loc := re.FindStringIndex(s); loc != nil {
			return strings.TrimLeft(s[loc[1]:], " 　、.．")
		}
	}
	if m := numEnumRe.FindStringSubmatchIndex(s); m != nil {
		return strings.TrimSpace(s[m[4]:])
	}
	return s
}

func sscanISO(s string, y, m, d *int) (int, error) {
	return fmt.Sscanf(s, "%d-%d-%d", y, m, d)
}
