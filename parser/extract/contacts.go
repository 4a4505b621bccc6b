package extract

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/parser/span"
	"bulletin/schema"
)

// Contacts finds 联系人 with the phone numbers and e-mail addresses printed
// with them, however the lines are spaced: landlines with area code
// (0375-4976695), mobiles, extensions (转8012). A person with several phones
// gets an entry for each. An e-mail with no 联系人 before it makes a
// contact without a name; a phone with none is no contact (GOLD.md) but a
// line the phones extractor reads.
type Contacts struct{}

func (Contacts) Name() string          { return "contacts" }
func (Contacts) Requires() []Extractor { return []Extractor{Dates{}, Quantities{}} }

var (
	// contactNameRe is the name after a 联系人 label, up to what ends it:
	// a field's separator, a bracket, the stop that closes the last field
	// of a sentence of fields (…;联系电话:8599766;联系人:侯少辉。), a digit
	// or the next field's label.
	contactNameRe = regexp.MustCompile(`^([\p{Han}]{2,4}?)(?:[\s,，、;；（(:：0-9）)。]|电话|手机|联系|邮箱|$)`)
	// contactFieldRe is the second field name a compound 联系人 label
	// joins to its own before the one colon they share (联系人及电话:,
	// 联系人/联系方式:, 联系人、电话:).
	contactFieldRe = regexp.MustCompile(`^[及和与、/／]\s*\p{Han}{1,6}?[:：]`)
	// contactColonRe is the label's colon and the space after it. A label
	// is printed with one or the other (联系人：徐东亚, 联系人 刘元花); a
	// 联系人 run into the words after it is a noun of its sentence
	// (提交意见时请提供联系人姓名及联系电话, 登记的联系人请持本人身份证).
	contactColonRe = regexp.MustCompile(`^[:：]?\s*`)
	// contactForRe is whom a 联系人 is for, in brackets between the label
	// and its colon (联系人(某村):…).
	contactForRe = regexp.MustCompile(`^[（(]\p{Han}{1,12}[）)]`)
	// listedPhoneRe is a phone run on after a listed name, before the next
	// name of the list (联系人:张三13800000000、李四13900000000), bare or in
	// the brackets that set it off from the name (联系人及联系电话:张三
	// (13800000000)、李四(13900000000)).
	listedPhoneRe = regexp.MustCompile(`^\s*(?:` + listedPhone + `|[（(]\s*` + listedPhone + `\s*[）)])`)
	// contactMoreRe reads a further name of a 、-list after a 联系人's
	// first (联系人:张晓伟、钱佩玉), ending as the first does.
	contactMoreRe = regexp.MustCompile(`^、\s*([\p{Han}]{2,4}?)(?:[\s,，、;；（(:：0-9）)。]|电话|手机|联系|邮箱|$)`)
	contactCueRe  = regexp.MustCompile(`联系人|联系电话|电话|手机|传真|邮箱|E-?mail|e-?mail`)
	// phoneNumbers are landlines, mobiles and extensions, each around its
	// seven digits or more in a row.
	phoneNumbers = cuedExpr{
		regexp.MustCompile(`(?:0\d{2,3}[-－—]?\d{7,8}(?:(?:转|-|－|—)\d{1,5})?|1[3-9]\d{9}|\d{7,8}(?:转\d{1,5})?)`),
		digitRunCues(7), isPhoneRune,
	}
	// emailAddresses are e-mail addresses, each around its @.
	emailAddresses = cuedExpr{
		regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`),
		wordCues(nil, "@"), isEmailRune,
	}
)

// listedPhone is a mobile or a landline with its area code, as a list of
// contacts prints each after its name.
const listedPhone = `(?:1[3-9]\d{9}|0\d{2,3}[-－—]?\d{7,8})`

// labelRule names the contacts a 联系人 label gives.
const labelRule = "contacts/label"

// contactNamer is a rule that finds the name of a number's contact printed
// with the number itself, not after a 联系人 label: where the name it reads
// before the number at starts.
type contactNamer interface {
	rule() string
	nameBefore(s string, at int) (start int, ok bool)
}

// contactNamers are the rules that name a number's contact with no label.
var contactNamers = []contactNamer{surnamedCaller{}}

// ContactsFound is where the phone numbers bound to a named contact stand.
type ContactsFound struct{ Phones ranges }

func (Contacts) Extract(in *Input, out *schema.Entities) any {
	s := in.Text.String()
	if !strings.Contains(s, "联") && !strings.Contains(s, "电话") && !strings.Contains(s, "手机") &&
		!strings.Contains(s, "传真") && !strings.Contains(s, "邮箱") && !strings.Contains(s, "@") {
		return nil
	}
	type mark struct {
		at, end int
		kind    byte // n name, l a further listed name, p phone, e e-mail
		value   string
		rule    string // the rule that found a name
	}
	var marks []mark
	// Each expression runs only where the text holds what it needs: the
	// label, seven digits in a row, an @.
	{
		for _, l := range contactLabelsIn(s) {
			label, at := l.Start, l.End
			if contactColonRe.FindString(s[contactLabelEnd(s, at):]) == "" {
				continue // 联系人姓名及联系电话, 联系人身份证: a noun of the sentence, no label
			}
			j := labelNameStart(in.Text, at)
			if ns, ok := runOnNames(s, j); ok {
				// 联系人:郭冠修黄启源联系电话:…: names run together, read
				// where the mobiles after them count them (contacts_runonnames.go).
				marks = append(marks, mark{label, ns[0].End, 'n', s[ns[0].Start:ns[0].End], labelRule})
				for _, n := range ns[1:] {
					marks = append(marks, mark{n.Start, n.End, 'l', s[n.Start:n.End], labelRule})
				}
				continue
			}
			m := contactNameRe.FindStringSubmatchIndex(s[j:])
			if m == nil {
				continue
			}
			m = []int{label, j + m[1], j + m[2], j + m[3]}
			marks = append(marks, mark{m[0], m[3], 'n', s[m[2]:m[3]], labelRule})
			// 联系人:张晓伟、钱佩玉: each name of the label's list is a
			// contact, listed in its place (the 'l' marks join the group
			// the first name opens).
			for j := m[3]; ; {
				j += len(listedPhoneRe.FindString(s[j:])) // each name with its number
				more := contactMoreRe.FindStringSubmatchIndex(s[j:])
				if more == nil {
					break
				}
				if _, ok := surnameAt(s, j+more[2]); !ok {
					break // 联系人:张三、办公室: a body, no further person
				}
				marks = append(marks, mark{j + more[2], j + more[3], 'l', s[j+more[2] : j+more[3]], labelRule})
				j += more[3]
			}
		}
	}
	var emails ranges
	if strings.Contains(s, "@") {
		for _, m := range emailAddresses.findAll(s) {
			marks = append(marks, mark{m[0], m[1], 'e', s[m[0]:m[1]], ""})
			emails = append(emails, byteRange{m[0], m[1]})
		}
	}
	if in.cues().digits >= 7 {
		mails := index(emails)
		numbers := index(resultOf[DatesFound](in, Dates{}).Dates, resultOf[QuantitiesFound](in, Quantities{}).Quantities)
		for _, m := range phoneNumbers.findAll(s) {
			// Digits of an e-mail address (2262564371@qq.com) are none,
			// and a fax number is no phone of the contact (GOLD.md).
			if mails.overlap(m[0], m[1]) {
				continue
			}
			cue, end, ok := cueBefore(s, m[0])
			if !ok || lexicon.PhoneWords().Label(cue, 1) == "fax" || strings.ContainsAny(s[end:m[0]], "。") {
				continue // no cue close before it, or a fax's
			}
			if pastContactBlock(in, end, m[0], m[1]) {
				continue // the 落款 under the block, the document's date (contacts_blockend.go)
			}
			if !numbers.overlap(m[0], m[1]) {
				marks = append(marks, mark{m[0], m[1], 'p', s[m[0]:m[1]], ""})
			}
		}
	}
	// A mobile masked for privacy (157****7150) under a contact cue is
	// the contact's phone as printed.
	if strings.ContainsAny(s, "*＊") {
		for _, m := range maskedPhonesIn(s) {
			if cue, end, ok := cueBefore(s, m[0]); ok && lexicon.PhoneWords().Label(cue, 1) != "fax" && !strings.ContainsAny(s[end:m[0]], "。") && !pastContactBlock(in, end, m[0], m[1]) {
				marks = append(marks, mark{m[0], m[1], 'p', s[m[0]:m[1]], maskedPhoneRule})
			}
		}
	}
	{
		// The rules that read a name printed with a number rather than
		// after a 联系人 label, where no label's name stands already.
		var named ranges
		for _, m := range marks {
			if m.kind == 'n' || m.kind == 'l' {
				named = append(named, byteRange{m.at, m.end})
			}
		}
		taken := index(named)
		for _, m := range marks {
			if m.kind != 'p' {
				continue
			}
			for _, r := range contactNamers {
				if start, ok := r.nameBefore(s, m.at); ok && !taken.overlap(start, m.at) {
					end := len(strings.TrimRight(s[:m.at], " \t"))
					marks = append(marks, mark{start, end, 'n', s[start:end], r.rule()})
					break
				}
			}
		}
	}
	slices.SortStableFunc(marks, func(a, b mark) int { return cmp.Compare(a.at, b.at) })
	// Group the marks: a name opens a contact; phones and e-mails after it
	// belong to it until the next name.
	type group struct {
		name       *string
		rule       string
		more       []string // the further names of the label's list
		phones     []mark
		email      *string
		start, end int
	}
	var groups []*group
	var cur *group
	for _, m := range marks {
		v := m.value
		switch m.kind {
		case 'n':
			cur = &group{name: &v, rule: m.rule, start: m.at, end: m.end}
			groups = append(groups, cur)
			continue
		case 'l':
			if cur != nil && cur.name != nil {
				cur.more = append(cur.more, v)
			}
		case 'p':
			if cur == nil {
				cur = &group{start: m.at}
				groups = append(groups, cur)
			}
			cur.phones = append(cur.phones, m)
		case 'e':
			if cur == nil || cur.email != nil {
				cur = &group{start: m.at}
				groups = append(groups, cur)
			}
			cur.email = &v
		}
		cur.end = max(cur.end, m.end)
	}
	// A phone printed before the 联系人 of the same block is theirs
	// (联系电话：… / 联系地址：… / 联系人：…), and so is an e-mail: a
	// numbered contact block lists its fields in any order (2、电子邮箱:…
	// 3、联系人:张三 4、联系电话:…), each field the contact's.
	for k := 1; k < len(groups); k++ {
		p, g := groups[k-1], groups[k]
		if p.name == nil && g.name != nil && g.rule == labelRule && (len(p.phones) > 0 || p.email != nil && g.email == nil) && !strings.Contains(s[p.end:g.start], "。") {
			g.phones = append(p.phones, g.phones...)
			if g.email == nil {
				g.email = p.email
			}
			g.start = p.start
			groups = append(groups[:k-1], groups[k:]...)
			k--
		}
	}
	var r ContactsFound
	for _, g := range groups {
		f := found(in.Text, g.start, g.end, g.rule)
		if g.name == nil {
			continue // a mailbox or a line with no named person is no contact (GOLD.md)
		}
		if len(g.phones) == 0 {
			// 联系人:张三、李四 / 邮箱:…: each name of the list is a
			// contact, as where phones are printed with them.
			for _, n := range append([]*string{g.name}, pointers(g.more)...) {
				out.Contacts = append(out.Contacts, schema.Contact{Name: n, Email: g.email, Found: f})
			}
			continue
		}
		for _, p := range g.phones {
			r.Phones = append(r.Phones, byteRange{p.at, p.end})
		}
		names := append([]*string{g.name}, pointers(g.more)...)
		for k, n := range names {
			for _, p := range phonesOf(g.phones, len(names), k) {
				f := f
				if p.rule != "" {
					f.Rule = p.rule // the phone's own rule: a masked number
				}
				out.Contacts = append(out.Contacts, schema.Contact{Name: n, Phone: &p.value, Email: g.email, Found: f})
			}
		}
	}
	return r
}

// contactLabelsIn are where the label nouns of a contact line stand in s
// (联系人, 联络人: cue list contactperson), left to right.
func contactLabelsIn(s string) []byteRange {
	var out []byteRange
	if !strings.Contains(s, "联") {
		return nil
	}
	words := contactWords()
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if words.MayStart(r) {
			if w, ok := words.At(s, i); ok {
				out = append(out, byteRange{i, i + len(w)})
				i += len(w)
				continue
			}
		}
		i += n
	}
	return out
}

// phonesOf are the phones of the k-th of n names a 联系人 label lists: a
// list of as many phones as names pairs with it in order (联系人:张晓伟、
// 钱佩玉, 电话:39763594、59792564), as a 、-list of names and one of their
// attributes do; otherwise every name is reached at every number printed
// with them (联系人:张三、李四 电话:…). One name takes all its phones.
func phonesOf[M any](phones []M, n, k int) []M {
	if n > 1 && len(phones) == n {
		return phones[k : k+1]
	}
	return phones
}

// pointers are pointers to each of vs.
func pointers(vs []string) []*string {
	out := make([]*string, len(vs))
	for k := range vs {
		out[k] = &vs[k]
	}
	return out
}

// cueBefore finds the last contact cue in the stretch before byte offset
// i (a label prints its number close by) and where it ends.
func cueBefore(s string, i int) (cue string, end int, ok bool) {
	start := max(0, i-60)
	for start > 0 && start < len(s) && s[start]&0xC0 == 0x80 {
		start--
	}
	locs := contactCueRe.FindAllStringIndex(s[start:i], -1)
	if len(locs) == 0 {
		return "", 0, false
	}
	l := locs[len(locs)-1]
	return s[start+l[0] : start+l[1]], start + l[1], true
}

// contactLabelEnd is where a 联系人 label that ends at i ends with what it
// joins before its colon: whom it is for in brackets (联系人(某村):) and a
// second field's name (联系人及电话:, 联系人/联系方式:), at the colon they
// share, or i where there is neither.
func contactLabelEnd(s string, i int) int {
	i += len(contactForRe.FindString(s[i:])) // 联系人(某村):
	if m := contactFieldRe.FindStringIndex(s[i:]); m != nil {
		_, n := utf8.DecodeLastRuneInString(s[i : i+m[1]])
		i += m[1] - n // at the colon
	}
	return i
}

// labelNameStart is where the name a 联系人 label ending at i gives
// starts, past the label's colon and the space after it
// (contactNameStart).
func labelNameStart(t span.Text, i int) int {
	s := t.String()
	return contactNameStart(t, i, func(i int) int { return i + len(contactColonRe.FindString(s[i:])) })
}

// contactNameStart is where the name a 联系人 label ending at i gives
// starts. A compound label runs on to the colon it shares with the field
// it joins (联系人及电话:普世红(0873-3221282)); value is where the value
// after a label's end starts. The value may open with the unit the person
// works in, parted from the name by a space (联系人:省退役军人事务厅优抚褒扬
// 纪念处 姚云): the name follows the unit. Whom the contact is for may
// stand in brackets before the colon (联系人(某村):).
func contactNameStart(t span.Text, i int, value func(int) int) int {
	s := t.String()
	i = contactLabelEnd(s, i)
	j := value(i)
	k := j
	for k < len(s) && !t.HasGapAt(k) {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		k += n
	}
	e := k
	for e < len(s) && (s[e] == ' ' || s[e] == '\t') {
		e++
	}
	if r, _ := utf8.DecodeRuneInString(s[e:]); k == j || e == len(s) || !unicode.Is(unicode.Han, r) || e == k && !t.HasGapAt(k) {
		return j
	}
	if agencyBefore(s[j:k], k-j) != s[j:k] {
		return j // 联系人:张三 李四: no unit before the name
	}
	return e
}
