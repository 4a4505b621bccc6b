package cue

import (
	"bulletin/parser/agency"
	"bulletin/parser/chrono"
	"bulletin/parser/span"
	"regexp"
	"strings"
	"unicode/utf8"
)

// timestampRe is a date and time as web pages print them: 2018-01-25 11:02,
// 2020-07-23 20:52:35, 07.02.2018 16:32, 2025/01/20; an extractor may run
// the time into the date (2022-01-2009:24, pdftotext -raw), which the
// time's colon tells apart.
var (
	timestampRe = regexp.MustCompile(`^` + dateRe + `(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$`)
	dateOnlyRe  = regexp.MustCompile(`^` + dateRe + `(?:\d{1,2}:\d{2}(?::\d{2})?)?$`)
)

// hanTimestampRe is a timestamp with the date in Chinese form: 2025年06月
// 19日18:13, 2025年6月19日 18:13:05. The time tells it apart from a 落款's
// date or a date line, which print the day alone.
var hanTimestampRe = regexp.MustCompile(`^` + hanStamp + `$`)

// hanStamp is a date in Chinese form and its time of day (2025年06月18日
// 09:30), its year, month and day captured.
const hanStamp = `((?:19|20)\d{2})年(1[0-2]|0?[1-9])月(3[01]|[12]\d|0?[1-9])日\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?`

// hanTimeRe is a date in Chinese form with its time of day, in figures or
// in 时 and 分 (2013年04月24日 09时07分), anywhere in a line.
var hanTimeRe = regexp.MustCompile(`((?:19|20)\d{2})年(1[0-2]|0?[1-9])月(3[01]|[12]\d|0?[1-9])日\s*\d{1,2}(?:[:：]\d{2}|时\d{1,2}分)`)

// openingStampRe is a page's date and time of day opening a line, words
// run on after it (2025-05-21 09:00本报讯…).
var openingStampRe = regexp.MustCompile(`^\s*` + dateRe + `\s*\d{1,2}:\d{2}(?::\d{2})?`)

// OpeningTimestamp reads the date of a page's timestamp that a copy ran
// into the first words of its text (2025-05-21 09:00本报讯 (记者…)…): a
// date with its time of day is the page's, where a sentence names a day
// without the clock.
func OpeningTimestamp(s string) (string, bool) {
	m := openingStampRe.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	return Timestamp(m[1])
}

// TimeOfDayDate finds, among other words, a date in Chinese form with its
// time of day (中央政府门户网站 www.gov.cn 2013年04月24日 09时07分): the
// time tells the page's timestamp from a date a sentence names.
func TimeOfDayDate(s string) (string, bool) {
	m := hanTimeRe.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	return m[1] + "-" + pad2(m[2]) + "-" + pad2(m[3]), true
}

// clockedRe is a date in figures and its time of day, anywhere among
// other words but inside no longer number (李某2024/04/03 08:57:14 发布).
var clockedRe = regexp.MustCompile(`(?:^|\D)` + dateRe + `\s*\d{1,2}:\d{2}`)

// ClockedDate finds, among other words, a date with its time of day, in
// figures or in Chinese form (转载 某某2024/04/03 08:57:14 发布; 2021年6月21日
// 15:14:17某某资讯401字): the time tells the page's stamp from a day a
// sentence names.
func ClockedDate(s string) (string, bool) {
	if m := clockedRe.FindStringSubmatch(s); m != nil {
		return Timestamp(m[1])
	}
	return TimeOfDayDate(s)
}

// OpeningClockedDate is ClockedDate where the stamp opens s, words or
// the page's counts after it (2021年6月21日15:14:17某某资讯401字阅读).
func OpeningClockedDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if m := clockedRe.FindStringSubmatchIndex(s); m != nil && m[2] == 0 {
		return Timestamp(s[m[2]:m[3]])
	}
	if m := hanTimeRe.FindStringSubmatchIndex(s); m != nil && m[0] == 0 {
		return TimeOfDayDate(s)
	}
	return "", false
}

// latinDate reads a line that is a date in Latin letters alone, as a page
// in English style prints it under the headline (Nov 22, 2025), as ISO.
func latinDate(t string) (string, bool) {
	if t == "" || !('A' <= t[0] && t[0] <= 'Z' || 'a' <= t[0] && t[0] <= 'z') {
		return "", false
	}
	e, ok := FullDate(t)
	if !ok {
		return "", false
	}
	return e.Value, true
}

// dateRe is a date in digits, year first or last; the longer of each
// part's forms is tried first.
const dateRe = `((?:19|20)\d{2}[-./](?:1[0-2]|0?[1-9])[-./](?:3[01]|[12]\d|0?[1-9])|(?:3[01]|[12]\d|0?[1-9])[-./](?:1[0-2]|0?[1-9])[-./](?:19|20)\d{2})`

// timestamp: a line that is a date and time alone, as a page prints it
// under the headline.
type timestamp struct{}

func (timestamp) Name() string    { return "timestamp" }
func (timestamp) Roles() []Role   { return []Role{Header} }
func (timestamp) Needs() []string { return nil }

func (timestamp) Match(d *Doc, i int) bool {
	t := strings.TrimSpace(TrimBullet(d.Lines[i].Text))
	if t != "" && t[0] >= '0' && t[0] <= '9' && (timestampRe.MatchString(t) || hanTimestampRe.MatchString(strings.TrimRight(t, " |｜"))) {
		return true
	}
	if _, ok := latinDate(t); ok {
		return true
	}
	// Or with the page's tool words after it (2026-01-27 17:15 阅读).
	if k := strings.LastIndexAny(t, "0123456789"); k >= 0 && t[0] >= '0' && t[0] <= '9' && furnitureOnly(span.SqueezeString(t[k+1:])) && timestampRe.MatchString(strings.TrimSpace(t[:k+1])) {
		return true
	}
	// Or with the page's count of visits after it (2020-02-24 09:08:21
	// 6712423次): the count is the page's, not the text's.
	if t != "" && t[0] >= '0' && t[0] <= '9' && strings.HasSuffix(t, "次") {
		if m := visitCountRe.FindStringIndex(t); m != nil && timestampRe.MatchString(strings.TrimSpace(t[:m[0]])) {
			return true
		}
	}
	// Or with the page's count of views run on after it (2022/12/1
	// 23:52:05发布52次查看): a counter's word (cue list counter) closes or
	// opens the count, as the visits a page counts are its own.
	if m := countedStampRe.FindStringSubmatch(t); m != nil && (counterWords.has(m[len(m)-2]) || counterWords.has(m[len(m)-1])) {
		return true
	}
	// Or with the outlet that carried the text after it (2020-04-29 14:49
	// 解放日报), above the text: the time of day tells it from a headline's
	// date, the place from an agenda's line (2024-03-15 09:00 听取汇报).
	if m := clockedDateRe.FindStringIndex(t); m != nil && i < d.running {
		if rest := span.SqueezeString(t[m[1]:]); rest != "" && !SentencePunct(rest) {
			if _, ok := outletEnds.suffix(rest); ok || Medium(rest) {
				return true
			}
			// Or the body that posted it and the page's count of visits
			// run on after its name (…09:01:50 某省某学会 8015).
			if body := strings.TrimRight(rest, "0123456789"); len(body) < len(rest) && agency.Shapes(body) {
				return true
			}
			// Or the account that posted it, in Latin letters, with
			// the count (…08:00:13 admin 65): a site's poster, no
			// words of a text.
			if posterRe.MatchString(strings.TrimSpace(t[m[1]:])) {
				return true
			}
		}
	}
	// Or after the page's address (//news.example.cn 2021-08-16 09:34:52),
	// which a site prints with the time it posted the page.
	if addressStampRe.MatchString(t) {
		return true
	}
	// Run into the words beside it, a timestamp is known by its place:
	// above the text, under the headline.
	return wordedTimestamp(t) || i < d.running && gluedTimestampRe.MatchString(t)
}

// posterRe is a site's account name in Latin letters and figures and the
// page's count of visits after it (admin 65, editor01 1234).
var posterRe = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_.]*\s+\d+$`)

// addressStampRe is a page's web address and the date and time it was
// posted, as a site prints them together under the headline.
var addressStampRe = regexp.MustCompile(`^(?:(?:https?:)?//|www\.)[A-Za-z0-9.\-/_]+\s+` + dateRe + `\s*\d{1,2}:\d{2}(?::\d{2})?$`)

// clockedDateRe is a date in digits and its time of day opening a line.
var clockedDateRe = regexp.MustCompile(`^` + dateRe + `\s*\d{1,2}:\d{2}(?::\d{2})?\s`)

// countedStampRe is a date in digits, its time of day and the page's
// count of views after them, the words beside the count apart.
var countedStampRe = regexp.MustCompile(`^` + dateRe + `\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:发布|发表)?\s*(\p{Han}{0,4}?)\s*[:：]?\s*\d+\s*次?\s*(\p{Han}{0,4})$`)

// visitCountRe is a page's count of visits as it closes the timestamp's
// line: a number of times, apart from the time by a space.
var visitCountRe = regexp.MustCompile(`\s+\d+\s*次$`)

// gluedTimestampRe is a timestamp that a copy of the page ran into the
// words beside it: its column's name before, its source after (社会热点
// 2022-09-18 10:50:12未知), or a date after its label's 于 (创建于2023-04-17).
var gluedTimestampRe = regexp.MustCompile(`^(?:\p{Han}+` + dateRe + `\s*\d{1,2}:\d{2}(?::\d{2})?\p{Han}*|\p{Han}*于` + dateRe + `)$`)

// wordedTimestamp reports whether t is a timestamp among a few words of the
// page's own, apart by spaces (网络整理 2019-03-15 最新信息): one date in
// digits after a word, the rest words with no figure and no punctuation.
// A date that opens the line heads a headline (2022-01-20 市民政局召开会议).
func wordedTimestamp(t string) bool {
	fs := strings.Fields(t)
	if len(fs) < 2 || dateOnlyRe.MatchString(fs[0]) {
		return false
	}
	dates := 0
	for k, f := range fs {
		switch {
		case dateOnlyRe.MatchString(f):
			dates++
		case clockRe.MatchString(f) && k > 0 && dateOnlyRe.MatchString(fs[k-1]):
			// the time of the date before it
		case !HasHan(f) || strings.ContainsFunc(f, func(r rune) bool { return !IsHan(r) }):
			return false
		}
	}
	return dates == 1
}

// leadingTimestamp finds a timestamp in s: the text before a page's
// information field (中央政府门户网站 www.gov.cn 2014-05-26 09:52).
func leadingTimestamp(s string) (string, bool) {
	for _, f := range strings.Fields(s) {
		if dateOnlyRe.MatchString(f) {
			return f, true
		}
		if d, ok := addressedDate(f); ok {
			return d, true
		}
	}
	// A news app's timestamp gives the day and the time, not the year
	// (湖北省民政厅02-01 15:49阅读量: 49592).
	if m := dayTimeRe.FindString(s); m != "" {
		return m, true
	}
	return "", false
}

// addressedDateRe is a date in digits that a site's address or a mark
// the copy garbled runs into (jianaisc.com?2013-08-13): Latin letters,
// dots and marks before it, no figure and no Chinese word.
var addressedDateRe = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9.\-/]*\.[A-Za-z]+[^0-9\p{Han}]*` + dateRe + `$`)

// addressedDate is the date of f where a site's address runs into it.
func addressedDate(f string) (string, bool) {
	m := addressedDateRe.FindStringSubmatch(f)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// dayTimeRe is a month and day with the time, at the end of the text
// before a field: 02-01 15:49.
var dayTimeRe = regexp.MustCompile(`(?:^|\P{Nd})(?:1[0-2]|0?[1-9])-(?:3[01]|[12]\d|0?[1-9])\s+(?:[01]?\d|2[0-3]):[0-5]\d\s*$`)

// StampAfter reads a bare timestamp that closes a field's value after a
// space (来源:慈善办 2022-11-01 16:46, the page's address after it or not):
// a page that prints its time after the source with no label of its own. It returns where the value ends
// before it, the date as ISO, and whether a time of day follows the date.
func StampAfter(v string) (end int, iso string, timed, ok bool) {
	for k := strings.IndexByte(v, ' '); k > 0; k = nextSpace(v, k) {
		rest := strings.TrimSpace(v[k:])
		fs := strings.Fields(rest)
		if n := len(fs); n > 0 && webAddress(fs[n-1]) {
			// The page's address after its time (某某日报 2018-02-23 01:54
			// https://…): the site's, no part of the stamp.
			fs = fs[:n-1]
			rest = strings.Join(fs, " ")
		}
		if len(fs) == 0 || len(fs) > 2 || dateOnlyRe.FindStringSubmatch(fs[0]) == nil {
			continue
		}
		if len(fs) == 2 && clockRe.FindString(fs[1]) != fs[1] {
			continue
		}
		if iso, ok := Timestamp(rest); ok {
			return k, iso, len(fs) == 2, true
		}
	}
	// A page may run its time on into the source with no space
	// (来源:某报-某客户端2022-11-12 10:46:18): the date and its time of day
	// close the value, from the first digit after a Chinese character (the
	// time may stand beyond the field, where the line's fields part at
	// spaces).
	if m := gluedStampRe.FindStringSubmatchIndex(v); m != nil {
		if iso, ok := Timestamp(v[m[2]:]); ok {
			return m[2], iso, m[6] >= 0, true
		}
	}
	return 0, "", false, false
}

// gluedStampRe is a date and its time of day that close a value, run on
// from a Chinese character.
var gluedStampRe = regexp.MustCompile(`\p{Han}(` + dateRe + `(\s+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?)\s*$`)

// nextSpace is the index of the first space in v after k, or -1.
func nextSpace(v string, k int) int {
	if j := strings.IndexByte(v[k+1:], ' '); j >= 0 {
		return k + 1 + j
	}
	return -1
}

// Timestamp reads the date of a timestamp in s as ISO: 07.02.2018 is the
// 7th of February (day first where the year comes last).
func Timestamp(s string) (string, bool) {
	if iso, ok := latinDate(strings.TrimSpace(s)); ok {
		return iso, true
	}
	if m := hanTimestampRe.FindStringSubmatch(strings.TrimRight(strings.TrimSpace(s), " |｜")); m != nil {
		return m[1] + "-" + pad2(m[2]) + "-" + pad2(m[3]), true
	}
	fields := strings.Fields(s)
	if m := gluedTimestampRe.FindStringSubmatch(strings.TrimSpace(s)); m != nil {
		fields = []string{m[1] + m[2]} // 社会热点2022-09-18 10:50:12未知, 创建于2023-04-17
	}
	for _, f := range fields {
		// A page may bracket its timestamp: (2024-12-18 ), 【2024-12-18】,
		// or run its address into it (jianaisc.com?2013-08-13).
		f = strings.Trim(f, "()（）[]【】")
		if d, ok := addressedDate(f); ok {
			f = d
		}
		m := dateOnlyRe.FindStringSubmatch(f)
		if m == nil {
			continue
		}
		parts := strings.FieldsFunc(m[1], func(r rune) bool { return r == '-' || r == '.' || r == '/' })
		if len(parts) != 3 {
			continue
		}
		y, mo, dd := parts[0], parts[1], parts[2]
		if len(parts[2]) == 4 {
			y, mo, dd = parts[2], parts[1], parts[0]
		}
		return y + "-" + pad2(mo) + "-" + pad2(dd), true
	}
	return "", false
}

// trailingTimestampRe is a date with its time that ends a line after
// words (作者:何恒 编辑:李庆石 2017-02-28 16:26:29): not part of a number.
var trailingTimestampRe = regexp.MustCompile(`(?:^|\D)` + dateRe + `\s*\d{1,2}:\d{2}(?::\d{2})?\s*$`)

// TrailingTimestamp reads, as ISO, the date of the timestamp that ends s:
// a page's information line that closes with the time it was posted,
// whatever field the words before it fill.
func TrailingTimestamp(s string) (string, bool) {
	m := trailingTimestampRe.FindStringSubmatch(s)
	if m == nil {
		m = trailingHanStampRe.FindStringSubmatch(s)
	}
	if m == nil {
		return "", false
	}
	return Timestamp(m[1])
}

// trailingHanStampRe is a timestamp in Chinese form that closes a line
// (来源:某市民政局 2017年05月18日 15:00), as hanTimestampRe reads it.
var trailingHanStampRe = regexp.MustCompile(`(?:^|\D)(` + hanStamp + `)\s*$`)

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// TrimBullet cuts the list bullet that opens s, and the space after it:
// a page may set its information lines as a list (• 2024-01-25 11:03).
func TrimBullet(s string) string {
	t := strings.TrimLeft(s, " \u3000")
	r, n := utf8.DecodeRuneInString(t)
	if !ListBullet(r) {
		return s
	}
	return strings.TrimLeft(t[n:], " \u3000")
}

// ListBullet reports whether r is a mark that opens a list item: the
// bullets and the geometric shapes of Unicode's General Punctuation and
// Geometric Shapes blocks (• ● ◆ ■ ▪ ►), the stars of Miscellaneous Symbols
// (★ ☆, as a bulletin marks its contents) and the middle dot.
func ListBullet(r rune) bool {
	return r == '•' || r == '·' || r == '‧' || r >= '■' && r <= '◿' || r == '★' || r == '☆'
}

// shortYearRe is a date whose year has two figures, in Chinese form
// (24年02月08日) or in figures and dashes (22-09-18 11:54:26), as some
// sites print a page's date field.
var shortYearRe = regexp.MustCompile(`^(\d{2})(?:年(1[0-2]|0?[1-9])月(3[01]|[12]\d|0?[1-9])日|-(1[0-2]|0[1-9])-(3[01]|[12]\d|0[1-9])(?:\s|$))`)

// ShortYearDate reads a date field's value whose year has two figures, as
// ISO. The century is POSIX strptime's for %y: 69-99 the 1900s, 00-68 the
// 2000s. Only a field labelled a date is read so: in running text 24年 is
// a span of years.
func ShortYearDate(v string) (string, bool) {
	m := shortYearRe.FindStringSubmatch(strings.TrimSpace(v))
	if m == nil {
		return "", false
	}
	century := "20"
	if m[1] >= "69" {
		century = "19"
	}
	month, day := m[2], m[3]
	if month == "" {
		month, day = m[4], m[5]
	}
	return century + m[1] + "-" + pad2(month) + "-" + pad2(day), true
}

// datedLinks: timestamps set as a list, one an item (- 2026年02月26日
// 13:41:58 / - 2026年02月26日 11:01:22 …): the dates of a site's list of
// links whose headlines the copy lost, no time of the page's own.
type datedLinks struct{}

func (datedLinks) Settles() Role   { return Chrome }
func (datedLinks) Name() string    { return "dated-links" }
func (datedLinks) Roles() []Role   { return []Role{Chrome} }
func (datedLinks) Needs() []string { return nil }

func (datedLinks) Match(d *Doc, i int) bool {
	item := func(j int) bool {
		return j >= 0 && j < len(d.Lines) && d.Lines[j].Item && (timestamp{}).Match(d, j)
	}
	if item(i) && (item(i-1) || item(i+1)) {
		return true
	}
	// Or bare dates under the links to the pages before and after (上一主题：…
	// / 下一主题：… / 2024-12-06 / 2024-04-16 …), two or more: the dates of
	// the links the copy lost; a 落款 prints one date.
	bare := func(j int) bool {
		if j < 0 || j >= len(d.Lines) {
			return false
		}
		_, ok := FullDate(d.Lines[j].Sq)
		return ok
	}
	if !bare(i) || !bare(i-1) && !bare(i+1) {
		return false
	}
	k := i
	for bare(k - 1) {
		k--
	}
	return k > 0 && (IsLinkCaption(d.Lines[k-1].Sq) || d.related[k-1])
}

// EpochPlaceholder reports whether a field's value is the first day of the
// Unix epoch (chrono.EpochDay; at 08:00 where the site keeps China's time):
// the date a site's software prints for a date field it never filled.
func EpochPlaceholder(v string) bool {
	iso, ok := Timestamp(v)
	return ok && iso == chrono.EpochDay
}

// labelledStampRe is a page's time field whose label the copy ran into its
// value with no colon, its other fields after it (时间2025-02-20 13:01:32
// 发布zangli分类殡葬政策浏览68): a word, then a date and its time of day.
var labelledStampRe = regexp.MustCompile(`^\p{Han}{1,4}(` + dateRe + `)\s*\d{1,2}:\d{2}(?::\d{2})?`)

// LabelledStamp reads the date of a page's time field run into its label
// at the start of a head line: the time of day tells it from a date in
// running text, which a headline or a sentence would print without one.
func LabelledStamp(s string) (string, bool) {
	m := labelledStampRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return "", false
	}
	return Timestamp(m[1])
}
