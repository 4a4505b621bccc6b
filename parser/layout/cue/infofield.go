package cue

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
)

// infoField: the information line of a bureau's web page: 发布时间：…
// 来源：…, 索引号 …, 【信息时间：…】, with or without a colon, letter-spaced
// (索 引 号), in pipe cells, several on a line.
type infoField struct{}

func (infoField) Name() string    { return "info-field" }
func (infoField) Roles() []Role   { return []Role{Header} }
func (infoField) Needs() []string { return nil }

func (infoField) Match(d *Doc, i int) bool { return d.info[i] }

// infoLine reports whether text is a web page's information line.
func infoLine(text string) bool {
	fs := InfoFields(text)
	if len(fs) > 0 && strings.Count(text, "【") >= 2 && strings.HasPrefix(strings.TrimSpace(text), "【") {
		return true // 【label】value groups, one of them a page's field
	}
	lead := len(text) - len(strings.TrimLeft(TrimBullet(text), "【[|丨 "))
	switch {
	case len(fs) == 0:
		return false
	case fs[0].Start == lead || len(fs) >= 2:
		return true
	}
	if mediumBefore(text[:fs[0].Start]) {
		return true // the medium's name run into the field (某县融媒体中心发布时间:…)
	}
	if ViewCount(text[:fs[0].Start]) {
		return true // the page's count of views before its field (0次浏览 发布时间:…)
	}
	// One field after something else: a site's name and a timestamp
	// (中央政府门户网站 www.gov.cn 2014-05-26 09:52 来源: 宁夏日报).
	_, ok := leadingTimestamp(text[:fs[0].Start])
	if !ok {
		_, ok = FullDate(text[:fs[0].Start]) // 2019年09月09日 来源: 新三门
	}
	if !ok {
		_, ok = TimeOfDayDate(text[:fs[0].Start]) // 2013年11月22日 16:21 来源:中国新闻网
	}
	// Or a field whose label the page's grid cut or named its own way,
	// before a known one (号: 1134…/202301-00011 信息分类: 综合政务).
	return ok || otherFieldRe.MatchString(text[:fs[0].Start])
}

// countBeforeRe is a page's count of views, the number first and the
// counter's word after it (0次浏览, 25 阅读), set before a field.
var countBeforeRe = regexp.MustCompile(`^\s*\d+\s*次?\s*(\p{Han}{1,4})\s*$`)

// ViewCount reports whether s is a page's count of views and nothing
// else, the number first and the counter's word after it (0次浏览, 25 阅读).
func ViewCount(s string) bool {
	m := countBeforeRe.FindStringSubmatch(s)
	return m != nil && counterWords.has(m[1])
}

// otherFieldRe is a label, its colon and a value of one word, and the
// space that parts it from the next field.
var otherFieldRe = regexp.MustCompile(`^\s*\p{Han}{1,6}\s*[:：]\s*[^\s:：，。；,;]+\s+$`)

// InfoField is one field of a web page's information line.
type InfoField struct {
	Key        string // as listed in the lexicon: 发布时间, 来源 …
	Value      string // the value, trimmed; "" when the page left it empty
	Start, End int    // byte offsets of the whole field in the line
	ValueStart int    // byte offset of the value
}

// InfoFields reads the fields of an information line: a key where a field
// may start (the line's start, after white space, a pipe or a bracket)
// followed by a colon, white space or the line's end, then its value up to
// the next field. The key may be letter-spaced (索 引 号).
func InfoFields(s string) []InfoField {
	var out []InfoField
	prev := ' ' // the line's start is a field's start
	keys := infoKeys.idx()
	name := true // s[:i] is Chinese words alone, as a medium's name is
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		// A key may start after a web address; asked only where a key may.
		url := keys.MayStart(r) && prev < utf8.RuneSelf && !fieldBreak(prev) && afterURL(s[:i])
		// Or run on after the name of the medium that carried the page
		// (石首市融媒体中心发布时间:2021-09-23), its label's colon after it.
		// The page may name its own site there (本站发表时间:).
		outlet := name && i > 0 && keys.MayStart(r) && len(out) == 0 && (Medium(s[:i]) || selfSite.has(s[:i]))
		if keys.MayStart(r) && (fieldBreak(prev) || prev >= '0' && prev <= '9' || len(out) > 0 || url || outlet) {
			// After a digit (a timestamp's end: 09:09:31来源:…), or inside
			// a field's value (来源:四铺镇发布时间:…, fields a copy of the
			// page ran together), only a key with its colon starts a field.
			if key, end, ok := infoKeyAt(s, i); ok && (outlet && compoundKey(key) && colonBefore(s, end) || !outlet && (fieldBreak(prev) || colonBefore(s, end)) || url && compoundKey(key) || compoundKey(key) && len(out) > 0 && (end < len(s) && s[end] >= '0' && s[end] <= '9' || prev >= '0' && prev <= '9')) {
				out = append(out, InfoField{Key: key, Start: i, ValueStart: end})
				prev, i = ' ', end
				continue
			}
		}
		prev = r
		name = name && IsHan(r)
		i += n
	}
	for k := range out {
		end := len(s)
		if k+1 < len(out) {
			end = out[k+1].Start
		}
		raw := s[out[k].ValueStart:end]
		if r, _ := utf8.DecodeLastRuneInString(raw); k+1 < len(out) && !compoundKey(out[k+1].Key) && unicode.Is(unicode.Han, r) {
			// The next field's label is longer than the two-character key
			// read in it (发布机构: 西盟县民政局 发布日时间: …, a page's own
			// 发布日时间): it starts after the space, not in the value. A
			// compound key is a label whole (…办公室发布时间).
			if j := strings.LastIndexAny(strings.TrimSpace(raw), " \u3000"); j > 0 {
				raw = strings.TrimSpace(raw)[:j]
			}
		}
		v := strings.TrimSpace(raw)
		v = strings.Trim(v, " |】]【[丨")
		v = strings.TrimSpace(v)
		// The page's tools may follow the last field (发布机构:民政局 分享至:).
		for j := strings.LastIndexAny(v, " \u3000"); j > 0 && furnitureOnly(strings.Trim(v[j:], " \u3000:：")); j = strings.LastIndexAny(v, " \u3000") {
			v = strings.TrimSpace(v[:j])
		}
		out[k].Value, out[k].End = v, end
	}
	return out
}

// afterURL reports whether s ends in a web address (a saved page's
// address run into its first field: ….html发文字号 …): a page's own label
// of three characters or more may start there.
func afterURL(s string) bool {
	w := s[strings.LastIndexAny(s, " \t\u3000")+1:]
	if k := strings.Index(w, "://"); k > 0 {
		w = w[k+3:]
	} else if !strings.HasPrefix(w, "www.") {
		return false
	}
	for _, r := range w {
		if r >= utf8.RuneSelf || r <= ' ' {
			return false
		}
	}
	return strings.Contains(w, ".")
}

// colonBefore reports whether a colon ends s[:end].
// compoundKey reports whether key is a label of three characters or more
// (发布机构, 成文日期, 索引号): a compound of the page's own, unlike the
// two-character keys (时间, 来源, 作者) that running text uses as words.
func compoundKey(key string) bool { return utf8.RuneCountInString(key) >= 3 }

func colonBefore(s string, end int) bool {
	return strings.HasSuffix(s[:end], ":") || strings.HasSuffix(s[:end], "：")
}

// fieldBreak reports whether a field may start after r.
func fieldBreak(r rune) bool {
	switch r {
	case ' ', '\t', '|', '【', '[', '丨', '/', '\u3000':
		return true
	}
	return r > 0x7f && unicode.IsSpace(r)
}

// infoKeyAt reads an information key at byte i, letter spaces allowed, and
// the colon or space after it; it returns the key and where its value starts.
func infoKeyAt(s string, i int) (string, int, bool) {
	// Gather the Chinese characters ahead, stepping over single spaces
	// between them, and keep the longest key they spell.
	var key strings.Builder
	ends := []int{}
	j := i
	longest := longestInfoKey()
	for j < len(s) && key.Len() < longest {
		r, n := utf8.DecodeRuneInString(s[j:])
		if (r == ' ' || r == '?') && key.Len() > 0 {
			// Letter spacing: 索 引 号, 文  号; or the spaces a copy lost
			// to question marks (索??引??号), no question inside a label.
			k := j
			for k < len(s) && s[k] == byte(r) {
				k++
			}
			if r2, _ := utf8.DecodeRuneInString(s[k:]); k < len(s) && IsHan(r2) {
				j = k
				continue
			}
		}
		if !IsHan(r) {
			break
		}
		key.WriteRune(r)
		j += n
		ends = append(ends, j)
	}
	k := key.String()
	for len(k) > 0 {
		if infoKeys.has(k) {
			end := ends[utf8.RuneCountInString(k)-1]
			rest := s[end:]
			switch {
			case rest == "":
				return k, end, true
			case strings.HasPrefix(rest, "："):
				return k, end + len("："), true
			case strings.HasPrefix(rest, ":"):
				return k, end + 1, true
			case strings.HasPrefix(rest, "丨"), strings.HasPrefix(rest, "|"):
				// 来源丨某厅: a public account's label and value parted by
				// a vertical stroke, where a site prints a colon.
				_, n := utf8.DecodeRuneInString(rest)
				return k, end + n, true
			case strings.HasPrefix(rest, "】") && i >= len("【") && s[i-len("【"):i] == "【":
				return k, end + len("】"), true
			case rest[0] == ' ' || rest[0] == '\t':
				// 来源 : 区民政局, a space before the colon: the value
				// starts after the colon.
				if t := strings.TrimLeft(rest, " \t"); strings.HasPrefix(t, ":") || strings.HasPrefix(t, "：") {
					_, n := utf8.DecodeRuneInString(t)
					return k, len(s) - len(t) + n, true
				}
				return k, end, true
			case compoundKey(k) && rest[0] >= '0' && rest[0] <= '9':
				// 成文日期2024-03-18, 索引号1150…: an extractor that drops
				// spaces (pdftotext -raw) glues a figure to a label no
				// running text holds (发布时间表 is a word, 发布时间2024 none).
				return k, end, true
			case compoundKey(k) && (i == 0 || s[i-1] >= '0' && s[i-1] <= '9'):
				// 发布机构渝中区民政局 opening a line, or after a field's
				// figures (…/2024-00033发布机构渝中区民政局): the same
				// extractor glues words to the label of a page's table.
				return k, end, true
			}
			return "", 0, false
		}
		_, n := utf8.DecodeLastRuneInString(k)
		k = k[:len(k)-n]
	}
	return "", 0, false
}

// sourceOnly: a line that holds nothing but where the text came from:
// 来源：宁夏日报, （信息来源：市民政局）.
type sourceOnly struct{}

func (sourceOnly) Name() string    { return "source-only" }
func (sourceOnly) Roles() []Role   { return []Role{Byline, Header} }
func (sourceOnly) Needs() []string { return []string{"来源"} }

func (sourceOnly) Match(d *Doc, i int) bool {
	s := strings.Trim(d.Lines[i].Text, "（）()【】[]［］ ")
	fs := InfoFields(s)
	return len(fs) == 1 && fs[0].Start == 0 && strings.HasSuffix(fs[0].Key, "来源") && fs[0].Value != ""
}

// longestInfoKey is the length in bytes of the longest information key.
var longestInfoKey = sync.OnceValue(func() int {
	n := 0
	for _, w := range infoKeys.all() {
		n = max(n, len(w))
	}
	return n
})

// clockRe is the time of a timestamp that opens a line (09:52 来源: …).
var clockRe = regexp.MustCompile(`^(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?`)

// stackedInfo marks the values that a page's grid of fields, copied a
// cell a line, sets under their labels (• 信息索引号: / 02165835-001/2023-
// 80815 / • 公开方式: / 主动公开 …): the line under a field left empty, a
// label of the page's own (bulleted, or a compound key), that is no field
// and no sentence itself, where the grid goes on: another label follows
// the value, or a value stands above the label.
func (d *Doc) stackedInfo() {
	stacked := make([]bool, len(d.Lines))
	for i := 0; i+1 < len(d.Lines); i++ {
		if !d.info[i] || d.info[i+1] || d.punct[i+1] || d.ends[i+1] || d.Break(i+1) {
			continue
		}
		t := d.Lines[i].Text
		fs := InfoFields(TrimBullet(t))
		if len(fs) == 0 || fs[len(fs)-1].Value != "" {
			continue
		}
		if last := fs[len(fs)-1]; !compoundKey(last.Key) && TrimBullet(t) == t {
			continue
		}
		if !(i+2 < len(d.Lines) && d.info[i+2] || i > 0 && stacked[i-1]) {
			continue
		}
		if v := d.Lines[i+1].Sq; v != "" && !strings.ContainsAny(v, ":：") && !(dayKey(fs[len(fs)-1].Key) && !strings.ContainsAny(v, "0123456789")) {
			d.info[i+1], stacked[i+1] = true, true
		}
	}
}

// dayKey reports whether a field's key names a day or a time (发布日期,
// 归档时间: a dated field, or a label ending in a word of time): its value is a date, and a line of words with no figure
// under it (the headline under an empty 归档时间:) is none.
func dayKey(key string) bool { return DatedField(key) || timeLabel(key) }

// bulletedInfo marks the items of a page's list of information fields
// that print a value with no label (• 祥云县人民政府 / • 发布时间：… /
// • 来源：…): a bulleted line, no sentence, over a bulleted field of the
// same list is one of its fields, the body that runs the page.
func (d *Doc) bulletedInfo() {
	for i := 0; i+1 < len(d.Lines); i++ {
		t, next := d.Lines[i].Text, d.Lines[i+1].Text
		if d.info[i] || !d.info[i+1] || TrimBullet(t) == t || TrimBullet(next) == next || d.punct[i] || d.ends[i] || d.Break(i+1) {
			continue
		}
		// A body's name, no headline (• 某区民政局召开…会议 over the
		// same list is the page's title).
		if v := strings.TrimSpace(TrimBullet(d.Lines[i].Sq)); agency.Shapes(v) {
			d.info[i] = true
		}
	}
}

// bulletedValues finds a page's list of information fields whose labels
// the copy lost, a value a bulleted line (• 640000/2025-00023 / • 某镇 /
// • 有效 / • 2025年03月11日): a run of bulleted lines, none a sentence,
// each a lone value a field holds (an index number, a body's name, a
// validity, a date), none a headline's words, one at least a date
// or an index number, which no list of the text's names or points is.
func (d *Doc) bulletedValues() []bool {
	out := make([]bool, len(d.Lines))
	value := func(i int, inRun bool) (ok, dated bool) {
		t := d.Lines[i].Sq
		v := strings.TrimSpace(TrimBullet(t))
		if inRun && v != t && categoryList(v) && !d.ends[i] {
			return true, false // 综合,工作,工作信息: the categories the page files itself under
		}
		if v == t || v == "" || d.punct[i] || d.ends[i] {
			return false, false
		}
		if _, ok := FullDate(v); ok || indexNumberRe.MatchString(v) {
			return true, true
		}
		if _, ok := Timestamp(v); ok {
			return true, true
		}
		// Any other value stands in the list but a headline's or a
		// document's name: words alone, no kind of document closing them.
		return !EndsWithKind(v) && !strings.Contains(v, "关于"), false
	}
	for i := 0; i < len(d.Lines); {
		j, dated := i, false
		for j < len(d.Lines) {
			ok, dt := value(j, j > i)
			if !ok {
				break
			}
			dated = dated || dt
			j++
		}
		if j-i >= 2 && dated {
			for k := i; k < j; k++ {
				out[k] = true
			}
		}
		i = max(j, i+1)
	}
	return out
}

// categoryList reports whether v is a list of categories a disclosure
// page files a text under (综合,工作,工作信息; 提案,建议提案,提案答复函),
// in a run of its values: two words or more apart by commas, each
// Chinese characters alone.
func categoryList(v string) bool {
	parts := strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == '，' || r == '、' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p == "" || strings.IndexFunc(p, func(r rune) bool { return !IsHan(r) }) >= 0 {
			return false
		}
	}
	return true
}

// indexNumberRe is a disclosure page's 索引号 as printed alone: a code of
// figures and capitals, a slash or a dash, then the year and a serial.
var indexNumberRe = regexp.MustCompile(`^[0-9A-Z]{6,}[-/](?:19|20)\d{2}-\d{2,}$`)

// columnHeads unmarks a table's row of column heads that holds a label a
// web page also prints as a field (事项类别 | 事项名称 | 公开依据 | …): a
// row of three or more cells, each a label with no value (no colon, no
// figure), not all of them a page's labels, over a row of as many cells,
// one fewer at the least (a merged cell), that holds no field. A page's
// grid of fields pairs each label with its value, in the row or in the
// row under it (发布机构 | 发布日期 over 某县民政局 | 2023-02-13).
func (d *Doc) columnHeads() {
	for i := 0; i+1 < len(d.Lines); i++ {
		if !d.info[i] || d.info[i+1] {
			continue
		}
		if words := strings.Fields(d.Lines[i].Text); len(words) >= 3 && SerialHead(words[0]) && labelsAlone(words) {
			// 序号 heads a table's serial column, never a page's field:
			// the rows under it may be flattened to a cell a line.
			d.info[i] = false
			continue
		}
		if !d.rows[i] || !d.rows[i+1] {
			continue
		}
		heads, under := Cells(d.Lines[i]), Cells(d.Lines[i+1])
		if len(heads) < 3 || len(under) < len(heads)-1 || !labelsAlone(heads) || allKeys(heads) {
			continue
		}
		d.info[i] = false
	}
}

// allKeys reports whether every cell is an information key alone.
func allKeys(cells []string) bool {
	for _, c := range cells {
		fs := InfoFields(c)
		if len(fs) != 1 || fs[0].Start != 0 || fs[0].Value != "" {
			return false
		}
	}
	return true
}

// labelsAlone reports whether every cell is Chinese words alone, no
// colon and no figure: a column's head, not a field with its value.
func labelsAlone(cells []string) bool {
	for _, c := range cells {
		if c == "" || strings.ContainsAny(c, ":：") || strings.IndexFunc(c, unicode.IsDigit) >= 0 || !HasHan(c) {
			return false
		}
	}
	return true
}

// wrappedInfo marks an information line that a narrow column broke
// inside its timestamp: the date ends one line (中央政府门户网站
// www.gov.cn 2014-05-26), the time opens the next with the fields after
// it (09:52 来源: 宁夏日报). Read apart, neither half looks like a field.
func (d *Doc) wrappedInfo() {
	for i := 1; i < len(d.Lines); i++ {
		t := strings.TrimSpace(d.Lines[i].Text)
		m := clockRe.FindString(t)
		if m == "" {
			continue
		}
		rest := strings.TrimSpace(t[len(m):])
		if fs := InfoFields(rest); len(fs) == 0 || fs[0].Start != 0 {
			continue
		}
		prev := strings.Fields(d.Lines[i-1].Text)
		if len(prev) == 0 || !dateOnlyRe.MatchString(prev[len(prev)-1]) || d.ends[i-1] {
			continue
		}
		d.info[i-1], d.info[i] = true, true
	}
}

// mediumBefore reports whether s, the text before a field, is the name of
// a medium alone (a paper, a site, a county's 融媒体中心).
func mediumBefore(s string) bool {
	t := strings.TrimSpace(s)
	return t != "" && !strings.ContainsAny(t, " \u3000") && HasHan(t) && Medium(t)
}

// Medium reports whether a source field's value names a medium (a paper, a
// site, a county's 融媒体中心) by the word it ends in: the outlet that
// carried the text, not a body that issued it (GOLD.md).
func Medium(v string) bool {
	_, ok := lexicon.Media().EndingAt(v, len(v))
	return ok
}

// CompiledFrom is the length of the word a source field's value opens with
// where the page compiled or reprinted the text (综合, 转自: 综合某区地名办),
// the body it names after it; 0 if none.
func CompiledFrom(v string) int {
	w, ok := compiledWords.prefix(v)
	if !ok || strings.TrimSpace(v[len(w):]) == "" {
		return 0
	}
	return len(w)
}
