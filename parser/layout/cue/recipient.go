package cue

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// recipient: the 主送机关 of a 公文 (GB/T 9704-2012 §7.3.2), a list of
// bodies closed by a colon: 各县（市、区）民政局：, 各街(镇)民政办、鼓楼老年公寓:.
type recipient struct{}

func (recipient) Name() string    { return "recipient" }
func (recipient) Roles() []Role   { return []Role{Recipient} }
func (recipient) Defines() bool   { return true }
func (recipient) Kind() string    { return "notice" }
func (recipient) Needs() []string { return nil } // a wrapped list's first line holds no colon

func (recipient) Match(d *Doc, i int) bool { return d.recipients[i] }

// recipientLines marks the lines of 主送 lists: a
// long list wraps, so a run of lines that hold only bodies' names, with no
// break between and no sentence ended, up to the line that closes it with
// a colon, is read as one list.
func (d *Doc) recipientLines() []bool {
	n := len(d.Lines)
	recipients := make([]bool, n)
	// prose is the first sentence of the text, under the notice's title
	// where one stands: running text closed by a sentence's mark, no
	// page's field and no list of bodies closed by its colon (the 主送
	// itself); a sentence that leads into what follows (…具体内容如下:)
	// is the text's. A page's greeting over the title (您好，欢迎…!) is none.
	from := max(slices.Index(d.titles, true), 0)
	prose := n
	for k := from; k < n; k++ {
		if sq := strings.TrimSpace(d.Lines[k].Sq); d.punct[k] && d.ends[k] && !d.info[k] && !(strings.HasSuffix(sq, "：") || strings.HasSuffix(sq, ":")) || d.leadsIn(k) {
			prose = k
			break
		}
	}
	for i := 0; i < n; {
		// The run from i: list lines up to one that ends with a colon.
		k, closed := i, false
		for ; k < n; k++ {
			if k > i && d.Break(k) || !listChars(strings.TrimRight(d.Lines[k].Sq, "：:")) {
				break
			}
			if _, title := documentKinds.suffix(d.Lines[k].Sq); title {
				break // 关于…的通知: a title above the list, none of it
			}
			if e, _, _ := Enumerator(d.Lines[k].Sq); e != NoEnum {
				break // 四、受理机构: a numbered part, which no 主送 line is
			}
			if sq := d.Lines[k].Sq; strings.HasSuffix(sq, "：") || strings.HasSuffix(sq, ":") {
				closed = true
				break
			}
			if d.ends[k] {
				break
			}
		}
		if !closed && k == i+1 && d.uncolonedRecipient(i) {
			recipients[i] = true
			i++
			continue
		}
		if !closed {
			i = max(i+1, k) // no line of the run closes a list: go on after it
			continue
		}
		var b strings.Builder
		for j := i; j <= k; j++ {
			b.WriteString(d.Lines[j].Sq)
		}
		// The 主送 line stands over the text it addresses: lines under
		// a sentence of it are a label's (某某殡仪馆: over its hours).
		if recipientList(b.String()) && i <= prose {
			for j := i; j <= k; j++ {
				recipients[j] = true
			}
		}
		i = k + 1
	}
	return recipients
}

// uncolonedRecipient reports whether line i is a 主送 line whose colon a
// web copy lost (某某乡镇人民政府,某某街道办事处): the first line under the
// notice's title and the page's fields, two bodies or more listed, the
// text's first sentence under it.
func (d *Doc) uncolonedRecipient(i int) bool {
	t := slices.Index(d.titles, true)
	if t < 0 || t >= i || i+1 >= len(d.Lines) || !d.punct[i+1] || d.ends[i] {
		return false
	}
	for j := t + 1; j < i; j++ {
		if !d.titles[j] && !d.info[j] {
			return false
		}
	}
	s := d.Lines[i].Sq
	return strings.ContainsAny(s, "、，,") && recipientList(s)
}

// leadsIn reports whether line i is a sentence of the text that leads into
// what follows with its colon (…记者了解到,…具体内容如下:): running text, no
// list of bodies, as a 主送 closed by its colon is.
func (d *Doc) leadsIn(i int) bool {
	sq := strings.TrimSpace(d.Lines[i].Sq)
	return d.punct[i] && !d.info[i] && (strings.HasSuffix(sq, "：") || strings.HasSuffix(sq, ":")) && d.running <= i && !listChars(strings.TrimRight(sq, "：:")) && !recipientList(sq)
}

// recipientList reports whether s, closed by a colon, lists bodies, or
// the deputies a reply answers (DeputiesAddressed).
func recipientList(s string) bool {
	s = strings.TrimRight(s, "：:")
	if DeputiesAddressed(s) {
		return true
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '、' || r == '，' || r == ',' || r == ' ' || r == '；' })
	if len(parts) == 0 {
		return false
	}
	if !listChars(s) {
		return false
	}
	// The list closes on a body's name before its colon: a clause there
	// (…申请认定为慈善组织,应当符合下列条件：) leads into a list of conditions.
	if last := parts[len(parts)-1]; !bodyNamed(last) {
		return false
	}
	// Every part names bodies; a class of them (各县民政局) counts.
	for _, p := range parts {
		if agency.Shape(p) || agency.Shape(strings.TrimPrefix(p, "各")) {
			return true
		}
	}
	if strings.HasPrefix(s, "各") {
		return true
	}
	// Or the bodies within a scope, each of them (市本级各社会组织：, 市直
	// 各单位：): the scope names whose bodies, 各 every one.
	if scope, ok := recipientScopes.prefix(s); ok && strings.HasPrefix(s[len(scope):], "各") {
		return true
	}
	// Or the bodies of a division, each of them (某区各社会组织：): the
	// division's name is the scope.
	if k := strings.Index(s, "各"); k > 0 && len(parts) == 1 {
		rest := s[k+len("各"):]
		_, class := lexicon.GenericAgencies().Suffix(rest)
		if _, ok := lexicon.Levels().Suffix(s[:k]); ok && (agency.Shape(rest) || class) {
			return true
		}
	}
	// Or two classes of bodies or more, which a notice on social bodies
	// goes to (社会团体、社会服务机构：).
	for _, p := range parts {
		if _, class := lexicon.GenericAgencies().Suffix(p); !class {
			if suffix, _ := agency.Ending(p); suffix == "" {
				return false
			}
		}
	}
	return len(parts) >= 2
}

// listChars reports whether s holds only what a list of bodies' names
// holds: Chinese characters, brackets, and the marks between names.
func listChars(s string) bool {
	for _, r := range s {
		if !IsHan(r) && !strings.ContainsRune("（）()·、，,； ", r) {
			return false
		}
	}
	return s != ""
}

// TitleOverRecipients finds a notice's title and its 主送 list run
// together at the start of a line, as a copy that flattened the notice
// prints them (关于…的意见各县区民政局,开发园区民政部门:为贯彻…): where
// the title ends and where the list's colon does. Marks and figures a
// viewer left before the title (a page's number) may stand before it;
// words only as its issuer's name (某市民政局关于…).
func TitleOverRecipients(s string) (titleEnd, listEnd int, ok bool) {
	colon := strings.IndexAny(s, ":：")
	about := strings.Index(s, "关于")
	if colon < 0 || about < 0 || about > colon {
		return 0, 0, false
	}
	start := strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) })
	if start < 0 || start > about || strings.IndexFunc(s[:start], unicode.IsLetter) >= 0 {
		return 0, 0, false
	}
	// The longest title that leaves a list: 关于转发…的通知的通知 ends at its
	// last kind, and a list opens with no 的.
	_, w := utf8.DecodeRuneInString(s[colon:])
	for k := colon; k > about; {
		_, rw := utf8.DecodeLastRuneInString(s[:k])
		if _, ok := documentKinds.suffix(s[start:k]); ok && !strings.HasPrefix(s[k:], "的") && titleWithAbout(s[start:k], about-start) && recipientList(s[k:colon+w]) {
			return k, colon + w, true
		}
		k -= rw
	}
	return 0, 0, false
}

// bodyNamed reports whether p names a body or a class of bodies, as a
// part of a 主送 list does: a name's shape or ending (各县民政局, 市直各单位,
// 社会团体), in whatever scope.
func bodyNamed(p string) bool {
	// A note in brackets after the name (社会服务机构（民办非企业单位）)
	// says what it covers; every one of a class (各街镇) is the notice's.
	if k := strings.LastIndexAny(p, "(（"); k > 0 && strings.ContainsAny(p[k:], ")）") {
		p = p[:k]
	}
	p = strings.TrimRight(p, ")）") // the note's last name, the list parted inside it
	if strings.HasPrefix(p, "各") || agency.Shape(p) {
		return true
	}
	if _, class := lexicon.GenericAgencies().Suffix(p); class {
		return true
	}
	suffix, _ := agency.Ending(p)
	return suffix != ""
}

// DeputiesAddressed reports whether s names the deputies a reply to their
// proposal is addressed to (马某、周某等委员, 张某某代表): names apart by
// 、, 等 closing a list, and the deputy's title (cue list deputy), as the
// 答复 letters of bodies to 人大代表建议 and 政协提案 print their 主送 line.
// They are one addressee, their list unsplit.
func DeputiesAddressed(s string) bool {
	w, ok := deputyTitles.suffix(s)
	if !ok {
		return false
	}
	names := strings.Split(strings.TrimSuffix(strings.TrimSuffix(s, w), "等"), "、")
	for _, n := range names {
		if !nameShaped(n) {
			return false
		}
	}
	return true
}
