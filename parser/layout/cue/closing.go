package cue

import (
	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/span"
	"regexp"
	"strings"
	"unicode/utf8"
)

// closingPhrase: the phrase that closes a 公文's text: 特此通知, 特此公告, 此复.
type closingPhrase struct{}

func (closingPhrase) Settles() Role   { return Closing }
func (closingPhrase) Name() string    { return "closing-phrase" }
func (closingPhrase) Roles() []Role   { return []Role{Closing} }
func (closingPhrase) Kind() string    { return "notice" }
func (closingPhrase) Defines() bool   { return true }
func (closingPhrase) Needs() []string { return []string{"特此", "此复"} }

func (closingPhrase) Match(d *Doc, i int) bool {
	return closingWords.has(strings.TrimRight(d.Lines[i].Sq, "。.!！"))
}

// contact: a contact line: 联系人：…, 联系电话：…, 咨询电话, 举报电话, 通讯地址, 邮编.
type contact struct{}

func (contact) Name() string    { return "contact" }
func (contact) Roles() []Role   { return []Role{Closing, Body} } // Body: contact lines inside a section (三、参与方式 … 联系人：…)
func (contact) Needs() []string { return []string{"：", ":"} }

func (contact) Match(d *Doc, i int) bool { return ContactLabel(d.Lines[i].Sq) }

// ContactLabel reports whether s opens with a contact's label and its
// colon (联系人：, 咨询电话:, 通讯地址：). A telephone's label of two words
// or more (联系电话, 咨询电话) may be led by what the line is for
// (交通疏导联系电话：); a bare 电话 so led is a body's number (某科电话：),
// and a numbered part's heading (七、咨询电话：…) is the part's.
func ContactLabel(s string) bool {
	numbered, _, _ := Enumerator(s)
	s = strings.TrimLeft(s, "（(")
	if w, ok := contactLabels.prefix(s); ok {
		rest := s[len(w):]
		return strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":")
	}
	k := strings.IndexAny(s, "：:")
	if k <= 0 {
		return false
	}
	label := s[:k]
	if numbered != NoEnum {
		return false
	}
	w, ok := contactLabels.suffix(label)
	return ok && utf8.RuneCountInString(w) > 2 && strings.HasSuffix(w, "电话") && !SentencePunct(label) && !strings.ContainsAny(label, " 　")
}

// phoneRe is a telephone number: 0790-6413008, 0931-8447243, 18193141649,
// 2851693; a dash typed twice (0936--8213954) parts an area code too.
var phoneRe = regexp.MustCompile(`^(?:0\d{2,3}[-－—]{0,2})?\d{7,8}$|^1[3-9]\d{9}$`)

// phoneOnly: a line of telephone numbers and nothing else.
type phoneOnly struct{}

func (phoneOnly) Name() string    { return "phone-only" }
func (phoneOnly) Roles() []Role   { return []Role{Closing} }
func (phoneOnly) Needs() []string { return nil }

func (phoneOnly) Match(d *Doc, i int) bool {
	if t := d.Lines[i].Text; t == "" || t[0] < '0' || t[0] > '9' {
		return false
	}
	return allPhones(d.Lines[i].Text)
}

// allPhones reports whether s lists telephone numbers and nothing else.
func allPhones(s string) bool {
	fs := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '、' || r == '，' || r == ',' || r == '；' || r == ';' })
	if len(fs) == 0 {
		return false
	}
	for _, f := range fs {
		if !phoneRe.MatchString(f) {
			return false
		}
	}
	return true
}

// bodyPhone: a body's or a line's name and its number, a line of a list
// of hotlines (新余市民政局:0790-6413008, 甘州区儿童救助保护热线
// 0936-8360860): text of the section that lists them, never a heading. A
// body's name is parted from its number by a colon; a label that names
// whose telephone line it is (…保护热线: phone_words.tsv) needs none. A
// contact's own label (联系电话：…) is the contact cue's.
type bodyPhone struct{}

func (bodyPhone) Name() string    { return "body-phone" }
func (bodyPhone) Roles() []Role   { return []Role{Body, Closing} }
func (bodyPhone) Needs() []string { return nil }

func (bodyPhone) Match(d *Doc, i int) bool {
	s := strings.TrimSpace(d.Lines[i].Text)
	if k := strings.IndexAny(s, "：:"); k > 0 {
		_, n := utf8.DecodeRuneInString(s[k:])
		label := strings.TrimSpace(s[:k])
		return agency.Shape(label) && allPhones(s[k+n:])
	}
	k := strings.IndexAny(s, "0123456789")
	if k <= 0 {
		return false
	}
	label := strings.TrimSpace(s[:k])
	return phoneLabel(label) && !contactLabels.has(span.SqueezeString(label)) && allPhones(s[k:])
}

// phoneLabel reports whether label ends in a word that names a telephone
// line (热线, 电话, 手机) and holds words before it: whose line it is.
func phoneLabel(label string) bool {
	w, ok := lexicon.PhoneWords().EndingAt(label, len(label))
	return ok && len(w) < len(label) && lexicon.PhoneWords().Label(w, 0) == "ending" && HasHan(label[:len(label)-len(w)])
}

// attachList: the 附件 list under a 公文's text (GB/T 9704-2012 §7.3.4):
// 附件：1. 平顶山市养老服务重点任务清单.
type attachList struct{}

func (attachList) Name() string    { return "attach-list" }
func (attachList) Roles() []Role   { return []Role{Closing} }
func (attachList) Needs() []string { return []string{"附"} }

func (attachList) Match(d *Doc, i int) bool {
	_, ok := AttachmentList(d.Lines[i].Sq)
	return ok
}

// attachListMore: an entry of a 附件 list on a line of its own under the
// list's first (附件：1.… / 2.… / 3.…): part of the closing, no heading.
type attachListMore struct{}

func (attachListMore) Name() string    { return "attach-list-more" }
func (attachListMore) Roles() []Role   { return []Role{Closing} }
func (attachListMore) Needs() []string { return nil }

func (attachListMore) Match(d *Doc, i int) bool {
	k, v, _ := Enumerator(d.Lines[i].Sq)
	if k == NoEnum && i > 0 && !d.punct[i] && !d.ends[i] && (d.seal < 0 || i < d.seal) {
		// The one entry under a label that stands alone (附件： / 某某
		// 实施方案（征求意见稿）), before the 落款: the name of what is
		// attached, no body's name of the 落款 (GB/T 9704-2012 §7.3.4).
		rest, ok := AttachmentList(d.Lines[i-1].Sq)
		_, dated := FullDate(d.Lines[i].Sq)
		return ok && strings.Trim(rest, " :：") == "" && !dated && !agency.Shapes(d.Lines[i].Sq)
	}
	if k == NoEnum || d.ends[i] && d.punct[i] {
		return false
	}
	// Walk up the entries numbered before it to the list's label.
	for j := i - 1; j >= 0; j-- {
		s := d.Lines[j].Sq
		if rest, ok := AttachmentList(s); ok {
			k0, v0, _ := Enumerator(rest)
			return k0 == k && v0 == v-(i-j)
		}
		kj, vj, _ := Enumerator(s)
		if kj != k || vj != v-(i-j) {
			return false
		}
	}
	return false
}

// AttachmentList returns what follows the label of a 附件 list line. A
// page may number each attachment on its label (附件1：某某表, 附件2：…).
func AttachmentList(s string) (string, bool) {
	w, ok := attachWords.prefix(s)
	if !ok {
		return "", false
	}
	rest := s[len(w):]
	numbered := false
	if _, k := digits(rest, 0); k > 0 {
		rest, numbered = rest[k:], true
	} else if _, k := cnNumber(rest, 0); k > 0 {
		rest = rest[k:]
	}
	marks := []string{"：", ":"}
	if numbered {
		// The first entry numbered as the list's others are (附件1. 某某须知
		// / 2. 某某手册): the number's stop opens the title.
		marks = append(marks, ".", "．", "、")
	}
	for _, c := range marks {
		if t := strings.TrimSpace(strings.TrimPrefix(rest, c)); strings.HasPrefix(rest, c) && (c == "：" || c == ":" || HasHan(t)) {
			return t, true
		}
	}
	return "", false
}

// attachHead: the heading of an attachment printed after the text: 附件1,
// 附件 2, 附件.
type attachHead struct{}

func (attachHead) Settles() Role   { return Attachment }
func (attachHead) Name() string    { return "attach-head" }
func (attachHead) Roles() []Role   { return []Role{Attachment} }
func (attachHead) Needs() []string { return []string{"附"} }

func (attachHead) Match(d *Doc, i int) bool {
	_, ok := AttachmentHead(d.Lines[i].Sq)
	return ok
}

// AttachmentHead reads an attachment heading and its number.
func AttachmentHead(s string) (string, bool) {
	w, ok := attachWords.prefix(s)
	if !ok {
		return "", false
	}
	rest := strings.TrimSpace(s[len(w):])
	if rest == "" {
		return "", true
	}
	if v, k := digits(rest, 0); k == len(rest) {
		return itoa(v), true
	}
	if v, k := cnNumber(rest, 0); k == len(rest) {
		return itoa(v), true
	}
	return "", false
}

// publicNote: a note on whether a 公文 is published: （此件主动公开）.
type publicNote struct{}

func (publicNote) Name() string    { return "public-note" }
func (publicNote) Roles() []Role   { return []Role{Closing} }
func (publicNote) Kind() string    { return "notice" }
func (publicNote) Needs() []string { return []string{"此"} }

func (publicNote) Match(d *Doc, i int) bool {
	return publicNotes.has(strings.Trim(d.Lines[i].Sq, "（）()。"))
}

// ClosingPhrases are the phrases that close a 公文's text, longest first.
func ClosingPhrases() []string { return closingWords.all() }
