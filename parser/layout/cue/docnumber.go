package cue

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"bulletin/parser/span"
)

// docNumberRe is a 发文字号: 平民〔2021〕54号 with its bracket variants, and
// the older form with a class word after the year (民[1981]城48号).
var docNumberRe = regexp.MustCompile(`([\p{Han}]{1,12})(?:[〔\[［(（【]((?:19|20)\d{2})[〕\]］)）】]|〔()〕)(\p{Han}{0,2}?)第?(\d{1,5})号`)

// lostNumberRe is a 发文字号 whose closing 号 a copy lost (湖委发〔2018〕20):
// only as a whole line and with the 〔〕 that no other figure prints, since
// without its 号 the number is told from a sentence's figures by nothing
// else. Its groups are docNumberRe's.
var lostNumberRe = regexp.MustCompile(`^([\p{Han}]{1,12})〔((?:19|20)\d{2})〕()(\p{Han}{0,2}?)第?(\d{1,5})$`)

// shutLostRe is a 发文字号 whose copy lost the bracket that closes the
// year as well as its 号 (某政告字〔202218): the year is the four figures
// after 〔, the serial number the rest. Only as a whole line, as
// lostNumberRe, and only after an issuer's code that ends as codes do
// (GB/T 9704-2012 §7.2.5, 机关代字: …发, …函, …字, …告, …办), since so
// little of the number is left.
var shutLostRe = regexp.MustCompile(`^(\p{Han}{0,11}[发函字告办通文电复呈报令规])〔((?:19|20)\d{2})()()(\d{1,5})$`)

// numberLoc finds the first 发文字号 in s, in any of its forms.
func numberLoc(s string) []int {
	m := docNumberRe.FindStringSubmatchIndex(s)
	if m == nil {
		m = lostNumberRe.FindStringSubmatchIndex(s)
	}
	if m == nil {
		m = shutLostRe.FindStringSubmatchIndex(s)
	}
	return withoutLabel(s, m)
}

// withoutLabel takes off the front of a 发文字号's issuer code the word a
// copy ran into it with no colon or space: the field's label (文号某民函〔2017〕
// 14号, cue list numbered) or a page's link (返回某民社发〔2022〕367号, cue
// list furniture), a word of two characters at least before a code of two
// at least (大民发〔2026〕6号: 大 is a font size's button, and no word run in).
func withoutLabel(s string, m []int) []int {
	if m == nil {
		return m
	}
	code := s[m[2]:m[3]]
	for _, l := range []words{numberedFields, furnitureWords} {
		if w, ok := l.prefix(code); ok && utf8.RuneCountInString(w) > 1 && utf8.RuneCountInString(code[len(w):]) > 1 {
			m[0] += len(w)
			m[2] += len(w)
			return m
		}
	}
	return m
}

// docNumber: a 发文字号 on a line of its own, or beside the 签发人 (GB/T
// 9704-2012 §7.2.5).
type docNumber struct{}

func (docNumber) Name() string    { return "doc-number" }
func (docNumber) Roles() []Role   { return []Role{Header} }
func (docNumber) Defines() bool   { return true }
func (docNumber) Kind() string    { return "notice" }
func (docNumber) Needs() []string { return []string{"号", "〔", "〕"} }

func (docNumber) Match(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	if !hasYearBracket(s) {
		return false
	}
	if d.info[i] {
		// A page's field that gives the 文号 (文 号: 咸民政发〔2020〕1号):
		// the page carries a 公文.
		for _, f := range InfoFields(d.Lines[i].Text) {
			if _, ok := DocNumber(span.SqueezeString(f.Value)); ok && NumberedField(f.Key) {
				return true
			}
		}
	}
	return ownNumber(s)
}

// OwnDocNumber reads the 发文字号 of a line that prints its document's own
// number (平民〔2021〕54号, 签发人：张三 平民〔2021〕54号), not one a sentence or
// a list cites after a title (…的通知(国发[2014]47号)).
func OwnDocNumber(s string) (string, bool) {
	if !ownNumber(s) {
		return "", false
	}
	return DocNumber(s)
}

// ownNumber reports whether the first 发文字号 in s is the line's own.
func ownNumber(s string) bool {
	loc := numberLoc(s)
	if loc == nil {
		return false
	}
	// A number cited after a document's title, in brackets, is a
	// citation: 《…的通知》(城中文明办[2020]32号). In brackets on a line of
	// its own, it is the document's, printed under its title as a gazette
	// prints it: (绥政发〔2010〕9号).
	before := strings.TrimSpace(s[:loc[0]])
	if (before == "(" || before == "（") && (s[loc[1]:] == ")" || s[loc[1]:] == "）") {
		return true
	}
	if strings.HasSuffix(before, "(") || strings.HasSuffix(before, "（") || strings.Contains(before, "》") {
		return false
	}
	// A number that 文件 follows names the document a text acts on
	// (贯彻落实鄂发〔2010〕7号文件精神): cited, as a heading cites it.
	if _, ok := citedAfter.prefix(strings.TrimSpace(s[loc[1]:])); ok {
		return false
	}
	// Another number joined on (某民发(2012)11号及某市民发(2012)63号文件): a
	// list of the documents the text rests on; a document prints one
	// number as its own.
	if joinedNumber(s[loc[1]:]) {
		return false
	}
	rest := strings.TrimSpace(s[:loc[0]] + s[loc[1]:])
	return rest == "" || strings.HasPrefix(rest, "签发人") || !SentencePunct(rest) && !EndsSentence(rest)
}

// listMarks are the marks that part a list's members (GB/T 15834-2011
// 《标点符号用法》: 顿号 between members, 逗号 between longer ones), and the
// space an extractor leaves between cells.
const listMarks = "、，, "

// joinedNumber reports whether after, the text after a 发文字号, joins
// another number on at once: list marks or a conjunction (cue list
// conjunction: 及, 和, 与, 以及), then the number (…11号及某市民发(2012)
// 63号, …11号、某财发〔2012〕6号). A number further on, words and a
// space between (…11号及其附件 参照某财发〔2012〕6号), is no member of the
// same list; words run into a number with no space read as its issuer's
// code, as numberLoc reads them.
func joinedNumber(after string) bool {
	after = strings.TrimSpace(after)
	next := strings.TrimLeft(after, listMarks)
	if w, ok := conjunctions.prefix(next); ok {
		next = strings.TrimLeft(next[len(w):], listMarks)
	}
	if len(next) == len(after) {
		return false
	}
	l := numberLoc(next)
	return l != nil && l[0] == 0
}

// DocNumber reads the 发文字号 in s, written with 〔〕: 平民〔2021〕54号.
func DocNumber(s string) (string, bool) {
	m := numberLoc(s)
	if m == nil {
		return "", false
	}
	g := func(k int) string {
		if m[2*k] < 0 {
			return ""
		}
		return s[m[2*k]:m[2*k+1]]
	}
	return g(1) + "〔" + g(2) + "〕" + g(4) + g(5) + "号", true
}

// bareNumberRe is a 发文字号 printed with no year (某政办140号): the
// issuer's code and the serial number.
var bareNumberRe = regexp.MustCompile(`^\p{Han}+\d+号$`)

// FieldNumber reads the value of a field labelled as the 发文字号
// (发文字号:某政办140号): the number as DocNumber reads it, or, the label
// saying what the value is, a number printed with no year in brackets,
// the issuer's code and a serial before 号.
func FieldNumber(v string) (string, bool) {
	if dn, ok := DocNumber(v); ok {
		return dn, true
	}
	v = strings.TrimSpace(v)
	return v, bareNumberRe.MatchString(v)
}

// hasYearBracket reports whether s holds a bracket a 发文字号's year
// stands in: 〔 [ ［ ( （ 【.
func hasYearBracket(s string) bool {
	for _, b := range []string{"〔", "[", "［", "(", "（", "【"} {
		if strings.Contains(s, b) {
			return true
		}
	}
	return false
}

// BareNumber reports whether s, a header line whole, is a 发文字号 a copy
// printed with no year (某财社3号 under the title: the page dropped the
// bracketed year): an issuer's code of two characters or more and a
// serial before 号. A count (第3号, 总第3号) is no issuer's code.
func BareNumber(s string) bool {
	s = strings.TrimSpace(s)
	return bareCodeRe.MatchString(s) && !strings.Contains(s, "第")
}

// bareCodeRe is an issuer's code of two characters or more and a serial
// before 号, the whole of a line.
var bareCodeRe = regexp.MustCompile(`^\p{Han}{2,}\d+号$`)

// TitledNumber reads the 发文字号 a notice's title carries in brackets at
// its end, as a copy heads the notice (关于…的通知(大民发〔2026〕6号)):
// the number and where it stands in title, as printed.
func TitledNumber(title string) (number string, start, end int, ok bool) {
	loc := numberLoc(title)
	if loc == nil || loc[0] == 0 {
		return "", 0, 0, false
	}
	before, after := title[:loc[0]], title[loc[1]:]
	head, open := strings.CutSuffix(before, "(")
	if !open {
		head, open = strings.CutSuffix(before, "（")
	}
	if !open || after != ")" && after != "）" || strings.HasSuffix(head, "》") || !NoticeTitle(head) {
		return "", 0, 0, false
	}
	n, _ := DocNumber(title[loc[0]:loc[1]])
	return n, loc[0], loc[1], true
}

// DocNumberAt returns where the first 发文字号 in s starts and ends, or
// -1, -1.
func DocNumberAt(s string) (start, end int) {
	m := numberLoc(s)
	if m == nil {
		return -1, -1
	}
	return m[0], m[1]
}

// statedNumberRe is a text that names its own number as it issues itself:
// 现以某财社【2015】57号文下达…, 现以某民发〔2020〕3号文件印发….
var statedNumberRe = regexp.MustCompile(`以([^，。；、以]{2,24}?号)文件?(?:下达|印发|下发|发布)`)

// StatedOwnNumber reads the 发文字号 a text states for itself where it
// says it issues itself under it (现以…号文下达), with the byte range of
// the number in s; a number cited as another's (根据…〔2015〕23号) is not.
func StatedOwnNumber(s string) (string, int, int, bool) {
	m := statedNumberRe.FindStringSubmatchIndex(s)
	if m == nil {
		return "", 0, 0, false
	}
	n, ok := DocNumber(s[m[2]:m[3]])
	return n, m[2], m[3], ok
}

// serialOpeningRe is a 发文字号's serial and its 号 opening a line, alone
// or before white space.
var serialOpeningRe = regexp.MustCompile(`^[0-9]{1,5}号`)

// SerialOpening is the serial and 号 that open s (73号 under 某民发〔2025〕),
// or "".
func SerialOpening(s string) string {
	return serialOpeningRe.FindString(s)
}
