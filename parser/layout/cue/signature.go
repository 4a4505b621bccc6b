package cue

import (
	"bulletin/parser/agency"
	"strings"
	"unicode"

	"bulletin/parser/lexicon"
	"bulletin/parser/span"
)

// The 落款 of a 公文 (GB/T 9704-2012 §7.3.5): the issuing body and the
// date it was written, each on a line of its own or both on one; the same
// lines head a bulletin as its editing office and issue date.

// dateLine: a line that is a full date alone (2025年1月20日, 二〇二五年一月二十日).
type dateLine struct{}

func (dateLine) Name() string  { return "date-line" }
func (dateLine) Roles() []Role { return []Role{Header, Signature} }
func (dateLine) Needs() []string {
	return []string{"年", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
}

func (dateLine) Match(d *Doc, i int) bool {
	if _, ok := FullDate(d.Lines[i].Sq); ok {
		return true
	}
	// A 落款's date whose marks the copy lost or mistyped (2023323,
	// 2025月2月18日), right under the body's name: the place of the
	// 成文日期 (GB/T 9704-2012 §7.3.5.1) says what the figures are.
	return i > 0 && (agencyLine{}).Match(d, i-1) && d.sealDate(i)
}

// agencyLine: a line that is the name of a body alone, or of several
// printed side by side.
type agencyLine struct{}

func (agencyLine) Name() string    { return "agency-line" }
func (agencyLine) Roles() []Role   { return []Role{Header, Signature} }
func (agencyLine) Needs() []string { return nil }

func (agencyLine) Match(d *Doc, i int) bool {
	if d.punct[i] || !lexicon.AgencySuffixes().MayEnd(LastRune(d.Lines[i].Sq)) {
		return false // a name ends with an agency's ending, and holds no clause
	}
	if (infoField{}).Match(d, i) {
		return false // a field's label before the name (受理机构某市民政局): a grid's field, no 落款
	}
	if k, _, _ := Enumerator(d.Lines[i].Sq); k != NoEnum {
		return false // (四)某公墓: a numbered part's heading, which no 落款 or masthead carries
	}
	return agency.Shapes(strings.TrimSpace(d.Lines[i].Text))
}

// agencyDate: a body's name and a full date on one line (南阳市民政局办公室
// 2025 年 6 月 3 日), or the date after an editing office's 编 / 编印.
type agencyDate struct{}

func (agencyDate) Name() string    { return "agency-date" }
func (agencyDate) Roles() []Role   { return []Role{Header, Signature} }
func (agencyDate) Needs() []string { return []string{"年"} }

func (agencyDate) Match(d *Doc, i int) bool {
	who, ok := AgencyAndDate(d.Lines[i].Text)
	return ok && who != ""
}

// AgencyAndDate reads a line that ends with a full date, with at most the
// name of a body (or of several side by side) before it — an editing
// office's 编 or 编印 and a 第N期 dropped — and 出版, 编印 or 印发 after it.
// It returns the first body, "" when none stands there.
func AgencyAndDate(s string) (who string, ok bool) {
	s = strings.TrimSpace(s)
	sq := span.SqueezeString(s)
	for _, tail := range []string{"出版", "编印", "印发"} {
		sq = strings.TrimSuffix(sq, tail)
	}
	sq = trailingWeekdayRe.ReplaceAllString(sq, "")
	// A table's bar or a rule the copy left after the date (2021年4月21日 |,
	// the 落款 set in a table's cell) is no part of it.
	sq = strings.TrimRightFunc(sq, ornament)
	// A date ends in 日 or a digit (2025.6.3): look for one only there.
	r := LastRune(strings.TrimRight(sq, "。."))
	if r != '日' && r != '月' && (r < '0' || r > '9') {
		return "", false
	}
	e, _, found := TrailingDate(sq)
	if !found && r == '月' {
		// A web copy's 落款 may date the text by its month (某区民政局
		// 2021年3月): a month with its year, under the bodies' names only.
		e, found = TrailingMonth(sq)
	}
	if !found {
		return "", false
	}
	// The text before the date, as printed: its spaces part co-issuers.
	before := prefixRunes(s, nonSpaceRunes(sq[:e.Start]))
	before = strings.TrimSpace(before)
	before = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(before, "编印"), "编"))
	if issue, total := Issue(span.SqueezeString(before)); issue != "" || total != "" {
		before = strings.TrimSpace(issueRe.ReplaceAllString(before, ""))
		before = strings.TrimSpace(strings.Trim(strings.ReplaceAll(before, "总", ""), "（）() "))
	}
	if before == "" {
		return "", true
	}
	fs := strings.Fields(before)
	if !agency.Shapes(before) && !CoIssuersCut(fs) {
		return "", false
	}
	return fs[0], true
}

// CoIssuersCut reports whether fields are co-issuers apart by spaces whose
// first is a whole body's name, though the copy cut a later one short
// (某县财政局 某县民政): the first is the 落款's. The others are words alone,
// as a body's name is, no address or figure.
func CoIssuersCut(fs []string) bool {
	if len(fs) < 2 || !agency.Shape(fs[0]) {
		return false
	}
	for _, f := range fs[1:] {
		for _, r := range f {
			if !IsHan(r) {
				return false
			}
		}
	}
	return true
}

// nonSpaceRunes counts the runes of s that are not white space.
func nonSpaceRunes(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// prefixRunes is the shortest prefix of s that holds n runes that are not
// white space.
func prefixRunes(s string, n int) string {
	for i, r := range s {
		if n == 0 {
			return s[:i]
		}
		if !unicode.IsSpace(r) {
			n--
		}
	}
	return s
}
