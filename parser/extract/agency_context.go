package extract

import (
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/layout/cue"
	"bulletin/parser/lexicon"
	"bulletin/parser/span"
)

// Names a document prints where the place goes without saying: a short
// name (民政局, 社保科) names one body in the context of the page that
// prints it (GOLD.md: 办公室, 殡葬服务中心), though alone in running text it
// names a kind of office. These rules read such names where the printed
// convention says whose they are.

// issuerFields finds the body named by a page's issuer or source field
// (来源：民政局, 发布机构：平江县政府): the field names the body that wrote
// or published the page. The labels are the cue list "issuer", and the
// review chain a page prints at its foot (审核：民政局, 终审：某局: cue list
// reviewcredit) where it names a body, not a person, as the checker.
func issuerFields(t span.Text, words wordsAt) []candidate {
	s := t.String()
	labels := lexicon.CueWordList("issuer")
	var out []candidate
	for i := 0; i < len(s); {
		k := strings.IndexAny(s[i:], ":：")
		if k < 0 {
			break
		}
		colon := i + k
		_, w := utf8.DecodeRuneInString(s[colon:])
		i = colon + w
		// The label ends at the colon, or a space before it (来源 :).
		e := len(strings.TrimRight(s[:colon], " \u3000"))
		label, ok := labels.EndingAt(s, e)
		if !ok {
			label, ok = lexicon.CueWordList("reviewcredit").EndingAt(s, e)
		}
		if !ok || hanBefore(s, e-len(label)) && !t.HasGapAt(e-len(label)) {
			continue // 数据来源: a note's label, not the page's; 编辑:某局 审核: a field after a field
		}
		start := i
		for start < len(s) && (s[start] == ' ' || strings.HasPrefix(s[start:], "\u3000")) {
			_, w := utf8.DecodeRuneInString(s[start:])
			start += w
		}
		start = valueBracketOpens(s, start)
		end := start
		info := lexicon.CueWordList("info")
		for end < len(s) && (end == start || (!t.HasGapAt(end) || letterSpaced(t, start, end)) && !fieldAt(info, s, end)) {
			r, w := utf8.DecodeRuneInString(s[end:])
			if !unicode.Is(unicode.Han, r) && !strings.ContainsRune("（）()·", r) {
				break
			}
			end += w
		}
		if suffix, ok := lexicon.AgencySuffixes().Suffix(s[start:end]); ok && end-len(suffix) > start {
			// 来源:综合|鄂城区…办公室 (compiled from): the act before the
			// place is no part of the name.
			start = wordStart(s, words(start), start, end-len(suffix), end)
		}
		if v := s[start:end]; end > start && (agency.Shape(v) && (!classOfBodies(v) || unitAlone(v)) || agency.Division(v)) {
			out = append(out, candidate{start, end, "issuer-field"})
		}
	}
	return out
}

// letterSpaced reports whether the value [start, end) of a field is
// printed one character to a space (发布机构: 民 政 局): each of its
// characters stands apart, a gap before the next, as a page spreads a
// short name over its cell; the gap at end parts two characters of one
// name, not the value from the next field.
func letterSpaced(t span.Text, start, end int) bool {
	for i := start; i < end; {
		_, w := utf8.DecodeRuneInString(t.String()[i:])
		i += w
		if !t.HasGapAt(i) {
			return false
		}
	}
	return end > start
}

// fieldBrackets are the brackets a page's field may print its value in
// (来源:【某某融媒体中心】, 来源：[某某日报]): a lenticular or square
// bracket sets the value off as a banner's title does.
var fieldBrackets = []string{"【", "[", "［", "〖"}

// valueBracketOpens is where a field's value that starts at i opens: past
// a bracket that sets it off (来源:【…】), the value's words being
// inside it; the closing bracket, no Chinese character, ends the value.
func valueBracketOpens(s string, i int) int {
	for _, b := range fieldBrackets {
		if strings.HasPrefix(s[i:], b) {
			return i + len(b)
		}
	}
	return i
}

// unitAlone reports whether name is a unit's ending alone (办公室: kind
// unit): as an issuer field's value (来源:办公室) it names the page's own
// office, one unit in the context of its page (GOLD.md: 办公室 names one
// body in context), though the word alone is a kind elsewhere.
func unitAlone(name string) bool {
	suffix, kind := agency.Ending(name)
	return kind == "unit" && suffix == name
}

// outletOfInfoLine reports whether the name [i, e) closes with a medium's
// word (media.txt: 融媒体中心, 日报) and opens a page's information line
// with a field's label and colon right after it (石首市融媒体中心发布时间:
// 2021-09-23): the outlet that put the page out, in the place of a 来源
// field's value, is the text's source, no agency (GOLD.md).
func outletOfInfoLine(s string, i, e int) bool {
	if _, ok := lexicon.Media().EndingAt(s[i:e], e-i); !ok || !lineOpensAt(s, i) {
		return false
	}
	return fieldAt(lexicon.CueWordList("info"), s, e)
}

// mediaSources parts the issuer fields whose value names a medium (来源:
// 伊犁融媒体中心, 来源:某某日报: a word of the list media.txt closes it)
// from the others: a paper, a station or a media centre named as the
// text's source is no agency (GOLD.md), so its name is dropped wherever
// it is read there.
func mediaSources(s string, fields []candidate) (bodies []candidate, outlets []byteRange) {
	for _, c := range fields {
		if _, ok := lexicon.Media().EndingAt(s[c.start:c.end], c.end-c.start); ok {
			outlets = append(outlets, byteRange{c.start, c.end})
			continue
		}
		bodies = append(bodies, c)
	}
	return bodies, outlets
}

// mergeOutlets joins two lists of outlets, each in the text's order,
// into one in the text's order.
func mergeOutlets(a, b []byteRange) []byteRange {
	out := append(slices.Clone(a), b...)
	slices.SortFunc(out, func(x, y byteRange) int { return x.Start - y.Start })
	return out
}

// creditBodies finds the body a closing credit names before its writer
// (（民间组织管理局 罗鸿源）): the writer's own office, named as the
// office knows itself. outlets are the first fields of the credits of a
// report (reportCredit), in the text's order.
func creditBodies(t span.Text, words wordsAt) (out []candidate, outlets []byteRange) {
	s := t.String()
	for fields := range credits(t) {
		if reportCredit(s, fields) {
			outlets = append(outlets, byteRange{fields[0].start, fields[0].end})
		}
		if len(fields) < 2 {
			continue
		}
		out = append(out, creditDivisions(s, fields)...)
		last := fields[len(fields)-1]
		if !creditName(s[last.start:last.end], words(last.start), last.start) {
			continue
		}
		for _, f := range fields[:len(fields)-1] {
			if v := s[f.start:f.end]; agency.Shape(v) && (!classOfBodies(v) || creditUnit(v)) {
				out = append(out, candidate{f.start, f.end, "credit-body"})
			}
		}
	}
	return out, outlets
}

// creditUnit reports whether a closing credit's field before its
// writer's name is a unit's ending alone (（办公室 王某）): the writer
// names the unit of the reporting body he works in, as the body knows
// it, so the word, a common noun in running text (the domain lexicon's
// 办公室), names one unit there (GOLD.md: 办公室 in context is an agency).
func creditUnit(v string) bool {
	suffix, kind := agency.Ending(v)
	if suffix != v || kind != "unit" {
		return false
	}
	_, class := lexicon.GenericPrefixes().Prefix(v)
	return !class && !lexicon.GenericAgencies().Has(v)
}

// creditDivisions finds the divisions a closing attribution names beside
// a body ((开远市双拥办 开远市小龙潭镇)): the units that wrote or sent the
// report, each field a body's name or a division's (place and level),
// and a division so credited is its government's office (GOLD.md: the
// body a credit names is an agency). A credit with a person's name in
// it is read by creditBodies.
func creditDivisions(s string, fields []bounds) []candidate {
	var divisions []candidate
	body := false
	for _, f := range fields {
		v := s[f.start:f.end]
		switch {
		case agency.Division(v) && agency.HasLocality(v):
			divisions = append(divisions, candidate{f.start, f.end, "credit-division"})
		case agency.One(v, false) && agency.HasLocality(v):
			body = true
		default:
			return nil
		}
	}
	if !body {
		return nil
	}
	return divisions
}

// reportCredit reports whether a closing credit's fields are a report's:
// an outlet, its reporters, and the mark of a report (报道: the cue list
// "datelinemark", as a news lead prints 云上通山报道:) last
// ((瑞昌市融媒体中心 熊昱康 报道)). The outlet named first is the text's
// source.
func reportCredit(s string, fields []bounds) bool {
	if len(fields) < 3 {
		return false
	}
	last := fields[len(fields)-1]
	return lexicon.CueWordList("datelinemark").Has(s[last.start:last.end])
}

// dropOutlets drops the names that lie in the outlet of a report's
// credit (reportCredit) and name an institution or a company: a media
// centre, a paper or a station named as the text's source is no agency
// (GOLD.md), while a government's office that reports its own work is.
// outlets come in the text's order.
func dropOutlets(cs []candidate, outlets []byteRange, s string) []candidate {
	if len(outlets) == 0 {
		return cs
	}
	return slices.DeleteFunc(cs, func(c candidate) bool {
		k := sort.Search(len(outlets), func(n int) bool { return outlets[n].End >= c.end })
		if k == len(outlets) || outlets[k].Start > c.start {
			return false
		}
		_, kind := agency.Ending(s[c.start:c.end])
		return kind == "institution" || kind == "company"
	})
}

// fieldAt reports whether another field's label and colon stand at i,
// run on after a value with no space (来源:四铺镇发布时间:…).
func fieldAt(labels *lexicon.Words, s string, i int) bool {
	l, ok := labels.At(s, i)
	if !ok {
		return false
	}
	rest := strings.TrimLeft(s[i+len(l):], " ")
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：")
}

// headedUnits finds the units of a body listed before the title of
// their heads (林建平副调研员(…)、办公室、救助科、事务科负责人): each names
// one unit of the body the text is about (GOLD.md: 办公室 names one body in
// context). Only names of a unit (科, 股, 处, 室, 办公室) count, each
// opening after the list's mark or a word that bounds a name. A list
// closed by 等 and a kind of unit before the title (福利科、执法科等相关
// 科室负责人) names its units before 等, one or more: 等 says the kind
// holds them.
func headedUnits(s string, titles []title) []candidate {
	suffixes := lexicon.AgencySuffixes()
	var out []candidate
	for _, t := range titles {
		end := t.start
		suffix, ok := suffixes.EndingAt(s, end)
		if !ok || suffixes.Label(suffix, 0) != "unit" {
			continue
		}
		var list []candidate
		closed := false
		for {
			start := wordsBack(s, end, true)
			v := s[start:end]
			sfx, ok := suffixes.Suffix(v)
			if k, ok := unitKindClosing(s, start, end); ok && !closed && len(list) == 0 {
				end, closed = k, true // 福利科、执法科|等相关科室|负责人
				continue
			}
			if !ok || suffixes.Label(sfx, 0) != "unit" || !agency.Shape(v) || kindOfUnit(v) || agency.HasLocality(v) {
				break
			}
			list = append(list, candidate{start, end, "headed-unit"})
			if !strings.HasSuffix(s[:start], "、") {
				break
			}
			end = start - len("、")
		}
		if len(list) >= 2 || closed && len(list) > 0 || len(list) == 1 && postBracketed(s, list[0].start, t.end) {
			out = append(out, list...) // a list of units: one alone may be a kind
		}
	}
	return out
}

// unitKindClosing is where the list ends that 等 and a kind of unit
// close (福利科、执法科|等相关科室, 等科室, 等有关处室), the kind's word
// starting at start and ending at end, maybe after a word that ranks it
// (相关, 有关: the generic prefixes); ok is false where none does.
func unitKindClosing(s string, start, end int) (int, bool) {
	k := start
	if p, ok := lexicon.GenericPrefixes().EndingAt(s, k); ok {
		k -= len(p)
	}
	if !strings.HasSuffix(s[:k], "等") {
		return 0, false
	}
	if !kindOfUnit(s[k:end]) && !lexicon.NonAgencyWords().Has(s[start:end]) {
		return 0, false
	}
	suffix, ok := lexicon.AgencySuffixes().Suffix(s[start:end])
	if !ok || lexicon.AgencySuffixes().Label(suffix, 0) != "unit" {
		return 0, false
	}
	return k - len("等"), true
}

// kindOfUnit reports whether a unit's name in a list names a kind of
// unit (各科室, 有关处室) rather than one; the trade's word for an office
// (办公室) names the body's own there.
func kindOfUnit(v string) bool {
	if _, class := lexicon.GenericPrefixes().Prefix(v); class {
		return true
	}
	return lexicon.GenericAgencies().Has(v) || agency.EachInside(v)
}

// hanBefore reports whether a Chinese character stands just before byte i.
func hanBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i > 0 && unicode.Is(unicode.Han, r)
}

// classOfBodies reports whether name names a kind of body, not one
// (各县民政局, 日间照料中心). A trade's own word for its office (民政局, nt
// in the domain lexicon) names the one the context means.
func classOfBodies(name string) bool {
	if _, class := lexicon.GenericPrefixes().Prefix(name); class {
		return true
	}
	return lexicon.GenericAgencies().Has(name) || lexicon.Domain().Has(name) && lexicon.Domain().Label(name, 0) != "nt"
}

// distributedBodies finds the short names of bodies in a distribution list
// (抄报：县委、人大、县政府、政协、纪委；): a GB/T 9704-2012 §10.1 抄送机关 line
// lists bodies alone, so a member that is a body's short name of its own
// (人大, 政协, 纪委: the agency words) names the body of the issuer's place,
// though in running text (人大代表) it may be part of another noun. The
// labels are the cue list "footer", opening a line before a colon.
func distributedBodies(s string) []candidate {
	labels := lexicon.CueWordList("footer")
	var out []candidate
	for start, end := range lineSpans(s) {
		line := s[start:end]
		lead := len(line) - len(strings.TrimLeft(line, " \u3000"))
		if label, ok := labels.At(line, lead); ok {
			if r, w := utf8.DecodeRuneInString(line[lead+len(label):]); r == ':' || r == '：' {
				out = append(out, listedWords(s, start+lead+len(label)+w, end)...)
			}
		}
	}
	return out
}

// listMarks part the members of a distribution list.
const listMarks = "、，,；;。. \u3000"

// listedWords is each member of the list in s[i:end) that is an agency
// word as a whole.
func listedWords(s string, i, end int) []candidate {
	var out []candidate
	for i < end {
		j := i
		for j < end {
			r, w := utf8.DecodeRuneInString(s[j:])
			if strings.ContainsRune(listMarks, r) {
				break
			}
			j += w
		}
		if j > i && lexicon.AgencyWords().Has(s[i:j]) {
			out = append(out, candidate{i, j, "distributed"})
		}
		_, w := utf8.DecodeRuneInString(s[j:])
		i = j + w
	}
	return out
}

// lineBounds is the start and end of the line of s that [i, e) stands on.
func lineBounds(s string, i, e int) (int, int) {
	start := strings.LastIndexByte(s[:i], '\n') + 1
	end := strings.IndexByte(s[e:], '\n')
	if end < 0 {
		return start, len(s)
	}
	return start, end + e
}

// labelBefore is the text before a colon that ends s[:i], white space
// trimmed on either side of the colon: where a label and its colon stand
// right before i (浏览次数：1901, 运行管理:某某中心), the label ends it.
func labelBefore(s string, i int) (string, bool) {
	before := strings.TrimRight(s[:i], " \u3000")
	before, ok := strings.CutSuffix(before, ":")
	if !ok {
		if before, ok = strings.CutSuffix(before, "："); !ok {
			return "", false
		}
	}
	return strings.TrimRight(before, " \u3000"), true
}

// lineSpans yields the start and end of every line of s.
func lineSpans(s string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for start := 0; start < len(s); {
			end := strings.IndexByte(s[start:], '\n')
			if end < 0 {
				end = len(s)
			} else {
				end += start
			}
			if !yield(start, end) {
				return
			}
			start = end + 1
		}
	}
}

// trimmedLines yields each line of s with the white space that indents
// it cut, and the offset in s where what is left begins: the lines whose
// head a rule reads (a speaker's label, a source field).
func trimmedLines(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for start, end := range lineSpans(s) {
			line := strings.TrimLeft(s[start:end], " \t\u3000")
			if !yield(end-len(line), line) {
				return
			}
		}
	}
}

// linkBullets are the marks that lead each link of a page's row of links.
const linkBullets = "·•"

// linkRow reports whether line is a page's row of links (· 中国政府网  ·
// 河北省政府  · 秦皇岛市政府 |  无障碍): it opens with a bullet and two links
// at the least are led by one, with no mark of a clause between them. The
// links go to other sites, not bodies the text names.
func linkRow(line string) bool {
	line = strings.TrimLeft(line, " \u3000\t")
	r, _ := utf8.DecodeRuneInString(line)
	return strings.ContainsRune(linkBullets, r) && strings.Count(line, "·")+strings.Count(line, "•") >= 2 &&
		!strings.ContainsAny(line, "，。；！？,;")
}

// copyrightLine reports whether line is a site's copyright line
// (Copyright@2008-2018 中国社会新闻调查中心 All Rights Reserved, 版权所有): it
// names who owns the site, no body of the text (GOLD.md: a website named
// as the text's source is no agency). Its words are the agency cues
// labelled copyright, in lower case.
func copyrightLine(line string) bool {
	line = strings.ToLower(line)
	cues := lexicon.AgencyCues()
	for _, w := range cues.All() {
		if cues.Label(w, 0) == "copyright" && strings.Contains(line, w) {
			return true
		}
	}
	return false
}

// siteFooterLine reports whether line is a line of a site's foot that
// names who hosts, runs or maintains the site (运行管理:某某大数据管理中心,
// 主办单位:某县人民政府办公室 网站标识码…): it opens, past a bullet, with a
// label of the agency cues labelled sitefooter, or with one labelled
// sitehost (主办单位, 承办) and holds a word of the site's foot (sitecue:
// 标识码, ICP, 备案, 域名, 版权, 网站), as an event's 主办单位 line does not.
func siteFooterLine(line string) bool {
	line = strings.TrimLeft(strings.ToLower(line), " \u3000\t"+linkBullets+"-")
	cues := lexicon.AgencyCues()
	w, ok := cues.Prefix(line)
	if !ok || !strings.HasPrefix(strings.TrimLeft(line[len(w):], " \u3000"), ":") && !strings.HasPrefix(strings.TrimLeft(line[len(w):], " \u3000"), "：") {
		return false
	}
	switch {
	case cueLabelled(cues, w, "sitefooter"):
		return true
	case cueLabelled(cues, w, "sitehost"):
		for _, c := range cues.All() {
			if cueLabelled(cues, c, "sitecue") && strings.Contains(line[len(w):], c) {
				return true
			}
		}
	}
	return false
}

// cueLabelled reports whether word of the list cues carries label among
// its labels (承办单位: formfield and sitehost).
func cueLabelled(cues *lexicon.Words, word, label string) bool {
	for i := 0; cues.Label(word, i) != ""; i++ {
		if cues.Label(word, i) == label {
			return true
		}
	}
	return false
}

// dropChromeLines drops the names found on a line of page chrome: a trail
// of links (the layout's breadcrumb cue), a row of links (linkRow) or a
// site's copyright line (copyrightLine). The names come in
// order of their start, so the lines are walked forward once and each is
// judged once, whatever its length and the number of names on it.
func dropChromeLines(s string, cs []candidate) []candidate {
	start, end, chrome := 0, -1, false
	return slices.DeleteFunc(cs, func(c candidate) bool {
		if c.start < start || c.start > end {
			if c.start < start {
				start, end = 0, -1 // out of order: look again from the text's start
			}
			for {
				start = end + 1
				end = strings.IndexByte(s[start:], '\n')
				if end < 0 {
					end = len(s)
				} else {
					end += start
				}
				if c.start <= end {
					break
				}
			}
			chrome = cue.IsBreadcrumb(span.SqueezeString(s[start:end])) || linkRow(s[start:end]) || copyrightLine(s[start:end]) || siteFooterLine(s[start:end])
		}
		return chrome || siteRoleBefore(s, c.start)
	})
}

// siteRoleBefore reports whether a label of a site's own roles stands
// right before i with its colon (运行管理:|某某中心, 技术维护：|某某公司): the
// name is the site's host or contractor wherever the foot is printed,
// also run into the text's last line when a page is flattened.
func siteRoleBefore(s string, i int) bool {
	before, ok := labelBefore(s, i)
	if !ok {
		return false
	}
	w, ok := lexicon.AgencyCues().EndingAt(before, len(before))
	return ok && cueLabelled(lexicon.AgencyCues(), w, "sitefooter")
}

// titledOffices finds an office named without its place before the
// title of its head and the head's name (民政局局长彭君, 政府办副主任杨春泉,
// 民政局党组书记、局长杨先春): a report on a place's work names its bodies
// by their office alone, and the person named heads the one office of
// that name the text is about (GOLD.md: a unit that names one body in
// context is an agency; 市委书记王智慧 → 市委). Only a government's own
// body counts (a bureau, or the office of a government or a committee,
// 政府办): a place has one, while every body has an 办公室. A word of
// category or one that points elsewhere (各, 该) makes it a class. The
// text must name some body by its place or level (县政府, placed): the
// place it is about, whose office the short name is; a line alone
// (民政局副局长金朝霞) tells no place.
func titledOffices(s string, titles []title, words wordsAt, placed bool) []candidate {
	if !placed {
		return nil
	}
	var out []candidate
	last := chainEnds(s, titles)
	for k, t := range titles {
		start := clauseWordsPast(words(t.start), wordsBack(s, t.start, true), t.start)
		v := s[start:t.start]
		if start == t.start || figureMeasureAt(s, start) || !agency.Shape(v) || agency.HasLocality(v) || classOfBodies(v) || !governmentOffice(v) {
			continue
		}
		if agency.One(v, false) || !headNamed(s, titles[last[k]], words) {
			continue // a name of its own the scan finds; or no one's title
		}
		out = append(out, candidate{start, t.start, "titled-office"})
	}
	return out
}

// figureMeasureAt reports whether the words back from a title open at i
// with the measure of the figure before them (早上10点|政府副区长, 2024年|
// 民政局局长): the measure is the figure's, and the words after it are
// read by the scan of endings (measureOfFigure) or by titledGovernments.
func figureMeasureAt(s string, i int) bool {
	return i > 0 && i < len(s) && figureAt(s, i-1) && measureAt(s, i)
}

// governmentOffice reports whether name ends as a body of government
// (民政局, 人武部) or as the office of one, its ending a government's or a
// party committee's ending and 办 (政府办 for 政府办公室, 委办).
func governmentOffice(name string) bool {
	suffix, kind := agency.Ending(name)
	if kind == "government" {
		return true
	}
	body, ok := strings.CutSuffix(suffix, "办")
	if !ok || body == "" {
		return false
	}
	_, k := agency.Ending(body)
	return k == "government" || k == "party"
}

// chainEnds gives, for each title, the last title of the chain that
// follows it joined by 、 (党组书记、局长): one pass back over the titles
// finds every chain, whatever its length.
func chainEnds(s string, titles []title) []int {
	last := make([]int, len(titles))
	for k := len(titles) - 1; k >= 0; k-- {
		last[k] = k
		if k+1 < len(titles) && titles[k+1].start == titles[k].end+len("、") && strings.HasPrefix(s[titles[k].end:], "、") {
			last[k] = last[k+1]
		}
	}
	return last
}

// headNamed reports whether the title that closes a chain of titles
// (党组书记、局长) stands before a name: the chain is a person's.
func headNamed(s string, end title, words wordsAt) bool {
	_, ok := nameAfter(s, words(end.end), end.end)
	return ok
}

// placed reports whether some name found in s opens with its place or
// level (县政府, 大悟县民政局).
func placed(s string, cs []candidate) bool {
	return slices.ContainsFunc(cs, func(c candidate) bool { return agency.HasLocality(s[c.start:c.end]) })
}

// titledCommittees finds a party committee named by its short name alone
// before the title of its head and the head's name (区党委常委、纪委书记
// 金书波; 政法委书记李某): as 市委书记王智慧 names 市委 (GOLD.md), the short
// name that is a word of its own and a party body's (纪委, 政法委: agency
// words of the party's kind) names the one committee of the place the
// text is about, whether the title is printed apart (纪委|书记) or whole
// (纪委书记). The name opens a clause or a
// member of a list of titles (常委、纪委书记); a word before it (各级纪委)
// makes a class. As for titledOffices, the text names some body by its
// place (placed) and the chain of titles ends before a name.
func titledCommittees(s string, titles []title, words wordsAt, placed bool) []candidate {
	if !placed {
		return nil
	}
	var out []candidate
	last := chainEnds(s, titles)
	for k, t := range titles {
		start, end := t.start, t.start
		if w, ok := lexicon.AgencyWords().Prefix(t.word); ok && len(w) < len(t.word) {
			end = t.start + len(w) // 纪委书记: the title printed whole
		} else if w, ok := lexicon.AgencyWords().EndingAt(s, t.start); ok {
			start = t.start - len(w) // 纪委|书记
		}
		v := s[start:end]
		if _, kind := agency.Ending(v); v == "" || kind != "party" {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:start]); unicode.Is(unicode.Han, r) {
			continue // 各级|纪委, 市|纪委: a class, or a name the scan finds whole
		}
		if !headNamed(s, titles[last[k]], words) {
			continue
		}
		out = append(out, candidate{start, end, "titled-committee"})
	}
	return out
}

// dropKindsOfPlaces drops the names with no place of their own (婚姻登记
// 处) that the document prints elsewhere after two or more different
// places (历下区婚姻登记处, 天桥区民政局婚姻登记处): a unit each place has
// one of, so the name alone speaks of the kind, of every place's, not of
// one (GOLD.md: a generic class is not an agency). Where the document
// names the unit of one place only, the name alone is that one's
// (GOLD.md: a unit that names one body in context). A page's issuer or
// source field (来源:|民政局) is kept whatever places the text names: it
// names the one body that published the page, not a kind.
func dropKindsOfPlaces(s string, cs []candidate, e *Env) []candidate {
	return slices.DeleteFunc(cs, func(c candidate) bool {
		name := s[c.start:c.end]
		return c.rule != "issuer-field" && !agency.HasLocality(name) && e.placesOfKind(name) >= 2
	})
}

// placesOfKind counts the different places the document prints right
// before name, or before a body's name that name follows as its unit
// (天桥区民政局|婚姻登记处): the gazetteer's place that ends there. The
// answer is one a document, asked once (memo holds booleans: the count
// is capped at two, all its callers ask).
func (e *Env) placesOfKind(name string) int {
	if e == nil {
		return 0
	}
	if e.memo("kindplaces\x00"+name, func() bool { return distinctPlacesBefore(e.Whole(), name, 2) >= 2 }) {
		return 2
	}
	return 0
}

// distinctPlacesBefore counts, up to max, the different places of the
// gazetteer that end right before name in whole, or right before a
// body's ending that name follows.
func distinctPlacesBefore(whole, name string, max int) int {
	seen := map[string]bool{}
	for k := 0; len(seen) < max; {
		j := strings.Index(whole[k:], name)
		if j < 0 {
			break
		}
		j += k
		k = j + len(name)
		at := j
		if suffix, ok := lexicon.AgencySuffixes().EndingAt(whole, at); ok && !strings.HasPrefix(name, suffix) {
			at -= len(suffix)
		}
		if p, ok := lexicon.Places().EndingAt(whole, at); ok {
			seen[p] = true
		}
	}
	return len(seen)
}

// postBracketed reports whether a bracket after a name holds the unit
// that opens at i and its head's title that ends at e, and nothing else
// (成员为:张某(低保处处长),田某(办公室主任)): a roster's member named with
// his post, the unit one of the body whose roster it is, as a list of
// units before their heads' title names its units (headedUnits).
func postBracketed(s string, i, e int) bool {
	open := ""
	switch {
	case strings.HasSuffix(s[:i], "("):
		open = "("
	case strings.HasSuffix(s[:i], "（"):
		open = "（"
	default:
		return false
	}
	return hanBefore(s, i-len(open)) && (strings.HasPrefix(s[e:], ")") || strings.HasPrefix(s[e:], "）"))
}
