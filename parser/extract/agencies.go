package extract

import (
	"cmp"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/numeral"
	"bulletin/parser/punct"
	"bulletin/parser/segment"
	"bulletin/parser/span"
	"bulletin/schema"
)

// Agencies finds the names of government bodies, their internal units,
// public institutions, party organs, social organisations and companies,
// as written and in their longest form that is still a name
// (南阳市消防救援支队防火监督科; 市政府副市长周华锋 → 市政府). A name ends in an
// agency ending from the lexicon and starts after the verb, preposition or
// punctuation before it. Each gets a name resolved against the document's
// locality (市民政局 → 南阳市民政局), a level and a kind.
type Agencies struct{}

func (Agencies) Name() string          { return "agencies" }
func (Agencies) Requires() []Extractor { return []Extractor{Dates{}, Quantities{}} }

// AgenciesFound is where the agencies of the text (not of its cells)
// stand, for the people whose titles they own.
type AgenciesFound struct{ Agencies ranges }

func (Agencies) Extract(in *Input, out *schema.Entities) any {
	seen := map[string]bool{}
	emit := func(t span.Text, cs []candidate) {
		for _, c := range cs {
			text := t.String()[c.start:c.end]
			if seen[text] {
				continue
			}
			seen[text] = true
			a := schema.Agency{Found: found(t, c.start, c.end, "agencies/"+c.rule)}
			a.FullName, a.Level = in.Env.Locality.resolve(text)
			if c.rule == listBureauRule {
				// 市场监管局: its 市 opens a word, no level to resolve.
				a.FullName, a.Level = text, ""
			}
			_, a.Kind = agency.Ending(text)
			out.Agencies = append(out.Agencies, a)
		}
	}
	strewn := in.Env.strewnDocument()
	cs := findAgenciesSpaced(in.Text.String(), in.Words, in.Text, in.titles(),
		resultOf[QuantitiesFound](in, Quantities{}).Quantities, resultOf[DatesFound](in, Dates{}).Dates, in.Role == tableRole, strewn)
	cs = append(cs, unitLabels(in.Text.String(), in.Label)...)
	cs = append(cs, phoneUnits(in.Text.String())...)
	cs = append(cs, formFieldBodies(in.Text)...)
	fields, sources := mediaSources(in.Text.String(), append(issuerFields(in.Text, in.Words), issuerCells(in.Text)...))
	cs = append(cs, fields...)
	cs = append(cs, headedUnits(in.Text.String(), in.titles())...)
	cs = append(cs, ledListBodies(in.Text.String())...)     // 带领|民政局、公安局等相关部门: the leader's bodies
	cs = append(cs, cppccPlaces(in.Text.String())...)       // 政协某县|十一届: the county's conference
	cs = append(cs, mediaParticipants(in.Text.String())...) // 天津日报、今晚报…参加座谈: the outlets taking part
	cs = append(cs, broadcasters(in.Text.String())...)      // 在|市电视台|开设栏目: a station the text names
	cs = append(cs, joinedUnits(in.Text.String(), in.titles())...)
	cs = append(cs, titledUnits(in.Text.String(), in.titles())...)
	cs = append(cs, unitsBeforeHeads(in.Text.String(), in.titles())...) // 政权科|董鹏飞|科长: the unit its head's name follows
	cs = append(cs, unitsTitled(in.Text.String(), in.titles())...)      // ，福利科|科长: the unit its head's title follows
	cs = append(cs, titledOffices(in.Text.String(), in.titles(), in.Words, placed(in.Text.String(), cs))...)
	cs = append(cs, titledGovernments(in.Text.String(), in.titles(), in.Words, placed(in.Text.String(), cs))...)
	cs = append(cs, ownSiteOffices(in.Text.String(), in.Words, placed(in.Text.String(), cs))...)
	cs = append(cs, coordinationBodies(in.Text.String(), in.Words)...)
	cs = append(cs, titledCommittees(in.Text.String(), in.titles(), in.Words, placed(in.Text.String(), cs))...)
	cs = append(cs, distributedBodies(in.Text.String())...)
	cs = append(cs, headedBodies(in.Text.String(), in.titles(), in.Words)...)
	cs = append(cs, titleSharedUnits(in.Text.String(), in.titles(), in.Words)...)
	cs = append(cs, namedCommunities(in.Text.String(), in.Words, in.Env)...)
	cs = append(cs, cemeteryNames(in.Text.String(), in.Words, in.Env)...)
	cs = append(cs, placedShortBodies(in.Text.String(), in.Words, in.titles(), in.Env)...)
	cs = append(cs, placedShortActors(in.Text.String(), in.Words, in.Env)...)
	cs = append(cs, oneBureauShorts(in.Text.String(), in.Words, in.Env)...) // 经|民政局审核: the one place's bureau
	cs = append(cs, againInstitutions(in.Text.String(), in.Words, in.Env)...)
	cs = append(cs, againSubjects(in.Text.String(), in.Words, in.Env)...) // 。|救助站工作人员…: the place's one, named before
	cs = append(cs, townActors(in.Text.String(), in.Words, in.Env)...)
	cs = append(cs, ownOffices(in.Text.String(), in.Words, in.Env)...)
	cs = append(cs, leadUnits(in.Text.String(), in.Words)...)
	cs = append(cs, shortContextBodies(in.Text.String(), in.Words)...)
	cs = append(cs, centreListed(in.Text.String(), in.Words, cs)...)
	cs = append(cs, quotedLabelNames(in.Text.String(), in.Words, cs)...)
	cs = append(cs, listLineNames(in.Text.String(), in.Words, cs)...)
	cs = citedTitleLines(in.Text.String(), in.Text, cs, in.Env)
	cs = append(cs, fusedTitleDepartments(in.Text.String(), cs)...)
	bodies, outlets := creditBodies(in.Text, in.Words)
	cs = printedAcrossTitle(in.Text.String(), cs, in.titles(), in.Env)
	cs = townSplitBack(in.Text.String(), in.Words, cs, in.Env) // 走进城|桥镇: the town printed whole elsewhere
	cs = partyPostsOff(in.Text.String(), cs)                   // 市民政局|党委委员, 局党组|班子成员: the body's posts
	cs = append(cs, listPropagated(in.Text.String(), cs)...)
	cs = append(cs, andPaired(in.Text.String(), cs)...)
	cs = append(cs, jointShortBodies(in.Text.String(), in.Words, cs)...) // …大队联合|民政局: the partner
	cs = append(cs, streetCommunities(in.Text.String(), cs)...)          // 治淮街道|光明街社区: the one community
	cs = append(cs, bracketOtherNames(in.Text.String(), cs, in.Env)...)  // 区委宣传部(|网信办|): the body's other name
	cs = longest(append(cs, bodies...))
	cs = jointStationed(in.Text.String(), cs) // 市纪委|市监委驻…纪检监察组: one group, two senders
	cs = dropChromeLines(in.Text.String(), cs)
	cs = dropSiteBanner(in.Text, cs, in.Env)            // 某县人民政府 www…: the site's banner
	cs = dropColumnLabels(in.Text.String(), cs, in.Env) // 首页 > … > 延吉政协, then 延吉政协 alone
	cs = dropTrailColumns(in.Text.String(), cs, in.Env) // 首页 > 新闻中心 > …: the site's column
	cs = dropIncludedZones(in.Text.String(), cs)
	cs = dropPricedNames(in.Text.String(), cs)
	cs = dropGradedKinds(in.Text.String(), cs) // 3A|级婚姻登记处: the kind graded
	cs = dropAddressedNames(in.Text.String(), cs)
	cs = dropTagValues(in.Text.String(), cs) // 关键词:|经济开发区;道路名称: the page's tags
	cs = dropOutlets(cs, mergeOutlets(outlets, sources), in.Text.String())
	cs = dropCreditedOutlets(in.Text.String(), cs) // 某县融媒体中心|记者, …|编发: the text's source
	cs = dropKindsOfPlaces(in.Text.String(), cs, in.Env)
	cs = dropCommunityWork(in.Text.String(), in.Words, cs) // 天津市社区|共治: the field's word
	cs = dropPlaceLabels(in.Text.String(), cs)
	cs = dropSharedUnitMembers(in.Text.String(), cs)
	cs = dropClassMembers(in.Text.String(), cs)
	cs = dropLevelClasses(in.Text.String(), cs, in.Env) // 市、|县福利院: every county's, a class
	cs = dropClassConjuncts(in.Text.String(), in.Words, cs)
	cs = dropOrganClassHeads(in.Text.String(), cs)
	var r AgenciesFound
	for _, c := range cs {
		r.Agencies = append(r.Agencies, byteRange{c.start, c.end})
	}
	emit(in.Text, cs)
	for k, c := range in.Cells {
		// A row's cells one space apart: each space parts two cells.
		cs := findAgenciesSpaced(c.String(), in.CellWords(k), c, titlesIn(c.String()), nil, nil, true, strewn)
		cs = dropGridRowLabels(in.Blocks, c, cs) // 街道办事处 | 个 | 7564: a kind counted
		cs = append(cs, issuerCells(c)...)       // 发布机构 民政局: the record's grid
		// | 民政局 |: the one place's bureau, as in the text.
		cs = append(cs, oneBureauShorts(c.String(), in.CellWords(k), in.Env)...)
		// A directory's cemeteries (某县某某园 0000-1234567) as the text's.
		cs = townSplitBack(c.String(), in.CellWords(k), cs, in.Env)
		emit(c, dropPlaceLabels(c.String(), longest(append(cs, cemeteryNames(c.String(), in.CellWords(k), in.Env)...))))
	}
	return r
}

// printedAcrossTitle moves the start of a name that a title's reading
// cut (市长|青园公墓) back over the title's last character where the
// document prints the name with it elsewhere, the title's other
// characters not before it (长青园公墓 on a line of its own): the
// characters are a level and the name (市|长青园公墓), not a title and a
// name, as the document's own spelling of the name tells.
func printedAcrossTitle(s string, cs []candidate, titles []title, e *Env) []candidate {
	for n, c := range cs {
		for _, t := range titles {
			if t.end != c.start || utf8.RuneCountInString(t.word) < 2 {
				continue
			}
			_, w := utf8.DecodeLastRuneInString(t.word)
			if e.printedApart(t.word[:len(t.word)-w], s[c.start-w:c.end]) {
				cs[n].start = c.start - w
			}
		}
	}
	return cs
}

// printedApart reports whether the document prints name somewhere with
// no head before it.
func (e *Env) printedApart(head, name string) bool {
	return e.printedWhere("apart\x00"+head, name, func(whole string, j int) bool {
		return !strings.HasSuffix(whole[:j], head)
	})
}

// printedWhere reports whether the document prints name at some place j
// where at(whole, j) holds; rule names the test. Each rule and name is
// looked up once a document: a name a long document prints often would
// else be sought over all of it at each of its places.
func (e *Env) printedWhere(rule, name string, at func(whole string, j int) bool) bool {
	return e.memo(rule+"\x00"+name, func() bool {
		whole := e.Whole()
		for k := 0; ; {
			j := strings.Index(whole[k:], name)
			if j < 0 {
				return false
			}
			j += k
			if at(whole, j) {
				return true
			}
			k = j + len(name)
		}
	})
}

// memo answers a question about the whole document once: the answer to
// key, computed by ask the first time it is asked. Two workers that ask
// at once may both compute it; the answers are the same.
func (e *Env) memo(key string, ask func() bool) bool {
	e.apartMu.Lock()
	v, ok := e.apart[key]
	e.apartMu.Unlock()
	if ok {
		return v
	}
	v = ask()
	e.apartMu.Lock()
	if e.apart == nil {
		e.apart = map[string]bool{}
	}
	e.apart[key] = v
	e.apartMu.Unlock()
	return v
}

// labelColons end a unit's label.
var labelColons = newRuneSet(":：")

// unitLabels finds the units that label a paragraph (办公室：牵头开展…,
// 社会组织管理科：本周…): a unit named alone names one body in the context
// of the document that lists its work (GOLD.md), though its place is not
// printed. label is the length of such a label that opens s with its
// colon left out, as an item's title.
func unitLabels(s string, label int) []candidate {
	var out []candidate
	if label > 0 && label <= len(s) && unitLabel(s[:label]) {
		out = append(out, candidate{0, label, "unit-label"})
	}
	for start, end := range lineSpans(s) {
		line := s[start:end]
		if k := labelColons.index(line); k > 0 && strings.TrimSpace(strings.TrimLeft(line[k:], ":：")) != "" {
			// A label with text after it (各乡镇人民政府：, a 主送 line, has
			// none); a class of bodies is none.
			label := strings.TrimLeft(line[:k], " ")
			i := start + k - len(label)
			if unitLabel(label) {
				out = append(out, candidate{i, start + k, "unit-label"})
			}
		}
	}
	return out
}

// unitLabel reports whether a paragraph's label names one unit: a name's
// shape, no class of bodies (各乡镇), no list, no common word closing on
// the ending (政策破局: a heading's phrase, 破局 an act).
func unitLabel(label string) bool {
	_, class := lexicon.GenericPrefixes().Prefix(label)
	return agency.Shape(label) && !class && !strings.ContainsAny(label, "、") && !commonWordEnds(label)
}

// candidate is an agency name found at [start, end) of a text.
type candidate struct {
	start, end int
	rule       string
}

// spansOf is the set of the spans cs cover, for asking whether a span was
// found already.
func spansOf(cs []candidate) map[byteRange]bool {
	out := make(map[byteRange]bool, len(cs))
	for _, c := range cs {
		out[byteRange{c.start, c.end}] = true
	}
	return out
}

// findAgencies finds the agency names of s; no name crosses stops (the
// quantities and dates found before).
func findAgencies(s string, words wordsAt, t span.Text, titles []title, quantities, dates ranges, cells bool) []candidate {
	return findAgenciesSpaced(s, words, t, titles, quantities, dates, cells, false)
}

// findAgenciesSpaced is findAgencies in a document whose spaces between
// Chinese characters an extractor strewed inside words where strewn
// (Env.strewnDocument): there no space parts two names.
func findAgenciesSpaced(s string, words wordsAt, t span.Text, titles []title, quantities, dates ranges, cells, strewn bool) []candidate {
	spaced := t.HasGapAt // where a space of the source parts two words
	if strewn {
		spaced = func(int) bool { return false }
	}
	spans := protectedSpans(s, titlesOutsideNames(s, titles, words))
	protect := newAgencyText(s, spans, quantities, dates)
	protect.words = words
	protect.lineBreak = t.HasBreakAt
	var out []candidate
	// Issuers of documents cited by title: 《国家消防救援局 民政部关于…》.
	for _, p := range spans {
		if p.kind == '“' {
			// A quote that holds one body's name whole (选择“市民政局”).
			in := byteRange{p.Start + len("“"), p.End - len("”")}
			if quotedApp(s, in.Start, in.End) {
				continue // 打开“某某市政府”APP: an app's brand, no body
			}
			if q := s[in.Start:in.End]; agency.One(q, false) && agency.Shape(q) && !strings.Contains(q, "、") && !rankedHonour(q) && !commonWordEnds(q) && !kindFounded(s, p.Start, q) && !quotedWording(s, p.End) && !quotedProgramme(s, words(p.End), p.End, q) && !quotedBrand(q) && !quotedKind(s, words, in.Start, in.End) && !quotedAct(words, in.Start, in.End) {
				if st := placeBeforeQuote(s, words, p.Start); st >= 0 && !agency.HasLocality(q) {
					out = append(out, candidate{st, p.End, "quoted-placed"})
				} else {
					out = append(out, candidate{in.Start, in.End, "quoted"})
				}
			} else if c, ok := quotedSubject(s, words(in.Start), in); ok {
				out = append(out, c)
			} else {
				out = append(out, quotedNames(s, words(p.End), in)...)
			}
			continue
		}
		if p.kind == '《' && !periodicalAfter(s, p.End) {
			out = append(out, citedIssuers(s, spaced, p.Start+len("《"), p.End-len("》"))...)
		}
	}
	suffixes := lexicon.AgencySuffixes()
	gap, lists := wordGap(t, cells, strewn), map[int]bool{}
	var heads map[int]title // titles by their start, indexed when first asked
	var unleveled []candidate
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if !suffixes.MayEnd(r) {
			continue
		}
		if suffix, ok := suffixes.EndingAt(s, i); ok && (!protect.crosses(i-len(suffix), i) || partyHead(s, titleHeads(titles, &heads), protect, i, suffix) || titleInsideWholeName(titles, protect, i, suffix)) && !termAcross(s, i, suffix) {
			if ts := words(i - 1); endsWord(s, ts, i, suffix) || endsAtGap(spaced, ts, i, suffix) || namedListMemberEnds(s, words, i, suffix) {
				if c, ok := agencyEndingAt(s, ts, protect, gap, lists, i, suffix); ok {
					out = append(out, c...)
				} else if len(c) == 1 && (c[0].rule == levelWordRule || c[0].rule == shortNameRule || c[0].rule == listedBodyRule) {
					unleveled = append(unleveled, c[0])
				}
			}
		}
	}
	out = longest(out)
	out = append(out, listedBureaus(s, out, unleveled)...)
	out = append(out, levelSharedMembers(s, out)...)
	out = append(out, levelListMembers(s, out)...)
	out = longest(append(out, placeSharedMembers(s, words, out)...))
	out = longest(append(out, coordinatedMembers(s, words, out)...))
	out = longest(append(out, countedListMembers(s)...))
	out = longest(append(out, countedUnitMembers(s)...))
	out = longest(append(out, namedAgain(s, words, out)...))
	return slices.DeleteFunc(out, func(c candidate) bool { return zoneSharingHead(s, protect, c.end) })
}

// commonWordEnds reports whether q ends in a common word longer than the
// agency ending it ends in (“市内通办”: 通办, business handled anywhere, no
// 办 of an office; the non-agency words): a quoted term, no name.
func commonWordEnds(q string) bool {
	suffix, _ := agency.Ending(q)
	w, ok := lexicon.NonAgencyWords().Suffix(q)
	return ok && len(w) > len(suffix)
}

// placeSharedMembers finds the members of a list that a name of a place
// and a number heads (蔚县第二实验小学、第二中学、第一幼儿园): bodies of one
// kind that a place numbers (第二中学, 第一幼儿园) are named after the first
// by their numbers alone, the place going without saying. Each member
// opens with its number (第N) and runs to the next mark of the list with
// an agency ending; it is listed as written (GOLD.md).
func placeSharedMembers(s string, words wordsAt, cs []candidate) []candidate {
	var out []candidate
	for _, c := range cs {
		place, ok := lexicon.Places().At(s, c.start)
		if !ok || c.end <= c.start+len(place) || !bodyNumberAt(s, words(c.start), c.start+len(place)) {
			continue
		}
		for e := c.end; ; {
			j, ok := listJoinAt(s, e)
			if !ok {
				break
			}
			m := memberAt(s, j)
			if m < 0 || !bodyNumberAt(s, words(j), j) || !agency.One(s[j:m], false) {
				break
			}
			out = append(out, candidate{j, m, "list-place"})
			e = m
		}
	}
	return out
}

// bodyNumberAt reports whether a body's number (第二, 第3) stands at i,
// a word of its own before the name's words: not a count's measure
// (第二批, 第二所 number batches and things, no body).
func bodyNumberAt(s string, ts []segment.Token, i int) bool {
	k := ordinalEnd(s, i)
	if k < 0 {
		return false
	}
	if len(ts) == 0 {
		_, unit := lexicon.Units().At(s, k)
		return !unit
	}
	n := tokenAt(ts, k)
	return n >= 0 && ts[n].Tag != "q" && !lexicon.Units().Has(ts[n].Word)
}

// ordinalEnd is where a body's number (第二, 第3) that opens s[i:] ends,
// with a character after it, or -1.
func ordinalEnd(s string, i int) int {
	if !strings.HasPrefix(s[i:], "第") {
		return -1
	}
	j := i + len("第")
	_, k, ok := numeral.ChineseAt(s, j, 3)
	if !ok {
		for k = j; k < len(s) && k-j < 3 && s[k] >= '0' && s[k] <= '9'; k++ {
		}
	}
	if k == j || k >= len(s) {
		return -1
	}
	return k
}

// memberAt is where the list's member that starts at j ends: the first
// agency ending of its Chinese characters that the list's next mark or
// its end follows; -1 if none does.
func memberAt(s string, j int) int {
	for p := j; p < len(s); {
		r, w := utf8.DecodeRuneInString(s[p:])
		if !unicode.Is(unicode.Han, r) {
			return -1
		}
		p += w
		if _, ok := lexicon.AgencySuffixes().EndingAt(s, p); !ok {
			continue
		}
		if _, ok := listJoinAt(s, p); ok || memberEnd(s, p) {
			return p
		}
	}
	return -1
}

// conjunctions are the words that join two members of a list (和, 及, 与,
// 以及: cue words).
func conjunctions() *lexicon.Words { return lexicon.CueWordList("conjunction") }

// levelSharedMembers finds the members of a list that a name opening with
// its bare level or its place heads (县中心敬老院、社会福利院和…, 漳州市正兴
// 养护院、社会福利院（儿童福利院）、…): a member that is the trade's own
// word for one kind of office (社会福利院, nt in the domain lexicon) takes
// the level or the place the list opened with, as the list's words read
// 县社会福利院, and names one body in context (GOLD.md: 县福利院). Each
// member must be that word alone, or with its other name in brackets, up
// to the next mark of the list; after a place's name, an institution (a
// government's office there is one of the places listed before it).
func levelSharedMembers(s string, cs []candidate) []candidate {
	var out []candidate
	for _, c := range cs {
		if c.rule != "ending" {
			continue
		}
		byLevel := agency.UpperLevelAt(s, c.start)
		if _, byPlace := lexicon.Places().At(s, c.start); !byLevel && !byPlace {
			continue
		}
		for e := c.end; ; {
			j, ok := listJoinAt(s, e)
			if !ok {
				break
			}
			w, ok := lexicon.Domain().At(s, j)
			if !ok || lexicon.Domain().Label(w, 0) != "nt" {
				break
			}
			suffix, kind := agency.Ending(w)
			if suffix == "" || !byLevel && kind != "institution" {
				// 云安区、新兴县人民政府、民政局: an office of government
				// after a place's body is each place's, a class
				break
			}
			m := aliasAfter(s, j+len(w))
			if _, ok := listJoinAt(s, m); !ok && !memberEnd(s, m) {
				break
			}
			out = append(out, candidate{j, m, "list-level"})
			e = m
		}
	}
	return out
}

// listJoinAt is where the member after a list's mark (、 or a
// conjunction) at e starts.
func listJoinAt(s string, e int) (int, bool) {
	if strings.HasPrefix(s[e:], "、") {
		return e + len("、"), true
	}
	if c, ok := conjunctions().At(s, e); ok {
		return e + len(c), true
	}
	return e, false
}

// memberEnd reports whether a list's member ends at e: the text ends, a
// mark that is no Chinese character follows, or 等 closes the list.
func memberEnd(s string, e int) bool {
	r, _ := utf8.DecodeRuneInString(s[e:])
	return e == len(s) || !unicode.Is(unicode.Han, r) || r == '等'
}

// forwardVerbs are the verbs of a forwarding or issuing title (转发性通知,
// 印发性通知 of 《党政机关公文处理工作条例》): 《市政府办公厅转发江宁区政府
// 〈…〉的通知》 names the forwarding body before the verb and the body
// whose document it forwards after it.
var forwardVerbs = []string{"转发", "批转", "印发"}

// kindFounded reports whether a verb of setting a body up (the agency
// boundaries labelled found: 组建, 成立) stands right before the quote
// opening at open, and the quoted name q has no place's name of its own
// (鼓励组建“社区救助顾问工作室”): the kind of body to be set up, a class.
func kindFounded(s string, open int, q string) bool {
	w, ok := lexicon.AgencyBoundaries().EndingAt(s, open)
	if !ok || lexicon.AgencyBoundaries().Label(w, 0) != "found" {
		return false
	}
	if _, placed := lexicon.Places().At(q, 0); placed {
		return false
	}
	return bareLevel(q) || !agency.HasLocality(q)
}

// citedIssuers finds the issuers a document's title cited in 《》 names,
// [i, j) being inside the brackets: the bodies before its 关于 (《省政府
// 关于…的意见》), before and after a forwarding verb (《市政府办公厅转发
// 江宁区政府〈关于…〉的通知》), and those of the title it forwards in 〈〉
// (《关于印发<…2019年工作要点>的通知》); with no 关于, the issuers that open
// it (leadingIssuers).
func citedIssuers(s string, spaced func(int) bool, i, j int) []candidate {
	inner, innerEnd := strings.IndexAny(s[i:j], "<〈"), -1
	if inner >= 0 {
		inner += i
		if b := strings.IndexAny(s[inner:j], ">〉"); b > 0 {
			innerEnd = inner + b
		}
	}
	// The words before the first 关于 or the title inside, whichever
	// comes first.
	head := j
	if k := aboutIndex(s[i:j]); k >= 0 {
		head = i + k
	}
	if innerEnd > 0 && inner < head {
		head = inner
	}
	var out []candidate
	if head < j && aboutIndex(s[head:j]) == 0 {
		out = append(out, forwardedIssuer(s, head+len("关于"), j)...)
	}
	switch {
	case head == j:
		out = leadingIssuers(s, spaced, i, j)
	case head > i:
		// after: a body named whole stands last before the member, so
		// a co-issuer may follow it named short (coIssuerShort).
		after := false
		for _, pc := range splitAtGaps(s, spaced, i, head) {
			for n, q := range splitAtVerbs(s, pc) {
				after = after && n == 0 // past a verb: the body forwarded
				for _, m := range listedIssuers(s, q) {
					got := jointIssuers(s, m)
					if m = trimSpaceStart(s, m); len(got) == 0 && after && coIssuerShort(s[m.Start:m.End]) {
						got = []candidate{{m.Start, m.End, "cited-issuer"}}
					}
					after = len(got) > 0
					out = append(out, got...)
				}
			}
		}
	}
	if innerEnd > 0 {
		_, w := utf8.DecodeRuneInString(s[inner:])
		out = append(out, citedIssuers(s, spaced, inner+w, innerEnd)...)
	}
	return out
}

// aboutWords are 关于 as a cited title prints it: 關於 in traditional
// script maps to 关於, 於 being a character of simplified text too.
var aboutWords = []string{"关于", "关於"}

// aboutIndex is where the first 关于 of s starts, or -1. Both forms are
// the same length.
func aboutIndex(s string) int {
	first := -1
	for _, w := range aboutWords {
		if k := strings.Index(s, w); k >= 0 && (first < 0 || k < first) {
			first = k
		}
	}
	return first
}

// forwardedIssuer finds the body whose document a title forwards or
// issues right after its 关于 (《关于转发国务院办公厅国办发明电…的通知》):
// the verb, then the body's name, the longest that opens the words up to
// the next 关于, a bracket or a mark; k is where the verb would stand.
func forwardedIssuer(s string, k, j int) []candidate {
	v, ok := verbAt(s, k, j)
	if !ok {
		return nil
	}
	start := k + len(v)
	end := start
	for end < j && aboutIndex(s[end:j]) != 0 {
		r, w := utf8.DecodeRuneInString(s[end:])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		end += w
	}
	// An ending of two characters or more first: the one-character 办
	// of a 发文字号's issuer code (国办发) runs on after the name; nor
	// does a name end where the code's kind of paper follows (国办|发明电),
	// nor inside a word the ending opens (管理办|法, the rule issued).
	suffixes := lexicon.AgencySuffixes()
	for _, least := range []int{2, 1} {
		for e := end; e > start; {
			if suffix, ok := suffixes.EndingAt(s, e); ok && utf8.RuneCountInString(suffix) >= least && !codeLetterAt.MatchString(s[e:]) && !endingOpensWord(s, e, suffix) && agency.One(s[start:e], false) && agency.HasLocality(s[start:e]) {
				return jointIssuers(s, byteRange{start, e})
			}
			_, w := utf8.DecodeLastRuneInString(s[:e])
			e -= w
		}
	}
	return nil
}

// jointIssuers is the issuers [q.Start, q.End) of s names, where that is
// one name or names run together: a 联合发文 title prints its issuers with
// no mark between them (中共…委员会办公厅|西藏自治区人民政府办公厅), each
// ending at its ending and the next opening with its place or 中共
// (splitJoined). Nothing where the words name no body.
func jointIssuers(s string, q byteRange) []candidate {
	name := s[q.Start:q.End]
	if parts := splitJoined(name, q.Start, nil); len(parts) > 1 {
		var out []candidate
		for k, p := range parts {
			if !agency.One(p.text, false) && !jointDepartment(parts, k) {
				out = nil
				break
			}
			out = append(out, candidate{q.Start + p.off, q.Start + p.off + len(p.text), "cited-issuer"})
		}
		if out != nil {
			return out
		}
	}
	if agency.One(name, false) {
		return []candidate{{q.Start, q.End, "cited-issuer"}}
	}
	return nil
}

// listedIssuers is the issuers' words [q.Start, q.End) of s as a list of
// bodies: the list ends at a 等 that closes it after a whole name (《民政部
// 等22部委局印发…》, 《民政部、教育部等部门关于…》), the count and kind
// after 等 naming no body, and its members stand apart at 、.
func listedIssuers(s string, q byteRange) []byteRange {
	for k := q.Start; k < q.End; {
		if strings.HasPrefix(s[k:], "等") && k > q.Start && agency.One(s[lastMemberStart(s, q.Start, k):k], false) {
			q.End = k
			break
		}
		_, w := utf8.DecodeRuneInString(s[k:])
		k += w
	}
	var out []byteRange
	start := q.Start
	for k := q.Start; k < q.End; {
		if strings.HasPrefix(s[k:], "、") {
			out = append(out, byteRange{start, k})
			start = k + len("、")
		}
		_, w := utf8.DecodeRuneInString(s[k:])
		k += w
	}
	return append(out, byteRange{start, q.End})
}

// lastMemberStart is where the list member ending at k of s starts: after
// the last 、 from start, or start.
func lastMemberStart(s string, start, k int) int {
	if j := strings.LastIndex(s[start:k], "、"); j >= 0 {
		return start + j + len("、")
	}
	return start
}

// splitAtVerbs splits r of s at the forwarding verbs in it.
func splitAtVerbs(s string, r byteRange) []byteRange {
	var out []byteRange
	start := r.Start
	for k := r.Start; k < r.End; {
		if v, ok := verbAt(s, k, r.End); ok {
			out = append(out, byteRange{start, k})
			k += len(v)
			start = k
			continue
		}
		_, w := utf8.DecodeRuneInString(s[k:])
		k += w
	}
	return append(out, byteRange{start, r.End})
}

// verbAt is the forwarding verb at byte k of s, ending by end.
func verbAt(s string, k, end int) (string, bool) {
	for _, v := range forwardVerbs {
		if k+len(v) <= end && strings.HasPrefix(s[k:], v) {
			return v, true
		}
	}
	return "", false
}

// leadingIssuers finds the issuers that open a cited title with no 关于
// in it: co-issuers a gap apart before the title's words (《深圳市民政局
// 深圳市福田区人民政府推进…协议》), or one issuer before the year of a
// plan or a review (《…全面深化改革委员会2019年工作要点》).
func leadingIssuers(s string, spaced func(int) bool, i, j int) []candidate {
	suffixes := lexicon.AgencySuffixes()
	var out []candidate
	for n, pc := range splitAtGaps(s, spaced, i, j) {
		if figureAt(s, pc.Start) {
			// 《2022年度…申报表》: a title that opens with its year names
			// its subject first; the issuer, printed before the year
			// when printed at all, is not there.
			break
		}
		if agency.One(s[pc.Start:pc.End], false) {
			out = append(out, jointIssuers(s, pc)...)
			continue
		}
		if n == 0 {
			if e, ok := charterBody(s, pc.Start, j); ok {
				out = append(out, candidate{pc.Start, e, "cited-issuer"})
				break
			}
			if e, ok := ruleIssuer(s, pc.Start, j); ok {
				out = append(out, candidate{pc.Start, e, "cited-issuer"})
				break
			}
		}
		// The longest name that opens the piece: it follows an issuer
		// named whole, or a year follows it. An ending cut from a word
		// (管理办|法) closes none; nor one past a figure (…核对中心2018年度
		// 部|门决算), where the scan goes on back to the name before the
		// year (figureInside).
		for e := pc.End; e > pc.Start; {
			_, w := utf8.DecodeLastRuneInString(s[:e])
			if suffix, ok := suffixes.EndingAt(s, e); ok && e-len(suffix) > pc.Start && !endingOpensWord(s, e, suffix) && !figureInside(s[pc.Start:e]) && agency.One(s[pc.Start:e], false) {
				if n > 0 && len(out) == n || e < len(s) && s[e] >= '0' && s[e] <= '9' {
					out = append(out, candidate{pc.Start, e, "cited-issuer"})
				}
				break
			}
			e -= w
		}
		break
	}
	return out
}

// agencyEndingAt reads the name that the ending at e closes: where it
// starts (agencyStart, agencies_start.go), then whether the words from
// there name one body, and where they name two run together.
func agencyEndingAt(s string, ts []segment.Token, protect *agencyText, gap func(int) bool, memo map[int]bool, e int, suffix string) ([]candidate, bool) {
	// 中央政府门户网站 as a page's source is a medium's name, no body; a
	// body's own website in the text (从乌海市民政局门户网站下载) names
	// the body (sourceNamed, once the name's start is known).
	medium := mediumAt(s, ts, e)
	if docNumberAfter(s, e) {
		return nil, false // 城中文明办[2020]32号: a 发文字号's issuer code, no name
	}
	if venueWord(s, e, suffix) {
		return nil, false // 县行政中心: a building where offices sit, no body
	}
	if sessionAfter(s, e) {
		return nil, false // 十四届全国人大|一次会议: a congress's session, a meeting
	}
	if studyGroupAt(s, e, suffix) {
		return nil, false // 党组理论中心|组: a study group, no centre (agencies_studygroup.go)
	}
	if kindAfterBody(s, e, suffix) {
		return nil, false // 福德陵园|经营性公墓: the body's kind, after its name (agencies_kindafterbody.go)
	}
	i, weak, ok := agencyStart(s, ts, protect, gap, e, suffix)
	if l, named := canteenCommunityStart(ts, e-len(suffix)); named && lexicon.AgencySuffixes().Label(suffix, 1) == "traded" && (!ok || i > l) {
		i, weak, ok = l, false, true // 长源社区|敬老/v 餐厅: the canteen opens with its community's name, no verb's object
	}
	if !ok {
		if l, ok := foundedGroup(s, ts, e-len(suffix), suffix); ok {
			return []candidate{{l, e, "founded-group"}}, true // 成立了|政府信息公开/ad 领导小组: the scan read an adverb
		}
		return nil, false
	}
	if countedAfter(s, aliasAfter(s, e), protect.lineBreak) && (!agency.HasLocality(s[i:e]) || measuredCountAfter(s, aliasAfter(s, e))) {
		return nil, false // 社区养老服务站805个, 社会福利医院(精神病院)155个: a kind of body counted, a class
	}
	if tallyAfter(s, aliasAfter(s, e)) {
		return nil, false // 某市社区养老服务中心|增加至18个: a kind of body counted, a class
	}
	if bodyCountInside(s, ts, i, e-len(suffix)) {
		return nil, false // 郑陆镇|首家|综合养老服务中心: the first of a kind, described
	}
	// A community's name holds no second community after it: 东盛社区|
	// 未来社区 is a body, then a kind of project done there.
	if lexicon.Levels().Has(suffix) && i < e-len(suffix) {
		if k := strings.Index(s[i:e-len(suffix)], suffix); k > 0 {
			e = i + k + len(suffix)
		}
	}
	e = builtStandardEnd(s, ts, i, e) // 某市儿童福利院|标准化档案室建设: the body, then the room built
	if medium && siteNameAt(s, e) && !governmentPortal(s[i:e]) {
		return nil, false // 某省政府网, 中国政府网: a website's own name, its owner's name inside
	}
	if !agency.HasLocality(s[i:e]) && checkboxOption(s, i) {
		return nil, false // ■政务服务中心 □便民服务站: a form's options, kinds of channel
	}
	if medium && (sourceNamed(s, i, e) || siteAddressAfter(s, e)) || datelineAfter(s, e) && lineOpensAt(s, i) {
		return nil, false // 中央政府门户网站 www.gov.cn, 据民政部网站消息: the page's source
	}
	name := s[i:e]
	if collectiveUnitEnds(s, i, e) {
		return nil, false // 牵头处室, 省民政厅对口处室: a unit's role, no unit
	}
	if branchWithoutBank(name) {
		return nil, false // 正文分行: the verb of printing in lines, no bank's branch
	}
	if particleSuo(s, e, name) {
		return nil, false // 团体志愿者服务|所产生的时间: 所 before a verb, no ending
	}
	if garbledName(s, ts, i, e) {
		return nil, false // 厣夏甓染用袢司: characters of a text decoded in the wrong code page
	}
	if gluedToIdentifier(s, i) {
		return nil, false // app_某某体育办公室: an identifier's tail, a page's spam or a file's name
	}
	if outletOfInfoLine(s, i, e) {
		return nil, false // 石首市融媒体中心发布时间:…: the page's source outlet
	}
	if !agency.HasLocality(name) && protect.mastheadAfter(s, e) {
		return nil, false // 365网站余额截图民政局文件: a masthead names its body by its place
	}
	if !agency.HasLocality(name) && (levelsBracketedBefore(s, i) || builtKindAfter(s, ts, i)) {
		// 镇(办)|殡仪服务中心: each town's and each office's, a class;
		// 集中建设的|未成年人保护中心: the kind that a plan builds
		return nil, false
	}
	if bareLevel(name) && (recipientLine(s, i, e) || areaAt(s, e) || bareLevelListed(s, i)) {
		// 镇人民政府、街道办事处：: every town's and street's, a class;
		// 街道办事处|区划: the division of every street's office; 镇、|
		// 村公益性公墓: the bare levels listed name every town's and
		// every village's
		return nil, false
	}
	if bareLevel(name) && divisionChangedBefore(s, i) {
		return nil, false // 撤销|街道办事处: the kind of division changed
	}
	if kindInContext(s, i, e, suffix) {
		return nil, false // 公益性公墓是指…, 户籍所在地的街道办事处, 设置…成果馆: a kind defined, of a residence, a fair's hall
	}
	if townshipsAndOffices(name) || levelClassInside(s, i, e) || placedKind(name) {
		return nil, false // 示范点创建的乡办工作: the townships and street offices, a class
	}
	if numeralOpens(name, i, ts) || genericList(s, protect.words, i, e, memo) || addressAfter(s, e, protect.hanRunEnd(s, e)) || bracketInAddress(s, e, protect) {
		return nil, false
	}
	if levelPairOpens(name, i, ts) {
		return nil, false // 省州|党委, 县乡|人民政府: the bodies of two levels of division, a class
	}
	if levelInWord(name, i, ts) {
		// 市场监管局: no level, but a bureau's own name that a list may
		// share a level with (listedBureaus).
		return []candidate{{i, e, levelWordRule}}, false
	}
	if _, ok := lexicon.LocationLeads().EndingAt(s, i); ok && (lexicon.Levels().Has(suffix) || utf8.RuneCountInString(suffix) == 1) {
		// 位于|相城区太平街道区域内, 所在地为|南部: a division or a part
		// of a place where something lies is a place; a body's name with
		// its words after the lead (位于|东湖公园游客服务中心) still
		// names the body, a landmark.
		return nil, false
	}
	if withinPlace(s, i, e-len(suffix)) {
		return nil, false // 招远市境内|殡仪馆: every one that lies in the place, a class
	}
	if !agency.HasLocality(name) && !townNamed(name, i, ts) && strings.HasPrefix(s[e:], "、") && protect.facilitiesListed(s, e) {
		// 兴建殡仪服务站、骨灰堂等殡葬设施: kinds of facility listed; a
		// township's own name (演丰镇吴贤秀公墓、…等场所) names one
		return nil, false
	}
	if !agency.HasLocality(name) && !townNamed(name, i, ts) && !(properNameOpens(name, i, ts) && !kindsIncluded(s, i)) && !(placeInside(ts, i, e-len(suffix)) && !commonPlaceWordOpens(ts, i, e-len(suffix))) && !zoneOpens(name) && !roadDivisionInside(name) && !endingAlone(name) && (strings.HasSuffix(s[:i], "、") || strings.HasPrefix(s[e:], "、")) && protect.closedByDeng(s, e) {
		if mergedShortName(name, i, ts) {
			return []candidate{{i, e, shortNameRule}}, false // 记者站、文旅局、…等: see listedBureaus
		}
		if !weak && (governmentBody(name) || listedSocialBody(name)) {
			return []candidate{{i, e, listedBodyRule}}, false // 市民政局、城市执法局、卫健委等: see listedBureaus
		}
		return nil, false // 养老机构、居家服务中心、照料中心等: kinds of body listed
	}
	if lexicon.Levels().Has(suffix) && protect.facilitiesListed(s, e) {
		// 城区街道、居民社区等公共场所: a division among facilities listed
		// is a kind of place where something is done, no body that acts.
		return nil, false
	}
	if placeEnding(s, e, suffix) && protect.placesListed(s, e) {
		return nil, false // 成都高新区、成华区等地: places where something is done
	}
	if fieldListMember(s, protect, i, e) {
		return nil, false // 教育、财政…医保、残联等部门: a field among fields, a class
	}
	if classConjunct(s, i, e) {
		return nil, false // 农村、社区居家养老服务中心: kinds of body in both
	}
	if tradeAlone(s, ts, i, e, suffix) {
		return nil, false // 会计师事务所, 物业公司: a kind of firm
	}
	if programmeOf(s, ts, i, e) {
		return nil, false // 社会工作服务站|项目: a programme named after a kind of body
	}
	if placeOfNoun(s, ts, e, suffix) {
		return nil, false // 相城区太平街道|部分道路: the place of what follows, no body
	}
	if placeEnding(s, e, suffix) && withinAt(s, e) {
		return nil, false // 重庆市高新区|范围内: the extent of what is done, no body
	}
	if w, ok := lexicon.Stance().Prefix(name); ok && lexicon.Levels().Has(name[len(w):]) {
		return nil, false // 新建|社区, 完成|街道: a class of new divisions, no body
	}
	if weak && ownBodyUnit(name, i, ts) {
		weak = false // 反馈|局社会事务股: the unit of the writing bureau
	}
	var out []candidate
	parts := splitJoined(name, i, ts)
	for k, part := range parts {
		at := i + part.off
		if pe := at + len(part.text); pe < e && venuePart(s, pe, part.text) {
			continue // 68号行政中心|市民政局: a building of the address, then the body
		}
		weak := weak || stanceLed(name, part.off) // 某社区新建|嵌入式养老服务中心: a kind
		if agency.One(part.text, weak) || !weak && (unitOfBody(part.text) || zoneBody(part.text) || levelFieldUnit(part.text) || setUpUnitAt(s, ts, at, part.text) || jointDepartment(parts, k)) {
			end := at + len(part.text)
			if end == e {
				end = aliasAfter(s, e)
			}
			out = append(out, candidate{at, end, "ending"})
		} else if l, ok := foundedGroup(s, ts, at, part.text); ok {
			out = append(out, candidate{l, at + len(part.text), "founded-group"}) // 成立|安全生产大检查工作领导小组
		} else if pointedGroup(s, at, part.text) {
			out = append(out, candidate{at, at + len(part.text), "pointed-group"}) // 我县|殡葬改革领导小组
		} else if l, ok := guessedPlace(s, ts, at); ok && l < at+len(part.text) && agency.One(s[l:at+len(part.text)], weak) {
			out = append(out, candidate{at, at + len(part.text), "guessed-place"})
		}
	}
	if len(out) == 0 && mergedShortName(name, i, ts) {
		// 文旅局: a merged bureau's short name, one body only as a
		// member of a list that names its place (listedBureaus).
		return []candidate{{i, e, shortNameRule}}, false
	}
	return out, len(out) > 0
}

// ownBodyUnit reports whether name (at byte off of the text) is a unit
// named after a government body's bare ending (局|社会事务股, 厅|办公室): the
// ending cut as a word alone stands for the writing body (本局, as a
// notice calls its issuer), and the unit's ending (股, 科, 室: kind unit)
// with words of its own after it names one of its units.
func ownBodyUnit(name string, off int, ts []segment.Token) bool {
	k := tokenAt(ts, off)
	if k < 0 || utf8.RuneCountInString(ts[k].Word) != 1 || ts[k].End-off >= len(name) {
		return false
	}
	if _, kind := agency.Ending(ts[k].Word); kind != "government" {
		return false
	}
	suffix, kind := agency.Ending(name)
	return kind == "unit" && utf8.RuneCountInString(name[ts[k].End-off:len(name)-len(suffix)]) >= 2
}

// placeInside reports whether the segmenter read a place's proper name
// (ns) among the words [i, j) before a name's ending (交警|南开|支队|志愿服务
// 队): a name that holds its place's name after the field it serves
// names one body, as one that opens with it does. Inside the name, after
// its first word, a two-character word the segmenter tags ns that no
// division of the gazetteer is named (社会|福利/ns|中心, 社会|治安/ns) is
// a common word of the field the body serves, no place's name; one that
// opens the name is read as a place (中国/ns|残联, the country's).
func placeInside(ts []segment.Token, i, j int) bool {
	for k := tokenOver(ts, i+1); k >= 0 && k < len(ts) && ts[k].Start < j; k++ {
		if ts[k].Start >= i && ts[k].End <= j && ts[k].Tag == "ns" && !(ts[k].Start > i && fieldTaggedPlace(ts[k].Word)) {
			return true
		}
	}
	return false
}

// fieldTaggedPlace reports whether w, tagged ns, is two characters long
// and names no division the gazetteer knows (福利, 治安): the segmenter's
// guess at a common word, not a place's name (南开, 海淀).
func fieldTaggedPlace(w string) bool {
	if utf8.RuneCountInString(w) != 2 {
		return false
	}
	p, ok := lexicon.Places().At(w, 0)
	return !ok || p != w
}

// fieldListMember reports whether the name [i, e) is an ending alone (残联,
// 工会) that follows a member with no body's ending in a list closed by 等
// (教育、财政、医保、残联等部门): the list names fields of work, each the
// departments of that field at every level, and the ending among them is
// one more such field, a class (GOLD.md: a generic class is no agency).
func fieldListMember(s string, protect *agencyText, i, e int) bool {
	if !endingAlone(s[i:e]) || !strings.HasSuffix(s[:i], "、") || !protect.closedByDeng(s, e) {
		return false
	}
	k := i - len("、")
	r, _ := utf8.DecodeLastRuneInString(s[:k])
	if !unicode.Is(unicode.Han, r) {
		return false
	}
	_, named := lexicon.AgencySuffixes().EndingAt(s, k)
	return !named
}

// datelineAfter reports whether the mark of a news lead's dateline (消息,
// 讯: the agency cues labelled dateline) follows the name that ends at e,
// and a space, a mark or the text's end follows the mark: the name is
// the report's outlet where it opens its line (lineOpensAt). After 据
// (据…指挥部消息) a body is named as the source of what is reported.
func datelineAfter(s string, e int) bool {
	cues := lexicon.AgencyCues()
	// 岳阳县融媒体中心2月1日讯: the lead may print the day between the
	// outlet and its mark.
	e += len(leadDay.FindString(s[e:]))
	w, ok := cues.At(s, e)
	if !ok || cues.Label(w, 0) != "dateline" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[e+len(w):])
	return e+len(w) == len(s) || !unicode.Is(unicode.Han, r)
}

// leadDay is a day a news lead prints before its dateline's mark: 2月1日,
// 2020年2月1日, 二月一日.
var leadDay = regexp.MustCompile(`^(?:[0-9０-９〇零一二三四五六七八九]{2,4}年)?[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日`)

// lineOpensAt reports whether the name at i opens its line, white space
// before it aside.
func lineOpensAt(s string, i int) bool {
	_, ok := spaceBackTo(s, i)
	return ok
}

// spaceBackTo walks back from i over white space to the start of its line
// and returns that start; ok is false at the first other character, where
// the walk stops (a page printed in one line has its line's start far).
func spaceBackTo(s string, i int) (ls int, ok bool) {
	for ls = i; ls > 0 && s[ls-1] != '\n'; {
		r, w := utf8.DecodeLastRuneInString(s[:ls])
		if !unicode.IsSpace(r) {
			return 0, false
		}
		ls -= w
	}
	return ls, true
}

// programmeOf reports whether the name [i, e) qualifies a noun of a
// programme right after it (社会工作服务站项目: the agency cues labelled
// programme), or of a system of bodies (慈善会系统, labelled system, where
// a whole area's word, 全国, may scope the kind), with no place, level or
// proper name of its own: the words
// name the kind of body the programme sets up, a class (GOLD.md), where
// 市民政局项目 names the body's own.
func programmeOf(s string, ts []segment.Token, i, e int) bool {
	cues := lexicon.AgencyCues()
	w, ok := cues.At(s, e)
	if !ok || cues.Label(w, 0) != "programme" && cues.Label(w, 0) != "pilot" && cues.Label(w, 0) != "system" {
		return false
	}
	if cues.Label(w, 0) == "system" {
		// 全国|慈善会|系统: the whole area's bodies of the kind, as 慈善会系统
		// alone; 全国 scopes the class, no place of one body.
		if p, ok := lexicon.GenericPrefixes().Prefix(s[i:e]); ok && lexicon.GenericPrefixes().Label(p, 0) == "whole" {
			i += len(p)
		}
	}
	if cues.Label(w, 0) == "pilot" && pilotKind(s[i:e]) {
		return true // 省智慧养老院试点: the kind a scheme tries out
	}
	return !agency.HasLocality(s[i:e]) && !properNameOpens(s[i:e], i, ts) && !townNamed(s[i:e], i, ts)
}

// particleSuo reports whether the 所 that closes name (ending at e) is the
// particle of 所 + verb + 的 (团体志愿者服务所产生的时间: the time that group
// volunteering produces), no ending of an office: a verb of one or two
// characters and 的 follow it, and the name has no place or level of its
// own (a body so named, 城关派出所提供的线索, is one). A title after the
// ending (所长) is the office's.
func particleSuo(s string, e int, name string) bool {
	if !strings.HasSuffix(name, "所") || agency.HasLocality(name) {
		return false
	}
	if _, ok := lexicon.Titles().At(s, e-len("所")); ok {
		return false
	}
	n := 0
	for k := e; k < len(s) && n <= 2; {
		r, w := utf8.DecodeRuneInString(s[k:])
		if r == '的' {
			return n > 0
		}
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		n++
		k += w
	}
	return false
}

// pilotKind reports whether name, before the noun of a pilot scheme,
// opens with a bare level of one character, no place's name, and ends as
// a public institution's name (省|智慧养老院试点): the kind of institution
// the scheme tries out. A government's office so named (市民政局试点) is
// where a scheme is tried, one body.
func pilotKind(name string) bool {
	if _, placed := lexicon.Places().At(name, 0); placed || agency.OneCharLevel(name) == "" {
		return false
	}
	_, kind := agency.Ending(name)
	return kind == "institution"
}

// townNamed reports whether name (at byte off of the text) opens with a
// township's name the gazetteer does not hold (定城镇政府, 雷鸣镇…工作站):
// two characters or more, then the level of a township (镇, 乡, 街道, as
// the levels lexicon labels them), the county gazetteer ending above
// them. A place so named makes the member of a list closed by 等 one body
// (GOLD.md: named bodies listed with 等 are names). The words before the
// level are no common word of the dictionary (中心镇, 重点镇 are kinds of
// town), nor a word of category (乡镇).
func townNamed(name string, off int, ts []segment.Token) bool { return townLevel(name, off, ts) >= 0 }

// townLevel is where the level word of the township townNamed reads
// starts in name, or -1.
func townLevel(name string, off int, ts []segment.Token) int {
	n := 0
	for k, r := range name {
		if n >= 2 {
			if _, level, ok := agency.LevelAt(name, k); ok && level == "乡" {
				if _, class := lexicon.GenericPrefixes().Prefix(name); class {
					return -1
				}
				if j := tokenEndingAt(ts, off+k); j >= 0 && utf8.RuneCountInString(ts[j].Word) >= 2 {
					switch ts[j].Tag {
					case "ns", "nr", "nz", "x":
					default:
						return -1
					}
				}
				return k
			}
		}
		if !unicode.Is(unicode.Han, r) {
			return -1
		}
		if n++; n > 4 {
			return -1
		}
	}
	return -1
}

// bareLevel reports whether name opens with the level word of a township
// or a village (镇, 街道, 社区) with no place's name before it: 镇人民政府
// is some town's government, which one the context must tell.
func bareLevel(name string) bool {
	if _, ok := lexicon.Places().At(name, 0); ok {
		return false
	}
	_, level, ok := agency.LevelAt(name, 0)
	return ok && (level == "乡" || level == "村")
}

// divisionChangedBefore reports whether a verb that abolishes or turns
// a division into another (撤销, 改设: the agency boundaries labelled
// change) ends at i: a bare level after it (撤销街道办事处, 改设社区居委会)
// names the kind of division the change ends or makes, as a 请示 on
// 行政区划调整 states it, no one body; one division so changed is named
// with its place (撤销某某镇). A body set up (成立社区…工作站) is another
// matter: the verbs labelled found are not read here.
func divisionChangedBefore(s string, i int) bool {
	b := lexicon.AgencyBoundaries()
	w, ok := b.EndingAt(s, i)
	return ok && b.Label(w, 0) == "change"
}

// bareLevelListed reports whether a bare level of one character stands
// before a 、 right before i (镇、|村公益性公墓, 乡、|村两级): the levels
// listed with no place's name name every division of each, so the bare
// level's name after them is a class. A level that closes a place's name
// (城关镇、) names one division and is no bare level.
func bareLevelListed(s string, i int) bool {
	k, ok := strings.CutSuffix(s[:i], "、")
	if !ok {
		return false
	}
	lv, _ := utf8.DecodeLastRuneInString(k)
	if agency.OneCharLevel(string(lv)) == "" {
		return false
	}
	_, placed := lexicon.Places().EndingAt(k, len(k))
	return !placed
}

// levelsBracketedBefore reports whether a bare level of one character
// with more levels in brackets after it stands right before i (镇(办)|殡仪
// 服务中心, 县(市、区)|民政局): the levels name every division of each, and
// a name with no place of its own after them is a class.
func levelsBracketedBefore(s string, i int) bool {
	r, w := utf8.DecodeLastRuneInString(s[:i])
	if r != ')' && r != '）' {
		return false
	}
	// Back over the bracket's levels, one character each, parted by 、;
	// 办 is a street's office (街道办) beside the levels.
	k, levels := i-w, 0
	for k > 0 {
		r, w = utf8.DecodeLastRuneInString(s[:k])
		switch {
		case r == '(' || r == '（':
			lv, _ := utf8.DecodeLastRuneInString(s[:k-w])
			if levels == 0 || agency.OneCharLevel(string(lv)) == "" {
				return false
			}
			_, placed := lexicon.Places().EndingAt(s, k-w)
			return !placed
		case r == '、':
		case r == '办' || agency.OneCharLevel(string(r)) != "":
			levels++
		default:
			return false
		}
		k -= w
	}
	return false
}

// levelsBracketedAt reports whether the list member [k, j) of s opens
// with a bare level and more levels in brackets (县(市、区)委文明办), k
// being where the scan back over it stopped (inside the brackets, at
// their 、): the list names the bodies of every division of each, a
// class.
func levelsBracketedAt(s string, k, j int) bool {
	c := strings.IndexAny(s[k:j], ")）")
	if c < 0 {
		return false
	}
	_, w := utf8.DecodeRuneInString(s[k+c:])
	return levelsBracketedBefore(s, k+c+w)
}

// builtKindAfter reports whether the words right before i are a verb of
// building or setting up (the stance words: 建设, 新建, 建成) and 的
// (集中建设的|未成年人保护中心): a name with no place after them is the kind
// of body built, a class.
func builtKindAfter(s string, ts []segment.Token, i int) bool {
	k, ok := strings.CutSuffix(s[:i], "的")
	if !ok {
		return false
	}
	t := tokenEndingAt(ts, len(k))
	return t >= 0 && (leadingVerb(ts[t].Tag) || ts[t].Tag == "vn") && lexicon.Stance().Has(ts[t].Word)
}

// townshipsAndOffices reports whether name is a township's bare level of
// one character and 办 alone (乡办, 镇办: an ending that needs its place,
// labelled local): the pair 乡(镇)、办(事处), the townships and the street
// offices of a county or a district, which its pages print as one word
// for all of them, a class (GOLD.md), no office of one place.
func townshipsAndOffices(name string) bool {
	w, level, ok := agency.LevelAt(name, 0)
	if !ok || level != "乡" || utf8.RuneCountInString(w) != 1 {
		return false
	}
	rest := name[len(w):]
	return utf8.RuneCountInString(rest) == 1 && lexicon.AgencySuffixes().Label(rest, 1) == "local"
}

// recipientLine reports whether the name at [i, e) stands in a 主送 line
// (GB/T 9704-2012 §7.3.2, 主送机关): a line of names of bodies alone,
// parted by 、 or ， and closed by a colon. Addressed there, a level with
// no place's name (镇人民政府、街道办事处：) names every body of that
// level under the issuer, as 各镇人民政府 does.
func recipientLine(s string, i, e int) bool {
	if !recipientRunes(s, i) {
		return false
	}
	start, end := lineBounds(s, i, e)
	line := strings.TrimRight(s[start:end], " \u3000")
	body, ok := strings.CutSuffix(line, "：")
	if !ok {
		body, ok = strings.CutSuffix(line, ":")
	}
	if !ok {
		return false
	}
	members := membersOutsideBrackets(body)
	for _, m := range members {
		if !agency.Shape(m) {
			return false
		}
	}
	return len(members) > 0
}

// recipientRunes reports whether the line that holds i holds only what a
// 主送 line may: the characters of names (Han, brackets, 、·: agency.Shape)
// and the marks and spaces between them (、，, membersOutsideBrackets) up
// to a colon, and nothing but spaces after the colon to the line's end.
// Any other character makes a member no name or the line no 主送 line, so
// the walks stop at it, short of the ends of a line a whole page long.
func recipientRunes(s string, i int) bool {
	ls := i
	for ls > 0 && s[ls-1] != '\n' {
		r, w := utf8.DecodeLastRuneInString(s[:ls])
		if !recipientRune(r) && r != '：' && r != ':' {
			return false
		}
		ls -= w
	}
	colon := false
	for p := ls; p < len(s) && s[p] != '\n'; {
		r, w := utf8.DecodeRuneInString(s[p:])
		p += w
		switch {
		case colon:
			if r != ' ' && r != '\u3000' {
				return false
			}
		case r == '：' || r == ':':
			colon = true
		case !recipientRune(r):
			return false
		}
	}
	return colon
}

// recipientRune reports whether r may stand in a 主送 line's list of
// bodies: in a name or between two.
func recipientRune(r rune) bool {
	return unicode.Is(unicode.Han, r) || strings.ContainsRune("（）()、·，, \u3000", r)
}

// membersOutsideBrackets parts a 主送 line's bodies at its marks (、，
// and spaces) outside brackets: a bracket may list the levels a member
// stands for (各县(市、区)民政局), one member, not three.
func membersOutsideBrackets(body string) []string {
	depth := 0
	return strings.FieldsFunc(body, func(r rune) bool {
		depth += punct.Bracket(r)
		return depth <= 0 && strings.ContainsRune("、，, \u3000", r)
	})
}

// placeOfNoun reports whether a division's name that ends at e (太平街道,
// 月池塘社区) stands before a noun it qualifies (部分道路, 区域内, or an
// area's noun however the segmenter cut it: 开怀街道|片区, areaAt): there it
// names where, not the body that acts, as before a verb (街道召开) it does.
func placeOfNoun(s string, ts []segment.Token, e int, suffix string) bool {
	if lexicon.AgencySuffixes().Label(suffix, 1) != "named" {
		return false
	}
	if areaAt(s, e) {
		return true // 开怀街道|片区新增道路: the area of the division
	}
	k := tokenAt(ts, e)
	if k < 0 || ts[k].Tag != "n" {
		return false
	}
	if _, ok := lexicon.Titles().At(s, e); ok {
		return false // 社区书记
	}
	if w, ok := lexicon.AgencyCues().At(s, e); ok && lexicon.AgencyCues().Label(w, 0) == "manner" {
		return false // 某社区|实地查看: how the act after is done, no noun qualified
	}
	_, body := lexicon.AgencySuffixes().At(s, e)
	return !body
}

// aliasAfter is where a body's name ends that its other name follows in
// brackets, e if none follows: a bracket that only places the name or
// qualifies it (经开区(东区)民政局, 社会(儿童)福利院, 完美(中国)有限公司)
// is part of it. A body's other name in brackets (民政局(老龄办), 救助
// 管理站(未成年人保护中心): a body 挂牌 or 合署 with it, or the name it
// also goes by) is a name of its own, read alone (standaloneAlias): an
// analyst looks either up.
func aliasAfter(s string, e int) int {
	for _, open := range []string{"（", "("} {
		if !strings.HasPrefix(s[e:], open) {
			continue
		}
		in := e + len(open)
		k := strings.IndexAny(s[in:], "）)")
		if k <= 0 {
			return e
		}
		if noteOpens(s[in:in+k]) || commonWordEnds(s[in:in+k]) {
			// 骨灰存放处(含育王陵园): a note of what the body holds;
			// 民政局(民间组织管理局承办): a note ending in a common word
			// (承办, the step of handling) longer than the ending it ends in.
			return e
		}
		if alias := s[in : in+k]; agency.Shape(alias) && !classOfBodies(alias) && !standaloneAlias(alias) {
			_, w := utf8.DecodeRuneInString(s[in+k:])
			return in + k + w
		}
	}
	return e
}

// noteOpens reports whether a bracket's words open with a word that notes
// what a body takes in (含, 包括, 包含: the agency cues labelled note and
// kinds) or the short form the text will use (以下简称: shortform): a
// note, no other name of the body before it.
func noteOpens(in string) bool {
	cues := lexicon.AgencyCues()
	w, ok := cues.At(in, 0)
	switch cues.Label(w, 0) {
	case "note", "kinds", "shortform":
		return ok
	}
	return false
}

// standaloneAlias reports whether a body's other names in brackets are
// names of their own: each opens with its place or level as a name in
// running text does (县林业局, 市文明办), or is a body's name by its own
// ending (国际合作司, 网信办, 恒德颐养中心). A trade's word for a kind of
// office (domain.tsv: 救助管理站, 儿童福利院) in brackets says what else
// the body is (社会福利院(儿童福利院)) and stays in its name; a note
// (下称…, 含…) is no name.
func standaloneAlias(alias string) bool {
	if noteOpens(alias) {
		return false
	}
	for _, a := range strings.Split(alias, "、") {
		if !agency.HasLocality(a) && !(agency.Shape(a) && !lexicon.Domain().Has(a)) {
			return false
		}
	}
	return true
}

// guessedPlace is where the level word starts after a township's or a
// village's name that the segmenter does not know and guessed (四铺/x|镇
// 民政办), or ran into the level (燕子/nr 河镇/x 民政办: townLevel): the
// name is one body if the level and what follows it are, as 镇民政办 is.
// Counties and cities above are all in the gazetteer.
func guessedPlace(s string, ts []segment.Token, i int) (int, bool) {
	k := tokenAt(ts, i)
	if k < 0 || ts[k].Tag != "x" || !agency.OpensWithLevel(s[ts[k].End:]) {
		if l := townLevel(s[i:], i, ts); l >= 0 {
			return i + l, true
		}
		return 0, false
	}
	if _, level, ok := agency.LevelAt(s, ts[k].End); !ok || level != "乡" && level != "村" {
		return 0, false
	}
	return ts[k].End, true
}

// docNumberAfter reports whether a 发文字号's year and serial follow at e
// (〔2020〕32号, [2020]32号): the name before them is the issuer's code
// (GB/T 9704-2012 7.2.4, 发文机关代字), an abbreviation, not a body's name.
func docNumberAfter(s string, e int) bool {
	return docNumberAt.MatchString(s[e:]) || issuerCodeAt.MatchString(s[e:]) || codeLetterAt.MatchString(s[e:])
}

// codeLetterAt matches the kind of paper that closes a 发文字号's issuer
// code, the year's bracket opening right after it, where the year and the
// serial that docNumberTail reads are not printed whole (国办发〔202227号,
// 国办发明电【2013】: 明电, a cable not in cipher, is a kind as 函 is, and
// so is 电 alone, a cable, 某办发电〔2016〕): the
// short name before it (国办, 中办) is the code (GB/T 9704-2012 7.2.4), no
// body, where 国办发布 names one.
var codeLetterAt = regexp.MustCompile(`^(?:[发發](?:明?[电電])?|[秘]?函|[厅廳]字)[〔【\[［]`)

// issuerCodeAt matches the rest of a 发文字号's issuer code after an ending
// that stands inside it (永川委|办发〔2021〕1号): the code closes with the
// kind of paper (发, 函, 字) right before the year (GB/T 9704-2012 7.2.4),
// so the ending is the code's letter, no body's name.
var issuerCodeAt = regexp.MustCompile(`^\p{Han}{0,2}[发函字]` + docNumberTail)

// levelInWord reports whether the level that opens name (at byte off of
// the text) is the first character of a word of its own (县城中心, 区域
// 中心): then it names no place. A word the segmenter guessed is none.
func levelInWord(name string, off int, ts []segment.Token) bool {
	if agency.OneCharLevel(name) == "" {
		return false
	}
	k := tokenAt(ts, off)
	if k < 0 {
		return false
	}
	w := ts[k].Word
	if utf8.RuneCountInString(w) < 2 || len(w) >= len(name) {
		return false
	}
	if ts[k].Tag == "x" {
		// 市教/x 体局, 县洪桥/x 镇, 县军/x 休所, 市恩美/x 儿童福利院: the
		// segmenter's guess that ran the level into what follows it (a
		// bureau's short name, a township's or a body's proper name, the
		// ending) is no word of its own; the level names the place.
		return false
	}
	if _, ok := lexicon.Places().At(w, 0); ok {
		return false
	}
	if fieldAcrossLevelWord(name, off, ts, k) {
		return false
	}
	suffix, _ := agency.Ending(w)
	return suffix == "" && !lexicon.AgencyWords().Has(w)
}

// fieldAcrossLevelWord reports whether a word of the civil-affairs field
// (民政: the domain words) opens right after the level that opens name (at
// byte off of the text) and ends where the segmenter's next word ends,
// the word ts[k] it read from the level (市民|政) running into it:
// 市民政事务中心 is the city's 民政 centre, the field a body of the
// civil-affairs system is named by, where 市民 (citizens) takes the
// field's first character. Where the next word runs on past the field's
// (市民|政策, 市民|政务) the segmenter's reading stands; 市场|监管局 holds no
// such word.
func fieldAcrossLevelWord(name string, off int, ts []segment.Token, k int) bool {
	_, n := utf8.DecodeRuneInString(name)
	d, ok := lexicon.Domain().At(name, n)
	if !ok || lexicon.Domain().Label(d, 0) != "n" || k+1 >= len(ts) {
		return false
	}
	end := off + n + len(d)
	return ts[k].End > off+n && ts[k].End < end && ts[k+1].Start == ts[k].End && ts[k+1].End == end
}

// numeralOpens reports whether the name at byte off opens with a numeral
// word (三级|中心, 两个|社区, as the segmenter tags them): a count or a
// rank of bodies, not one. A place that opens with a numeral (三门峡市) is
// read as the place.
func numeralOpens(name string, off int, ts []segment.Token) bool {
	r, _ := utf8.DecodeRuneInString(name)
	if !numeral.IsChinese(r) {
		return false
	}
	if _, ok := lexicon.Places().At(name, 0); ok {
		return false
	}
	k := tokenAt(ts, off)
	if k < 0 || ts[k].Tag != "m" && ts[k].Tag != "mq" && ts[k].Tag != "b" {
		return false
	}
	// A count has its measure (三|级); numerals alone (八五九) are a name.
	// A distance in 里 opens a place's name (五里|堡街道, 十里|铺镇, 三里|屯
	// 社区: the way out of town a settlement was named by), and bodies
	// are never counted in 里; before a word the segmenter reads as a
	// person's (百里|奚/nr) it is a compound surname, and the count's
	// reading stands.
	measure := strings.TrimLeftFunc(ts[k].Word, numeral.IsChinese)
	if measure == "里" && k+1 < len(ts) && ts[k+1].Tag != "nr" {
		return false
	}
	if uncountedPlaceWord(measure, name, ts[k].End-off) {
		return false
	}
	return measure != ""
}

// uncountedPlaceWord reports whether the measure after a numeral that opens
// name, at byte k of name, is no count of bodies but a word of a place's
// name, asked by what follows it: a level word right after (四方|区民政局,
// 八角|街道), or after one character the segmenter cut alone (六角|亭|街道,
// 三角|坪|社区: the rest of the place's name). A count names the level it
// counts with a measure that counts (三个|区, 两所|学校: the count words of
// units.tsv), ranks it by a grade (三级|区: 级) or a term (八届|省委: 届);
// 里 is read above (百里|奚, a compound surname, keeps the count's reading);
// a measure of size or of money (方, 角) counts no division, so the
// numeral and it open the division's name, as a former district (四方区,
// 青岛, merged into 市北区 in 2012) or a street the gazetteer does not hold
// is printed.
func uncountedPlaceWord(measure, name string, k int) bool {
	if measure == "" || measure == "里" || measure == "级" || measure == "届" || lexicon.Units().Label(measure, 0) == "count" {
		return false
	}
	if _, _, ok := agency.LevelAt(name, k); ok {
		return true
	}
	r, w := utf8.DecodeRuneInString(name[k:])
	if !unicode.Is(unicode.Han, r) {
		return false
	}
	_, _, ok := agency.LevelAt(name, k+w)
	return ok && !lexicon.Units().Has(string(r))
}

// genericList reports whether the name at i is a later member of a list
// opened by a word of category: 各街道办事处、镇政府 are all a class.
func genericList(s string, words wordsAt, i, e int, memo map[int]bool) bool {
	if !listOpened(s, words, i, memo) {
		return false
	}
	// A member with a place of its own is one body (各街(镇)民政办、
	// 鼓楼老年公寓).
	if _, named := lexicon.Places().At(s, i); named || zoneOpens(s[i:e]) {
		return false // or a zone's (经济技术开发区社会事业局)
	}
	if guessedNameMember(s, words, i, e) {
		return false // 各镇及|某阳光社工机构: a name of its own
	}
	// In a 主送 line a township's name before its level (甘蔗|街道办事处)
	// names one street, whatever the dictionary makes of the name: a class
	// is printed with 各 or with the bare level (街道办事处：).
	if recipientLine(s, i, e) && (namedTownship(s[i:e]) || ownNamedMember(s[i:e]) || bareZoneMember(s, i, e)) {
		return false
	}
	// 各 spreads over the level it names (各镇(街)…): a member that opens
	// with a level above it (区民政局) is the one body of the issuer's own
	// division.
	// A member right after a bare level listed (各市、|区人民政府) shares
	// its ending with that level: both are the class 各 names.
	if l := agency.OneCharLevel(s[i:e]); (l == "省" || l == "市" || l == "县") && l != classLevel(s, i) && !bareLevelListed(s, i) {
		return false
	}
	return true
}

// guessedNameMember reports whether the list's member [i, e) opens with
// a proper name the segmenter guessed (properNameOpens: 各镇及|益扬/x 社工
// 机构): the word 各 spreads over the kinds listed, and a member that
// trades under a name of its own is one body, as one with a place is.
func guessedNameMember(s string, words wordsAt, i, e int) bool {
	if words == nil {
		return false
	}
	ts := words(i)
	if properNameOpens(s[i:e], i, ts) {
		return true
	}
	// The segmenter may run the list's conjunction into its guess (及益扬
	// /x): the guess past the conjunction is the proper name.
	c, ok := conjunctionBefore(s, i)
	k := tokenOver(ts, i+1)
	if !ok || k >= len(ts) || ts[k].Start != i-len(c) || ts[k].Tag != "x" {
		return false
	}
	guess := s[i:ts[k].End]
	return utf8.RuneCountInString(guess) >= 2 && allHan(guess) && ts[k].End < e && !agency.HasLocality(s[ts[k].End:e])
}

// namedTownship reports whether name opens with words of a name before a
// township's level word (甘蔗街道办事处, 城关镇人民政府): neither a level
// nor a word of category stands first.
func namedTownship(name string) bool {
	if _, _, ok := agency.LevelAt(name, 0); ok {
		return false
	}
	if _, ok := lexicon.GenericPrefixes().Prefix(name); ok {
		return false
	}
	for k, r := range name {
		if k > 0 {
			if _, level, ok := agency.LevelAt(name, k); ok && level == "乡" {
				return true
			}
		}
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return false
}

// classLevel is the level named right after the 各 that opens the list
// the member at i stands in, on its line (各镇(街) → 乡, 各县 → 县), or "".
func classLevel(s string, i int) string {
	line := s[strings.LastIndexByte(s[:i], '\n')+1 : i]
	k := strings.LastIndex(line, "各")
	if k < 0 {
		return ""
	}
	if _, level, ok := agency.LevelAt(line, k+len("各")); ok {
		return level
	}
	return ""
}

// listOpened reports whether the list the member at i stands in (parted
// by 、, its last member after a conjunction or a word of alternatives:
// 各省、自治区、直辖市及计划单列市…, 各乡镇人民政府民政办或街道办事处民政办)
// opens with a word of category, remembered by member so that a long
// list is walked once.
func listOpened(s string, words wordsAt, i int, memo map[int]bool) bool {
	if v, ok := memo[i]; ok {
		return v
	}
	v := false
	mark, listed := "、", strings.HasSuffix(s[:i], "、")
	if c, ok := conjunctionBefore(s, i); ok && !listed {
		// …直辖市及|计划单列市…办公室: a conjunction closes the list.
		mark, listed = c, true
	} else if c, ok := lexicon.AgencyBoundaries().EndingAt(s, i); ok && !listed && lexicon.AgencyBoundaries().Label(c, 0) == "alternative" {
		// …民政办或|街道办事处民政办: so does a word of alternatives.
		mark, listed = c, true
	}
	if listed {
		j := i - len(mark)
		k := j
		for k > 0 {
			r, w := utf8.DecodeLastRuneInString(s[:k])
			if !unicode.Is(unicode.Han, r) && !strings.ContainsRune("（）()", r) {
				break
			}
			if l, ok := lexicon.Levels().EndingAt(s, k); ok && len(l) > w {
				k -= len(l) // 自治区 is read whole: its 自 is no boundary word
				continue
			}
			if w, ok := lexicon.AgencyBoundaries().EndingAt(s, k); ok && k < j && !lexicon.GenericPrefixes().Has(w) && (words == nil || boundaryWord(words(k-1), k, w)) {
				break // 各有关部门按照|党中央、国务院: the list starts after the word (not 开发|区, one word)
			}
			k -= w
			if p, ok := lexicon.GenericPrefixes().At(s[:j], k); ok && lexicon.GenericPrefixes().Label(p, 0) == "each" && (words == nil || startsWord(words(k), k)) {
				break // 办理机构|各县区…: 各 opens the list, whatever a label glued before it
			}
		}
		if p, ok := lexicon.GenericPrefixes().Prefix(s[eachAfterLevel(s, k, j):j]); ok && lexicon.GenericPrefixes().Label(p, 0) != "deictic" && !agency.Whole(s[k:j]) && !fieldAfterLevel(s[eachAfterLevel(s, k, j):j], p) {
			v = true // 各街道办事处、…; not 全国总工会、… (agency.Whole: one body)
		} else if levelsBracketedAt(s, k, j) {
			v = true // 县(市、区)委文明办和|志愿中心: every county's, a class
		} else if k < j {
			v = listOpened(s, words, k, memo)
		}
	}
	memo[i] = v
	return v
}

// addressAfter reports whether a street and a number follow at e
// (成都市高新区|锦城大道366号), j being where the Han characters from e
// end: the name before them is a place in an address, not a body. A
// seat word at e (驻: agency cues labelled seat) parts the body from the
// address where it sits (某区人民政府|驻某镇某路8号).
func addressAfter(s string, e, j int) bool {
	if _, ok := lexicon.Streets().EndingAt(s, j); !ok || j == e {
		return false
	}
	if seatAt(s, e) || ownAddressAfter(s, e) {
		return false // 某公墓|武汉市某区某路8号: the body, then its own address
	}
	return j < len(s) && s[j] >= '0' && s[j] <= '9'
}

// seatAt reports whether a seat word (驻, the agency cues labelled seat)
// opens the text at e: a division's 批复 names its government, then 驻 and
// the seat's address, so what stands before 驻 is the body that sits there.
func seatAt(s string, e int) bool {
	cues := lexicon.AgencyCues()
	w, ok := cues.At(s, e)
	return ok && cues.Label(w, 0) == "seat"
}

// wordGap reports where t had a space of the source between two words
// (第一组 市纪委…, a table's columns): a space that stands alone, not one of
// the spaces that letter-space a heading (南 阳 市 民 政 局), nor, outside
// a table's cells, one of a line an extractor strewed with spaces, nor
// any of a document strewn so as a whole (strewnDoc), its cells' too.
// A roster line's space after a person's name parts the name and the unit
// all the same (rosterGap).
func wordGap(t span.Text, cells, strewnDoc bool) func(int) bool {
	if strewnDoc {
		// 李 鹏 市民政局…: a roster's name, then the unit (rosterGap).
		return func(i int) bool { return t.HasGapAt(i) && rosterGap(t, i) }
	}
	s := t.String()
	var starts []int
	var strewn []bool
	measured := cells // a table's cells are parted by every space
	return func(i int) bool {
		if !t.HasGapAt(i) {
			return false
		}
		if !measured {
			// Measured on the first gap asked about: most texts have none.
			starts, strewn = strewnLines(t)
			measured = true
		}
		if rosterGap(t, i) {
			return true // 李 鹏 市民政局…: a roster's name, then the unit
		}
		if strewn != nil && strewn[sort.Search(len(starts), func(n int) bool { return starts[n] > i })-1] {
			return false
		}
		_, wb := utf8.DecodeLastRuneInString(s[:i])
		_, wa := utf8.DecodeRuneInString(s[i:])
		return !t.HasGapAt(i-wb) && !t.HasGapAt(i+wa)
	}
}

// strewnLines marks the source lines of t whose spaces between Chinese
// characters outnumber their clause marks (，、。；) and are two at the
// least, or that lie in a text strewn so as a whole: spaces an extractor
// strewed inside words (市 救助服务中 心党支部), which part no names, unlike
// the rare space between two names (国家消防救援局 民政部). It returns the
// lines' starts and whether each is strewn.
func strewnLines(t span.Text) (starts []int, strewn []bool) {
	s := t.String()
	starts = []int{0}
	for k := 0; k < len(s); k++ {
		if s[k] == '\n' {
			starts = append(starts, k+1)
		}
	}
	starts = append(starts, t.Breaks()...)
	sort.Ints(starts)
	strewn = make([]bool, len(starts))
	gaps, marks := make([]int, len(starts)), make([]int, len(starts))
	line := func(i int) int { return sort.Search(len(starts), func(n int) bool { return starts[n] > i }) - 1 }
	hanGaps := t.HanGaps()
	if len(hanGaps) < 2 {
		return starts, strewn // a line is strewn by two gaps at the least
	}
	from := 0 // where the words before a gap open: its line's start or the gap before
	for _, i := range hanGaps {
		k := line(i)
		if from < starts[k] {
			from = starts[k]
		}
		if !namesApart(s[from:i]) {
			gaps[k]++
		}
		from = i
	}
	for i, r := range s {
		switch r {
		case '，', '、', '。', '；', ',', ';':
			marks[line(i)]++
		}
	}
	allGaps, allMarks := 0, 0
	for k := range starts {
		allGaps, allMarks = allGaps+gaps[k], allMarks+marks[k]
	}
	for k := range starts {
		// A line is measured by itself, or by the whole text where the
		// text as a whole is strewn with spaces.
		strewn[k] = gaps[k] >= 2 && gaps[k] > marks[k] || allGaps >= 2 && allGaps > allMarks
	}
	return starts, strewn
}

// namesApart reports whether words between two spaces (or a line's start
// and a space) are one body's whole name, opened by its place: co-issuers
// printed side by side in a joint document's headline or 落款 (广东省民政厅
// 广东省卫生和健康委员会 …), a space set between whole names, not one an
// extractor strewed inside words.
func namesApart(w string) bool {
	return agency.Shape(w) && agency.HasLocality(w) && agency.One(w, false)
}

// endsWord reports whether the ending suffix at e ends a name rather than
// a common word: the segmenter cut at e (部 of 部门 and 局 of 局面 do not
// end there), and a one-character ending is not the tail of a word the
// segmenter knows as something else (干部, 大局, 实处, 查处).
func endsWord(s string, ts []segment.Token, e int, suffix string) bool {
	if utf8.RuneCountInString(suffix) == 1 && pairedFour(s, e) {
		return false // 快查快处, 即接即办: a paired verb phrase, no name
	}
	if utf8.RuneCountInString(suffix) == 1 && strings.HasPrefix(s[e:], "属") && !strings.HasPrefix(s[e:], "属于") {
		// 局属单位, 委属医院: a one-character ending with 属 after it says
		// what belongs to the body (局属 = under the bureau), no name of
		// its own; 民政局属于… is a name and a verb.
		return false
	}
	if lexicon.AgencySuffixes().Label(suffix, 1) == "traded" && !tradedInSettlement(s, ts, e-len(suffix)) && !canteenOfCommunity(s, ts, e-len(suffix)) {
		return false // 社区长者食堂, 敬老院餐厅: a kind of canteen or a room, no service point
	}
	if len(ts) == 0 {
		return true
	}
	if endingOpensWord(s, e, suffix) && !wordReadAfter(s, ts, e, suffix) {
		return false // 民政|中心工作: the ending opens a common word, no body ends there
	}
	k := tokenEndingAt(ts, e)
	if k < 0 {
		if e == len(s) {
			return true
		}
		if startsWord(ts, e-len(suffix)) && guessedAt(ts, e) && (utf8.RuneCountInString(suffix) >= 2 || opensGuess(ts, e-len(suffix))) {
			if nameEndsBefore(ts, e-len(suffix), suffix) {
				return false // 民政部|部务会议: a name ends before; its ending's character opens the next word
			}
			// The segmenter guessed, running the ending's last character
			// on (调研/组来, 农业农村/局等); unless the guess is a common
			// word the ending opens, in a script the dictionary does not
			// hold (部門, the traditional 部门).
			k := tokenOver(ts, e+1) // the guess that holds the ending
			return k >= len(ts) || !lexicon.NonAgencyWords().Has(ts[k].Word)
		}
		if r, _ := utf8.DecodeRuneInString(s[e:]); !unicode.Is(unicode.Han, r) {
			return true
		}
		if _, ok := lexicon.Titles().At(s, e); ok {
			return true
		}
		// 社会工作|部将/n|会同: the ending, then 将; 民政局婚姻登记|处在/v: the ending, then 在
		return endingBeforeAdverb(s, ts, e, suffix) || unitBeforePreposition(s, ts, e, suffix)
	}
	tok := ts[k]
	if locativeAfterKind(ts, k, suffix) {
		return false // 受理机构|处: the place of a kind of body, no unit of one
	}
	if levelGoesOn(s, ts, e) {
		return false // 三灶镇中心|村: 中心村 is a village's name, no centre
	}
	if lexicon.AgencySuffixes().Label(suffix, 1) == "named" && (commonWordBefore(ts, e-len(suffix)) && !villageNamed(s, ts, e-len(suffix)) && !streetNamed(s, ts, e-len(suffix)) || figureAt(s, e)) {
		return false // 居家社区, 城乡社区: a kind of community, not one; 凤凰街道2户: a place counted
	}
	if utf8.RuneCountInString(suffix) == 1 && len(tok.Word) > len(suffix) && (!agency.HasLocality(tok.Word) || placeNameWhole(tok.Word)) {
		// 干部, 大局, 查处, 落到实处, 展示厅 end in 部, 局, 处, 厅 but are no
		// names; 管理局 and 卫健体委 are. A word that is all a place's
		// name (南部 of 南部县) holds no ending of its own: read as the
		// common word (南部, the south of a place) it also is.
		if lexicon.NonAgencyWords().Has(tok.Word) || lexicon.Domain().Label(tok.Word, 0) == "n" {
			return false
		}
		// A word the segmenter guessed that ends in a common word
		// (合启公馆, a residence named as 公馆 are) is no body's name.
		if w, ok := lexicon.NonAgencyWords().Suffix(tok.Word); ok && tok.Tag == "x" && len(w) > len(suffix) {
			return false
		}
		// A common word of the list that the segmenter's guesses cut
		// across (耕开/x|好局/x: 开好局, a good start) is read whole.
		if w, ok := lexicon.NonAgencyWords().EndingAt(s, e); ok && tok.Tag == "x" && len(w) > len(tok.Word) && guessedAt(ts, e-len(w)+1) {
			return false
		}
		// A guess after a word that qualifies an act (和谐|共处, an
		// adjective or adverb) is a verb phrase: a unit's ending follows the
		// field it serves, a noun (人事|处, 财务|科).
		if tok.Tag == "x" && k > 0 && qualifier(ts[k-1].Tag) && ts[k-1].End == tok.Start {
			return false
		}
		switch tok.Tag {
		case "n", "nt", "nz", "j", "x", "ng":
			return true
		}
		return false
	}
	return true
}

// pairedFour reports whether the four Han characters that end at e are
// a paired phrase A X A Y, one word said twice before two verbs (快查快处,
// 即接即办, 边查边办: quick to check, quick to handle): a set form of four
// characters (四字格) that official writing prints for how cases are
// handled, its last verb only looking like a one-character ending (处,
// 办). A name repeats no word before its ending so; a numeral said twice
// numbers a unit (一中一部, the first school's first campus), and a level
// said twice opens a body's name after a clause (我县在|县委).
func pairedFour(s string, e int) bool {
	var rs [4]rune
	k := e
	for n := 3; n >= 0; n-- {
		r, w := utf8.DecodeLastRuneInString(s[:k])
		if w == 0 || !unicode.Is(unicode.Han, r) {
			return false
		}
		rs[n], k = r, k-w
	}
	return rs[0] == rs[2] && rs[0] != rs[1] && rs[1] != rs[3] && !numeral.IsChinese(rs[0]) && !lexicon.Levels().Has(string(rs[0]))
}

// placeNameWhole reports whether the word w is all the name of a place of
// the gazetteer, its level dropped (南部 of 南部县): a place's name, no
// body's, whose last character only looks like an ending (部).
func placeNameWhole(w string) bool {
	p, ok := lexicon.Places().At(w, 0)
	return ok && p == w
}

// endsAtGap reports whether source white space stood right after the
// ending at e where the segmenter ran a word across it (街道|办以/x: 宜川县
// 城区街道办 以党建促发展, a headline's words parted by spaces): the space
// parts the words as a mark does, and the ending, opening a word the
// segmenter read, ends the name there.
func endsAtGap(spaced func(int) bool, ts []segment.Token, e int, suffix string) bool {
	if !spaced(e) || tokenEndingAt(ts, e) >= 0 {
		return false
	}
	k := tokenAt(ts, e-len(suffix))
	return k >= 0 && ts[k].End > e
}

// qualifier reports whether a word's tag is an adjective's or an adverb's.
func qualifier(tag string) bool { return tag == "a" || tag == "ad" || tag == "d" }

// levelGoesOn reports whether a one-character level of a township or a
// village (村, 镇, 乡) follows at e, cut alone by the segmenter: the words
// before it are the name of that place (中心村, 新村), and the ending they
// end in is none.
func levelGoesOn(s string, ts []segment.Token, e int) bool {
	w, level, ok := agency.LevelAt(s, e)
	if !ok || utf8.RuneCountInString(w) != 1 || level != "乡" && level != "村" {
		return false
	}
	k := tokenAt(ts, e)
	return k >= 0 && ts[k].Word == w
}

// lastTokenIn is the index of the last token inside [i, j) that keep
// holds for, or -1.
func lastTokenIn(ts []segment.Token, i, j int, keep func(k int) bool) int {
	last := -1
	for k := sort.Search(len(ts), func(n int) bool { return ts[n].Start >= i }); k < len(ts) && ts[k].Start < j; k++ {
		if ts[k].End <= j && keep(k) {
			last = k
		}
	}
	return last
}

// townGuess reports whether a word the segmenter guessed ends with a
// division of a township's or a village's level (自怀镇, 月池村, as the
// levels lexicon labels them): a place's name, read whole, not a boundary
// word and what follows it.
func townGuess(w string) bool {
	l, ok := lexicon.Levels().Suffix(w)
	level := lexicon.Levels().Label(l, 0)
	return ok && len(w) > len(l) && (level == "乡" || level == "村")
}

// guessedAt reports whether the token that holds byte i is a guess of the
// segmenter's (tagged x), not a word of its dictionary.
// opensGuess reports whether a word the segmenter guessed starts at i.
func opensGuess(ts []segment.Token, i int) bool {
	k := tokenAt(ts, i)
	return k >= 0 && ts[k].Tag == "x"
}

func guessedAt(ts []segment.Token, i int) bool {
	k := tokenOver(ts, i+1) // the first word that ends after i
	return k < len(ts) && ts[k].Start < i && ts[k].Tag == "x"
}

// figureAt reports whether a figure follows at byte i.
func figureAt(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }

// commonWordBefore reports whether the word that ends at i is a common
// noun, verb or adjective rather than a name. A one-character noun glued
// to a proper name before it (太平/ns|桥/n|街道, 六里/ns|桥) is the tail of
// that place's name, which the segmenter cut where a word of its own
// ended: the place's name is not read against the dictionary's words. So
// too after a guess of two characters or more (陆家/x|嘴/n|街道); a guess
// of one is a stray character, no name.
func commonWordBefore(ts []segment.Token, i int) bool {
	k := tokenEndingAt(ts, i)
	if k < 0 {
		return false
	}
	if t := ts[k]; t.Tag == "n" && utf8.RuneCountInString(t.Word) == 1 && k > 0 && ts[k-1].End == t.Start && properTag(ts[k-1].Tag) && (ts[k-1].Tag != "x" || utf8.RuneCountInString(ts[k-1].Word) >= 2) {
		return false
	}
	switch t := ts[k]; t.Tag {
	case "n", "v", "vn", "a", "ad", "d", "m":
		return true
	case "c", "p", "u", "uj", "ul", "r", "k":
		return true // 志愿者们与|社区: a function word leaves the community unnamed
	case "x":
		return false // a word the segmenter guessed is a proper name: 万春|街道
	default:
		return strings.ContainsFunc(t.Word, func(r rune) bool { return numeral.IsChinese(r) || r >= '0' && r <= '9' }) // 三级社区
	}
}

// startsWord reports whether a token starts at byte i.
func startsWord(ts []segment.Token, i int) bool { return tokenAt(ts, i) >= 0 }

// leadingVerb reports whether a token that opens a candidate is a verb, an
// adverb or a word of place or time (现场察看, 尽快起草) rather than part of a
// name.
func leadingVerb(tag string) bool {
	switch tag {
	case "v", "d", "ad", "vd", "s", "t", "f":
		return true
	}
	return false
}

func isConjunction(w string) bool { return conjunctions().Has(w) }

// splitAtGaps splits [i, j) of s where a space of the source parts two
// words (spaced) or at 、.
func splitAtGaps(s string, spaced func(int) bool, i, j int) []byteRange {
	var out []byteRange
	start := i
	for k := i; k < j; {
		r, w := utf8.DecodeRuneInString(s[k:])
		if k > start && (spaced(k) || r == '、' || r == ' ') && !(r != '、' && endingAfterGap(s, k, w)) {
			out = append(out, byteRange{start, k})
			start = k
			if r == '、' || r == ' ' {
				start = k + w
			}
		}
		k += w
	}
	if start < j {
		out = append(out, byteRange{start, j})
	}
	return out
}

// endingAfterGap reports whether the gap of w bytes at k (a space, or a
// line's break a PDF printed inside a name) is followed by an agency
// ending that names no body alone (中共某某省委 办公厅): the ending
// closes the name before the gap, which the gap does not part.
func endingAfterGap(s string, k, w int) bool {
	at := k
	if s[k] == ' ' {
		at = k + w
	}
	suffix, ok := lexicon.AgencySuffixes().At(s, at)
	if !ok || lexicon.AgencySuffixes().Label(suffix, 1) == "standalone" {
		return false
	}
	_, isBody := lexicon.AgencySuffixes().Suffix(s[:k])
	return isBody
}

type part struct {
	off  int
	text string
}

// splitJoined splits names run together: 市委市政府 → 市委, 市政府; a name
// that ends as an agency followed by a level (市, 县, 区, 省) starts anew —
// where the level is a word of its own or opens a place, not where it opens
// a word (市民政局区划地名股 is one name: 区划 is a word). off is where name
// stands in the text ts was cut from.
func splitJoined(name string, off int, ts []segment.Token) []part {
	var out []part
	start := 0
	for i := range name {
		if i <= start {
			continue
		}
		if _, ok := lexicon.AgencySuffixes().Suffix(name[start:i]); !ok || placeAcross(name, start, i) {
			continue // 南部|县民政局: the ending lies inside a place's name (南部县)
		}
		_, n := utf8.DecodeRuneInString(name[i:])
		// 海林市民政局|发挥|市…办公室: a verb between a whole name and a
		// name that opens with its place or level parts two bodies, the
		// one that acts and the one it acts on or with.
		if j, ok := verbBetween(name, i, off, ts); ok && agency.One(name[start:i], false) {
			out = append(out, part{start, name[start:i]})
			start = j
			continue
		}
		// 国家消防救援局|民政部, 中共中央办公厅|国务院办公厅: a whole name,
		// then to the end the whole name of a body of the central state
		// that needs no place (National), or of a unit of one: two
		// co-issuers printed together, no unit of the first.
		if nationalOpens(name[i:]) && agency.One(name[i:], false) && agency.One(name[start:i], false) {
			out = append(out, part{start, name[start:i]})
			start = i
			break
		}
		if ministriesJoined(name[start:i], name[i:]) || departmentsJoined(name[start:i], name[i:]) {
			out = append(out, part{start, name[start:i]})
			start = i
			break
		}
		if place, ok := lexicon.Places().At(name, i); ok && len(place) > n && !subordinate(name, i+len(place)) && !branchOf(name) || agency.UpperLevelAt(name, i) && levelOpens(name, i, n, off, ts) && !branchOf(name) {
			out = append(out, part{start, name[start:i]})
			start = i
			if ok {
				start = stanceKindAfter(name, i, place) // 某社区|新建|日间照料中心
			}
			continue
		}
		// 大姚县民政局|二楼|区划地名股: a floor of the building is an
		// address between a body and its unit.
		if f := floorAt(name, i); f > 0 && i+f < len(name) {
			out = append(out, part{start, name[start:i]})
			start = i + f
		}
	}
	return append(out, part{start, name[start:]})
}

// siteNameAt reports whether the medium's word at e is 网 alone (中国政府网,
// 某省政府网): a website's proper name, which a site takes from its owner
// as 人民网 does, so the words before it are the site's name, no body the
// text speaks of; 网站, 官网 and 门户网站 describe the body's own site
// (从某市民政局门户网站下载, 通过某部官网发布), which names the body.
func siteNameAt(s string, e int) bool {
	w, ok := lexicon.Media().At(s, e)
	return ok && w == "网"
}

// ministriesJoined reports whether first and rest are two ministries of
// the State Council printed back to back (民政部|财政部, as a 联合发文
// title runs its issuers together: 《某部某部关于…》): a ministry is named by
// its field and 部 alone, no place before it, the national level going
// without saying, so a whole such name right after another ends the
// first; a unit of the first ends in its own ending (民政部|办公厅, 某部|
// 社会救助司), no 部.
func ministriesJoined(first, rest string) bool {
	return bareMinistry(first) && bareMinistry(rest)
}

// bareMinistry reports whether s is a government body named by its field
// and the ending 部 alone (财政部, 民政部), with no place or level before it.
func bareMinistry(s string) bool {
	_, kind := agency.Ending(s)
	body, ok := strings.CutSuffix(s, "部")
	_, placed := lexicon.Places().At(s, 0)
	return ok && kind == "government" && utf8.RuneCountInString(body) >= 2 && !placed && !agency.OpensWithLevel(s) && agency.One(s, false)
}

// nationalOpens reports whether s is, or opens with, a body of the
// central state that names one body alone (国务院, 民政部, 中共中央), not a
// bare level word (国家, 中央).
func nationalOpens(s string) bool {
	if lexicon.National().Has(s) {
		return true
	}
	w, ok := lexicon.National().Prefix(s)
	if !ok {
		return false
	}
	ending, _ := lexicon.AgencySuffixes().Suffix(w)
	return ending == w && agency.One(w, false)
}

// placeAcross reports whether a place's name of the gazetteer that opens
// in name[start:i] runs on past i (南部县 holds the ending 部 and a level
// after it): no body's name ends at i, and no second one opens there.
func placeAcross(name string, start, i int) bool {
	for k := start; k < i; {
		if p, ok := lexicon.Places().At(name, k); ok && k+len(p) > i {
			return true
		}
		_, w := utf8.DecodeRuneInString(name[k:])
		k += w
	}
	return false
}

// verbBetween reports whether a verb the segmenter cut stands at byte i
// of name (off being where name stands in the text ts was cut from) and a
// name that opens with its place or level follows it; j is where that
// name starts.
func verbBetween(name string, i, off int, ts []segment.Token) (j int, ok bool) {
	k := tokenAt(ts, off+i)
	if k < 0 || ts[k].Tag != "v" || stationedWord(ts[k].Word) {
		return 0, false // 省人民政府|驻|北京办事处: one body, stationed there
	}
	j = ts[k].End - off
	if j >= len(name) || !agency.HasLocality(name[j:]) {
		return 0, false
	}
	return j, true
}

// branchOf reports whether name ends in the ending of a branch (分会, 机关
// 工委): a branch is named after its body and then its area (…学会牡丹江
// 地区分会, 滕州市委|市直机关工委), so a place or a level inside it opens no
// second body.
func branchOf(name string) bool {
	suffix, _ := agency.Ending(name)
	return suffix != "" && lexicon.AgencySuffixes().Label(suffix, 1) == "branch"
}

// subordinate reports whether a township's or a village's level word
// follows a place at j (…人民政府|太平|街道办事处): the place names a body
// under the one before it, not a second body beside it.
func subordinate(name string, j int) bool {
	_, level, ok := agency.LevelAt(name, j)
	return ok && (level == "乡" || level == "村")
}

// floorAt is the length in bytes of a floor of a building written at byte
// i of name (二楼, 3楼, 五层), or 0.
func floorAt(name string, i int) int {
	j := i
	for j < len(name) {
		r, w := utf8.DecodeRuneInString(name[j:])
		if !numeral.IsChinese(r) && (r < '0' || r > '9') {
			break
		}
		j += w
	}
	if j == i {
		return 0
	}
	for _, f := range []string{"楼", "层"} {
		if strings.HasPrefix(name[j:], f) {
			return j + len(f) - i
		}
	}
	return 0
}

// levelOpens reports whether the level at byte i of name (n bytes long)
// opens a new name: it opens a place, or the segmenter cut it alone.
func levelOpens(name string, i, n, off int, ts []segment.Token) bool {
	if place, ok := lexicon.Places().At(name, i); ok && len(place) > n {
		return true
	}
	if k := tokenAt(ts, off+i); k >= 0 {
		// Alone, or a word that is itself a name (市政府); not a word
		// that merely opens with a level (区划).
		_, named := lexicon.AgencySuffixes().Suffix(ts[k].Word)
		return ts[k].End == off+i+n || named
	}
	return true // no words to ask: as before
}

// longest keeps the longest of names that overlap: 南阳市消防救援支队 is part
// of 南阳市消防救援支队防火监督科. Of the same name found twice the first is
// kept. One sweep in order of start (the longer first): a name lies inside
// an earlier one when an earlier one reaches past its end, or reaches its
// end from further left.
func longest(cs []candidate) []candidate {
	order := make([]int, len(cs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if c := cmp.Compare(cs[a].start, cs[b].start); c != 0 {
			return c
		}
		return cmp.Compare(cs[b].end, cs[a].end)
	})
	keep := make([]bool, len(cs))
	seen := map[candidate]bool{}
	maxEnd, maxEndStart := -1, -1 // the furthest end so far, and the first start to reach it
	for _, i := range order {
		c := cs[i]
		inside := maxEnd > c.end || maxEnd == c.end && maxEndStart < c.start || seen[c]
		keep[i] = !inside
		seen[c] = true
		if c.end > maxEnd {
			maxEnd, maxEndStart = c.end, c.start
		}
	}
	var out []candidate
	for i, c := range cs {
		if keep[i] {
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, func(a, b candidate) int { return cmp.Compare(a.start, b.start) })
	return out
}

// titlesOutsideNames drops the titles that lie inside a body's name the
// segmenter read whole (人民代表|大会常务委员会: nameHolds): they are the
// name's words, and the name runs across them. It drops too a title that
// 者 follows (titleOpensWord: 社工局|长者|服务处): its last character opens
// a noun, no title.
func titlesOutsideNames(s string, titles []title, words wordsAt) []title {
	var out []title
	for _, t := range titles {
		if titleOpensWord(s, t.end) || actWordInName(s, t.end, t.word) {
			continue // 社工局|长者, 人像摄影|协会: no title there
		}
		if words == nil || !nameHolds(words(t.start), t.start, t.end) {
			out = append(out, t)
		}
	}
	return out
}

// protected is a stretch of text no name may cross: a quotation, a title
// in 《》, a title of office.
type protected struct {
	byteRange
	kind rune
}

func protectedSpans(s string, titles []title) []protected {
	var out []protected
	for _, q := range [][2]string{{"“", "”"}, {"《", "》"}} {
		for i := 0; i < len(s); {
			a := strings.Index(s[i:], q[0])
			if a < 0 {
				break
			}
			a += i
			b := strings.Index(s[a:], q[1])
			if b < 0 {
				break
			}
			b += a + len(q[1])
			r, _ := utf8.DecodeRuneInString(q[0])
			if r != '“' || !quotedSpeech(s[a+len(q[0]):b-len(q[1])]) {
				out = append(out, protected{byteRange{a, b}, r})
			}
			i = b
		}
	}
	for _, t := range titles {
		if t.word != contactLabel {
			out = append(out, protected{byteRange{t.start, t.end}, 't'})
		}
	}
	return out
}

// sentenceMarks end a sentence.
var sentenceMarks = newRuneSet(punct.SentenceEnds)

// quotedSpeech reports whether a quotation holds what someone said (“…我知道
// 我家在长江北社区，书记叫杨杰。”): its words run to a sentence's end,
// as a term, a slogan (“政策宣讲零距离，解读入人心”) or a name quoted never
// does. The
// speech is the text's own sentences, and the names in it are read as
// anywhere else.
func quotedSpeech(q string) bool { return sentenceMarks.index(q) >= 0 }

// agencyText is what findAgencies reads of a text once, for every name
// it tries: what no name may cross (the protected spans, the quantities
// and dates found before), where each quantity ends, and where the runs
// of Han characters end.
type agencyText struct {
	idx          rangeIndex
	quantityEnds map[int]bool
	quantityAt   map[int]int  // where the quantity that ends at an offset starts
	notHan       []int        // offsets of the runes that are not Han characters
	closed       map[int]bool // closedByDeng's answers, by the offset asked
	stops        []int        // bracketAlias's stops and 、 (listBracketStops)
	commas       []int
	words        wordsAt // the words of the clause around an offset
	// lineBreak reports whether a source line broke at an offset where
	// the layout joined the lines (span.Text.HasBreakAt); nil for none.
	lineBreak func(int) bool
}

func newAgencyText(s string, spans []protected, quantities, dates ranges) *agencyText {
	rs := make(ranges, 0, len(spans))
	for _, p := range spans {
		rs = append(rs, p.byteRange)
	}
	p := &agencyText{idx: index(rs, quantities, dates), quantityEnds: map[int]bool{}, quantityAt: map[int]int{}, closed: map[int]bool{}}
	for _, q := range quantities {
		p.quantityEnds[q.End] = true
		p.quantityAt[q.End] = q.Start
	}
	return p
}

// hanRunEnd is where the run of Han characters from offset i ends. The
// offsets of the other runes are listed on the first call: most texts
// never ask.
func (p *agencyText) hanRunEnd(s string, i int) int {
	if p.notHan == nil {
		p.notHan = []int{}
		for j, r := range s {
			// The CJK Unified Ideographs block, most of a text, is all
			// Han: unicode.Is searches its table for every rune.
			if (r < 0x4E00 || r > 0x9FFF) && !unicode.Is(unicode.Han, r) {
				p.notHan = append(p.notHan, j)
			}
		}
	}
	k := sort.SearchInts(p.notHan, i)
	if k < len(p.notHan) {
		return p.notHan[k]
	}
	return len(s)
}

// closedByDeng reports whether the 、-list that a name ending at e stands
// in closes with 等 (养老机构、居家服务中心、照料中心等): a list of kinds of
// body, where one name before 等 (卫健体委等相关部门) is a body. Each
// member is walked once, whatever the name asked about.
func (p *agencyText) closedByDeng(s string, e int) bool {
	var walked []int
	v := false
	for j := e; ; {
		if c, ok := p.closed[j]; ok {
			v = c
			break
		}
		walked = append(walked, j)
		if strings.HasPrefix(s[j:], "等") {
			v = true
			break
		}
		if !strings.HasPrefix(s[j:], "、") {
			break
		}
		j += len("、")
		r := p.hanRunEnd(s, j)
		if listDengIn(s, j, r) {
			v = true // the last member, then 等
			break
		}
		j = r
	}
	for _, j := range walked {
		p.closed[j] = v
	}
	return v
}

// listDengIn reports whether a 等 that closes a list stands in [j, r): a
// 等 after a numeral is a rank's (三等奖, 二等功: an award of the third
// class, 《国家科学技术奖励条例》), no word that closes a list
// (…中心汇报人分别荣获三等奖).
func listDengIn(s string, j, r int) bool {
	for k := j; k < r; {
		n := strings.Index(s[k:r], "等")
		if n < 0 {
			return false
		}
		k += n
		if prev, _ := utf8.DecodeLastRuneInString(s[:k]); k == j || !numeral.IsChinese(prev) && !figureAt(s, k-1) {
			return true
		}
		k += len("等")
	}
	return false
}

// facilitiesListed reports whether the 、-list that a name ending at e
// opens closes with 等 and a noun of facilities (殡仪服务站、骨灰堂等殡葬
// 设施, …等活动场所: the agency cues labelled facility): the list names
// kinds of facility, each a class (GOLD.md), whatever proper name the
// segmenter guessed in a member.
func (p *agencyText) facilitiesListed(s string, e int) bool {
	cues := lexicon.AgencyCues()
	for j := e; strings.HasPrefix(s[j:], "、"); {
		j += len("、")
		r := p.memberRunEnd(s, j)
		k := strings.Index(s[j:r], "等")
		if k < 0 {
			j = r
			continue
		}
		for at := j + k + len("等"); at < r; {
			if w, ok := cues.At(s, at); ok && cues.Label(w, 0) == "facility" {
				return true
			}
			_, w := utf8.DecodeRuneInString(s[at:])
			at += w
		}
		return false
	}
	return false
}

// memberRunEnd is where the run of Chinese characters from j ends, read
// over a bracket inside it that more characters follow (家庭(个案)工作室):
// a list's member notes its kind in brackets and goes on, one member.
func (p *agencyText) memberRunEnd(s string, j int) int {
	r := p.hanRunEnd(s, j)
	for r > j && r < len(s) {
		o, n := utf8.DecodeRuneInString(s[r:])
		if punct.Bracket(o) <= 0 {
			break
		}
		c := strings.IndexFunc(s[r+n:], func(x rune) bool { return punct.Bracket(x) < 0 })
		if c < 0 || strings.ContainsAny(s[r+n:r+n+c], "、，,。") {
			break
		}
		after := r + n + c
		_, m := utf8.DecodeRuneInString(s[after:])
		after += m
		next := p.hanRunEnd(s, after)
		if next == after {
			break
		}
		r = next
	}
	return r
}

// crosses reports whether [i, j) shares a byte with a protected stretch.
func (p *agencyText) crosses(i, j int) bool { return p.idx.overlap(i, j) }

// resolve names an agency in full against the document's locality:
// 市民政局 → 南阳市民政局, 市局办公室 → 南阳市民政局办公室, 省厅 → 河南省民政厅;
// and gives its level.
func (l Locality) resolve(text string) (name, level string) {
	name = text
	switch {
	case strings.HasPrefix(name, "市") && l.Prefecture != nil:
		rest := strings.TrimPrefix(name, "市")
		if l.CivilAffairs && (rest == "局" || strings.HasPrefix(rest, "局") && !strings.HasPrefix(rest, "局长")) {
			rest = "民政" + rest
		}
		name = l.Prefecture.Name + rest
	case strings.HasPrefix(name, "省") && l.Province != nil:
		rest := strings.TrimPrefix(name, "省")
		if l.CivilAffairs && (rest == "厅" || strings.HasPrefix(rest, "厅")) {
			rest = "民政" + rest
		}
		name = l.Province.Name + rest
	}
	return name, levelOf(name)
}

// levelOf is the level of government a name shows: 国家, 省, 市, 县, 乡.
func levelOf(name string) string {
	if p, ok := lexicon.National().Prefix(name); ok {
		// 中共 before a place opens a local committee's name (中共天津市
		// 滨海新区区委…): the place gives the level.
		if _, local := lexicon.Places().At(name, len(p)); !local {
			return "国家"
		}
		return levelOf(name[len(p):])
	}
	if place, ok := lexicon.Places().At(name, 0); ok {
		if d := pick(lexicon.Places().Lookup(place)); d != nil {
			// A township's word after the place (路口镇福利院, 仲景街道
			// 办事处) makes the body a township's.
			rest := name[len(place):]
			for i := range rest {
				if _, l, ok := agency.LevelAt(rest, i); ok && l == "乡" {
					return "乡"
				}
			}
			return d.Level
		}
	}
	return agency.OneCharLevel(name)
}

// branchWithoutBank reports whether name ends in a bank's branch ending
// (分行, 支行: a company's branch, labelled branch) with no bank's word
// (银行, 农商行: the agency cues labelled bank) before it: a branch is
// named after its bank, and 分行 with none is the verb of printing in
// lines (正文分行排列).
func branchWithoutBank(name string) bool {
	suffix, kind := agency.Ending(name)
	if kind != "company" || !branchOf(name) || !strings.HasSuffix(suffix, "行") {
		return false // 分公司: a company's branch, named after no bank
	}
	body := name[:len(name)-len(suffix)]
	for _, w := range agencyCueList("bank") {
		if strings.Contains(body, w) {
			return false
		}
	}
	return true
}
