package cue

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// bylineRe is a byline or credit of a report: （记者 李某）, 记者 李某, 作者：
// 李某, □实习记者 李某, 文/图 李某: a byline word of the lexicon, then names
// of two to four characters.
var bylineRe = sync.OnceValue(func() *regexp.Regexp {
	var alt []string
	for _, w := range bylineWords.all() { // longest first
		alt = append(alt, regexp.QuoteMeta(w))
	}
	// A newsroom's own job may follow its brand with no outlet's ending
	// (海都全媒体记者).
	var branded []string
	for _, w := range brandedJobs.all() {
		branded = append(branded, regexp.QuoteMeta(w))
	}
	names := `\s*[:：]?\s*\p{Han}{2,4}(?:[\s、，,]+\p{Han}{2,4})*`
	// A brand is a short name, and its reporters' names the usual two or
	// three characters (海都全媒体记者 唐某 林某): words of a sentence
	// around the job (全市召开融媒体记者培训会议) are none.
	brandedNames := `\s*\p{Han}{2,3}(?:[\s、，,]+\p{Han}{2,3})*`
	credit := `(?:(?:` + strings.Join(alt, "|") + `)` + names + `|\p{Han}{1,3}?(?:` + strings.Join(branded, "|") + `)` + brandedNames + `)`
	// A photograph's credit prints its verb after the names (新华社记者
	// 某某 摄), set apart from them.
	var verbs []string
	for _, w := range creditVerbs.all() {
		verbs = append(verbs, regexp.QuoteMeta(w))
	}
	verb := `(?:\s*(?:` + strings.Join(verbs, "|") + `))?`
	// A copy may keep an icon's glyph before the byline as a letter or a
	// question mark (N海都全媒体记者…, ?半岛全媒体记者…).
	// A photographer's or a correspondent's name may stand first, apart,
	// with no job of its own (姜某某 记者 王某某).
	// An outlet may print its app's name after its own (中国某某网 某刻APP
	// 记者 高某).
	return regexp.MustCompile(`^[A-Za-z?？]?[（(□■]?\s*(?:(?:` + outletName() + `\s*)+|\p{Han}{2,3}\s+)?\s*` + credit + `(?:\s*` + credit + `)*` + verb + `\s*[）)]?$`)
})

// outletName is a paper's, a site's or a station's name before its
// reporters (东南商报记者卢科霞 通讯员周志华). Its ending says it is an
// outlet (cue list outletend: 报, 网, 台, 社, a news app's 新闻 or 客户端):
// any words before a job (某区召开通讯员培训会) are a headline's.
func outletName() string {
	var ends []string
	for _, w := range outletEnds.all() {
		ends = append(ends, regexp.QuoteMeta(w))
	}
	return `\p{Han}{1,8}?(?:` + strings.Join(ends, "|") + `)`
}

// byline: a report's byline or credit on a line of its own.
type byline struct{}

func (byline) Name() string    { return "byline" }
func (byline) Roles() []Role   { return []Role{Byline} }
func (byline) Kind() string    { return "article" }
func (byline) Needs() []string { return nil }

func (byline) Match(d *Doc, i int) bool {
	s := strings.TrimSpace(d.Lines[i].Text)
	// A byline letter-spaced to the width of the credits under it (记 者:
	// 柳 某) is read as the squeezed words.
	return isByline(s) || BracketCredit(s) || s != d.Lines[i].Sq && strings.ContainsAny(s, "：:") && isByline(d.Lines[i].Sq)
}

// namedByline: a byline that names its writers and nothing else, a job
// before them (记者 李某) or a verb after them (商铮 报道). Under the
// headline it is the report's header, at the end its byline; it is never
// a headline or a heading, whatever its shape.
type namedByline struct{}

func (namedByline) Name() string    { return "named-byline" }
func (namedByline) Roles() []Role   { return []Role{Header, Byline} }
func (namedByline) Denies() []Role  { return []Role{Title, Heading, Subheading} }
func (namedByline) Kind() string    { return "article" }
func (namedByline) Needs() []string { return nil }

func (namedByline) Match(d *Doc, i int) bool { return NamedByline(d.Lines[i].Text) }

// NamedByline reports whether s is a byline that names its writers and
// holds nothing else: 记者 李某, 商铮 报道.
func NamedByline(s string) bool {
	s = strings.TrimSpace(s)
	return isByline(s) || VerbByline(s)
}

// VerbByline reports whether s is a byline that names first and prints
// the verb after them, the line holding nothing else: 商铮 报道, 张三 李四
// 摄. Each name is a field of two to four characters of its own; the verb
// is one of the lexicon's credit verbs.
func VerbByline(s string) bool {
	fields := strings.Fields(s)
	if len(fields) < 2 || !creditVerbs.has(fields[len(fields)-1]) {
		return false
	}
	for _, f := range fields[:len(fields)-1] {
		if !nameShaped(f) {
			return false
		}
	}
	return true
}

// isByline reports whether s is a byline word and names: 记者 李某.
func isByline(s string) bool {
	_, ok := bylineWords.prefix(strings.TrimLeft(s, "（(□■ "))
	// Or the outlet's name first (东南商报记者…), before a reporter's job.
	ok = ok || containsAny(s, reporterWords.all()) && !SentencePunct(s)
	return ok && bylineRe().MatchString(s)
}

// BracketCredit reports whether s is a credit in brackets closing a
// report: （崇阳县民政局 周卫鑫）, （唐小红）: names of a body or a person,
// and no clause punctuation.
func BracketCredit(s string) bool {
	if !(strings.HasPrefix(s, "（") || strings.HasPrefix(s, "(")) || !(strings.HasSuffix(s, "）") || strings.HasSuffix(s, ")")) {
		return false
	}
	inner := strings.TrimSpace(strings.Trim(s, "（）()"))
	return inner != "" && titleShaped(inner) && !strings.ContainsAny(inner, "（）()")
}

// credit: a job and a name at the foot of a bulletin or report: 编辑：王晨晖,
// 核 稿：金 路, 责任编辑：李某, 【编辑：…】, 初审：…; a page may set the job
// and the name apart by a bar, as its cells (编辑 | 李平).
type credit struct{}

func (credit) Name() string    { return "credit" }
func (credit) Roles() []Role   { return []Role{Footer, Byline} }
func (credit) Needs() []string { return creditMarks }

// Denies: a credit names who made the page, never what it is about; its
// label left empty (初审编辑:) heads no text either, and printed under a
// notice's 落款 it is the page's, no attachment of the notice.
func (credit) Denies() []Role { return []Role{Title, Heading, Subheading, Attachment} }

// A numbered step ((三)审核：…) is the text's, no credit (Credit).
func (credit) Match(d *Doc, i int) bool { return Credit(d.Lines[i].Sq) }

// Credit reports whether s is a credit line (编辑：王晨晖, 【初审：…】,
// 初审编辑:): who made the page.
func Credit(s string) bool {
	if k, _, _ := Enumerator(s); k != NoEnum {
		return false
	}
	return creditLine(strings.TrimLeft(s, "【[（("))
}

// creditLine reports whether s opens with a credit. A page may print its
// source's field empty before the credits on one line (文章来源: 责任编辑:
// admin): the credit after it is the line's.
func creditLine(s string) bool {
	if src, ok := sourceFields.prefix(s); ok {
		if r, n := utf8.DecodeRuneInString(s[len(src):]); r == '：' || r == ':' {
			if rest := s[len(src)+n:]; rest != "" {
				if w, ok := creditWords.prefix(rest); ok && creditOpens(rest, w) {
					return true
				}
			}
		}
	}
	if w, ok := creditWords.prefix(s); ok {
		if creditOpens(s, w) {
			return true
		}
	}
	// A job named more closely, its kind of work before the credit's
	// word (图文编辑：…, 文字编辑：…, 美术编辑：…).
	k := strings.IndexAny(s, "：:|｜")
	if k <= 0 {
		return false
	}
	label := s[:k]
	_, ok := creditWords.suffix(label)
	return ok && HasHan(label) && !SentencePunct(label) && !strings.ContainsAny(label, "0123456789")
}

// creditOpens reports whether s, which opens with the credit's word w,
// goes on with the credit's mark (编辑：…, 编辑(一审)丨…).
func creditOpens(s, w string) bool {
	_, ok := creditMark(bracketedNote(s[len(w):]))
	return ok
}

// bracketedNote is rest past a note in brackets that opens it, the round
// of a job (二校(审)：…, 编辑(一审)丨…): words alone, no mark.
func bracketedNote(rest string) string {
	for _, p := range [][2]string{{"(", ")"}, {"（", "）"}} {
		inner, ok := strings.CutPrefix(rest, p[0])
		if !ok {
			continue
		}
		k := strings.Index(inner, p[1])
		if k > 0 && HasHan(inner[:k]) && !SentencePunct(inner[:k]) {
			return inner[k+len(p[1]):]
		}
	}
	return rest
}

// creditMarks part a credit's job from the name: a colon, or a bar.
var creditMarks = []string{"：", ":", "|", "｜"}

// creditMark returns the width of the credit mark at the start of rest.
func creditMark(rest string) (int, bool) {
	for _, m := range creditMarks {
		if strings.HasPrefix(rest, m) {
			return len(m), true
		}
	}
	return 0, false
}

// Credits reads the credits of a line: several may share it (编辑：甲 核稿：乙).
func Credits(s string) (roles, names []string) {
	s = strings.Trim(s, "【】[]（）() ")
	type at struct{ job, start, end int }
	var found []at
	for i := 0; i < len(s); {
		if w, ok := creditWords.prefix(strings.ReplaceAll(s[i:], " ", "")); ok && (i == 0 || creditApart(s[:i])) {
			// The job may be letter-spaced (编 辑), or carry its round in
			// brackets (二校(审)): find where its mark is.
			k := strings.IndexAny(s[i:], "：:|｜")
			job := strings.TrimSpace(strings.ReplaceAll(s[i:max(i, i+k)], " ", ""))
			if k >= 0 && (job == w || strings.HasPrefix(job, w) && bracketedNote(job[len(w):]) == "") {
				c, _ := creditMark(s[i+k:])
				found = append(found, at{len(roles), i, i + k + c})
				roles = append(roles, w)
				i += k + c
				continue
			}
		}
		i++
	}
	for k, f := range found {
		end := len(s)
		if k+1 < len(found) {
			end = found[k+1].start
		}
		// A bar or slash may part one credit from the next (责任编辑:某某 / 编审:某某).
		names = append(names, strings.TrimRight(strings.TrimSpace(s[f.end:end]), " /|｜丨,，、;；"))
	}
	return roles, names
}

// creditApart reports whether the text before a credit's job parts it
// from the credit before: a space, or a comma or a semicolon (一审:某某,
// 二审:某某).
func creditApart(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune(" ,，、;；", r)
}

// nameShaped reports whether f could be a person's name as bylines print
// it: two to four Han characters, a surname and a given name.
func nameShaped(f string) bool {
	n := 0
	for _, r := range f {
		if !IsHan(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}
