package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/agency"
	"bulletin/parser/lexicon"
	"bulletin/parser/numeral"
	"bulletin/parser/segment"
	"bulletin/parser/span"
	"bulletin/schema"
)

// People finds named people with the title printed next to them: after it
// (市长路红卫, 编辑：王晨晖) or before it (楼阳生书记). Of chained titles
// (市民政局党组成员、副局长张毅) the role is the last; the body the chain
// belongs to is kept as the person's agency. A name is a surname from the
// lexicon and one or two more characters; the segmenter's cut and tags
// (nr, or x for a name it does not know) decide its length, and words it
// knows as something else (强调, 主持) are not names. 联系人 labels a person
// without a title.
type People struct{}

func (People) Name() string          { return "people" }
func (People) Requires() []Extractor { return []Extractor{Agencies{}} }

// contactLabel marks a person named without a title (联系人：徐东亚).
const contactLabel = "联系人"

// contactWords are the label nouns of a contact line that name the person
// to reach (cue list contactperson): 联系人 and its synonyms (联络人).
func contactWords() *lexicon.Words { return lexicon.CueWordList("contactperson") }

// contactWord reports whether a title word is such a label, no title.
func contactWord(w string) bool { return contactWords().Has(w) }

func (People) Extract(in *Input, out *schema.Entities) any {
	seen := map[string]int{}
	// The outlets the document's datelines name (云上通山报道:, 新渝报讯):
	// read from the whole document, as a credit at its foot repeats one.
	outlet := func(v string) bool { return in.Env != nil && in.Env.datelineOutlet(v) }
	add := func(t span.Text, titles []title, words wordsAt, agencyEnding func(int) string, first []schema.Person) {
		words = yuRead(t.String(), words) // 關於, 王明於: 於 read as the 于 it prints
		found := append(first, findPeople(t, titles, words, agencyEnding, outlet)...)
		found = append(found, closingCredits(t, words)...)
		found = append(found, spacedPairCredits(t, words)...) // (吴 丰 张凤元) (people_spacedpair.go)
		found = append(found, setOffCredits(t, words)...)     // (记者 张三 □ 李四) (people_setoffcredit.go)
		found = append(found, commaCredits(t, words)...)      // (某某报,张三 李四) (people_commacredit.go)
		found = append(found, runOnCredits(t, words)...)
		if in.Env != nil {
			found = append(found, brokenRunOnCredits(t, words, in.Env.Whole())...)
		}
		found = append(found, datelineCredits(t, words)...)
		found = append(found, openingCredits(t, words)...) // (许宁)近日，… (people_openingcredit.go)
		found = append(found, entryCredits(t, words)...)   // …。\n(李某某)【双拥活动】… (people_entrycredit.go)
		found = append(found, creditLines(t, words)...)    // 某某 记者 某某 (people_creditline.go)
		found = append(found, infoBylines(t, words)...)
		found = append(found, closedLists(t, words)...)
		found = append(found, countedHeads(t, words)...)
		found = append(found, othersHeads(t, words)...)      // 已发放某某等人… (people_othershead.go)
		found = append(found, individualDonors(t, words)...) // …、某某个人捐款… (people_individual.go)
		found = append(found, martyrs(t, words)...)          // 某某烈士, 烈士某某 (people_martyr.go)
		found = append(found, actedAlone(t, words)...)       // …。某某陪同。 (people_actedalone.go)
		found = append(found, namedLeaders(t, words)...)
		found = append(found, leaderLines(t, words)...)
		found = append(found, bodyListedNames(t, words, agencyEnding)...)
		found = append(found, pairedNames(t, words)...)
		found = append(found, rosterNames(t, words)...)
		found = append(found, agedNames(t, words)...)
		found = append(found, answerSpeakers(t, words)...)
		found = append(found, bracketSpeakers(t, words)...)
		found = append(found, sourceNames(t, words)...)
		found = append(found, outletCredits(t, words)...) // 某某时报 张三 通讯员 李四 (people_outletcredit.go)
		found = append(found, honoured(t, words)...)
		found = append(found, nomineeRows(t)...)      // 某某 全国“…模范人物” (people_nomineerow.go)
		found = append(found, conferred(t, words)...) // 授予某某等33人“…”称号 (people_conferred.go)
		found = append(found, residentNames(t, words)...)
		found = append(found, cadreNames(t, words)...)
		found = append(found, dottedNames(t, words)...)
		found = append(found, worksAuthors(t, words)...)
		found = append(found, labelledNames(t, words)...)
		found = append(found, bracketOffices(t, words)...)
		found = append(found, staffQuoted(t, words)...)
		found = append(found, framedSpeakers(t, words)...)    // 张某某指出，… opening a paragraph (people_framedspeaker.go)
		found = append(found, describedSpeakers(t, words)...) // 某社区的某某说：“…” (people_describedspeaker.go)
		found = append(found, contactRunOnNames(t)...)        // 联系人:郭冠修黄启源联系电话:… (people_contactrunon.go)
		found = append(found, contactNextLines(t)...)         // 联系人:甲某1399…\n乙某1537… (people_contactnext.go)
		found = append(found, homeListed(t)...)               // 到某镇某某、某某家中 (people_homelist.go)
		if in.Env != nil {
			// 厅长庄严来我县 beside 庄严一行: people_partynamed.go
			found = append(found, partyNamed(t, titles, words, func(w string) bool {
				return in.Env.memo("party\x00"+w, func() bool { return partyLeader(in.Env.Whole(), w) })
			})...)
		}
		found = append(found, listedWith(t, words, found)...)
		for _, p := range found {
			if docNumberCode(t.String(), p.Name) {
				continue // (民某〔2012〕5号): the issuer's code of a document's number
			}
			if numberName(p.Name) {
				continue // 双百社工: a programme's count, no name (people_numbername.go)
			}
			if honorificOnly(p.Name) {
				continue // 联系人:伍女士: a surname and a form of address, no full name (people_honorific.go)
			}
			if in.Env != nil && divisionNamed(in.Env.Whole(), p.Name) {
				continue // 作者:杜楼镇 beside 杜楼镇人民政府: the division's body, no one's name (people_divisionname.go)
			}
			if in.Env != nil && in.Env.printsNameDots() && dottedPiece(in.Env.Whole(), p.Name) {
				continue // 哈力木拉提副政委 beside 哈力木拉提·马木提: the one named whole (people_dottedhead.go)
			}
			if in.Env != nil && dottedTail(in.Env.Whole(), p.Name) {
				continue // 厅长明江·扎日 beside 厅长依明江·扎日: the one named whole (people_dottedtail.go)
			}
			if p.Rule != "people/run-on-credit" {
				// A run-on credit (…。某某摄) read the whole run up to its
				// verb: the name is whole, and the verb that follows it at
				// each caption is no character of it (people_runoncredit.go).
				p.Name = in.Env.wholeName(p.Name)
			}
			if p.Role == nil && in.Env != nil {
				if w, ok := officeElsewhere(in.Env.Whole(), p.Name); ok {
					p.Role, p.Titles = &w, []string{w} // 某某同志 beside 部长某某 (people_titledelsewhere.go)
				}
				if p.Role == nil && p.Rule == "people/source-name" {
					if w, ok := creditElsewhere(in.Env.Whole(), p.Name); ok {
						p.Role, p.Titles = &w, []string{w} // 来源：某某网  某某 beside (记者 某某) (people_sourcecredit.go)
					}
				}
			}
			if q, ok := creditPost(t.String(), p); ok {
				p = q // 编辑 | 某某(某镇信息调研员) (people_creditpost.go)
			}
			if n := homeName(t.String(), p.Name); n != p.Name {
				// 杨学|家中: the home after the name, no character of it (people_home.go)
				p.Name, p.Text = n, strings.TrimSuffix(p.Text, strings.TrimPrefix(p.Name, n))
			}
			if k, ok := seen[p.Name]; ok {
				if creditRelabelled(t, out.People[k], p) {
					// 撰稿:某某 … 一审:某某: the last label of one credit block (people_creditrelabel.go)
					out.People[k] = p
					continue
				}
				// A title printed next to the name (张三副局长) beats none
				// and one the name shares across a list (副主任格桑、张三).
				if p.Role != nil && (out.People[k].Role == nil || sharedTitle(out.People[k]) && !sharedTitle(p)) {
					out.People[k] = p
				}
				continue
			}
			seen[p.Name] = len(out.People)
			out.People = append(out.People, p)
		}
	}
	s := in.Text.String()
	// A member line of a roster (组 长:郭鹏逸 市民政局副局长) is read whole
	// (memberLines); the titles on it are its member's, so the title rules
	// do not read them across the line's end or its label.
	members, lines := memberLines(in.Text)
	rows, rowLines := honourRows(in.Text) // 张某某(女)某局副局长 (people_honourrow.go)
	members, lines = append(members, rows...), append(lines, rowLines...)
	titles := in.titles()
	if len(lines) > 0 {
		titles = slices.DeleteFunc(slices.Clone(titles), func(ti title) bool {
			return slices.ContainsFunc(lines, func(b bounds) bool { return ti.start >= b.start && ti.start < b.end })
		})
	}
	// The agencies found, by the offset each ends at (the first there),
	// asked of every name a list may hold: indexed once.
	endsAt := map[int]string{}
	for _, r := range resultOf[AgenciesFound](in, Agencies{}).Agencies {
		if _, ok := endsAt[r.End]; !ok {
			endsAt[r.End] = s[r.Start:r.End]
		}
	}
	add(in.Text, titles, in.Words, func(i int) string { return endsAt[i] }, members)
	for k, c := range in.Cells {
		cs := c.String()
		// A body's name closes with one of the endings' last characters:
		// asked first, as reading the cell's bodies again is dear and a
		// list's rules ask at every name.
		add(c, titlesIn(cs), in.CellWords(k), func(i int) string {
			if r, _ := utf8.DecodeLastRuneInString(cs[:i]); !lexicon.AgencySuffixes().MayEnd(r) {
				return ""
			}
			return agencyBefore(cs, i)
		}, nil)
	}
	return nil
}

// docNumberCode reports whether each place that name stands in s opens a
// 发文字号 (某民发 〔2012〕220号, GB/T 9704-2012 §7.2.5): the characters are
// the issuing body's code, the year and serial in brackets right after
// them (spaces between allowed), no person's name.
func docNumberCode(s, name string) bool {
	n := 0
	for i := strings.Index(s, name); i >= 0; {
		rest := strings.TrimLeft(s[i+len(name):], " \t")
		if !docNumberAt.MatchString(rest) {
			return false
		}
		n++
		k := strings.Index(s[i+len(name):], name)
		if k < 0 {
			break
		}
		i += len(name) + k
	}
	return n > 0
}

// sharedTitle reports whether p took its title from the name before it
// in a list (副市长张三、李四: 李四), not from a title printed next to it.
func sharedTitle(p schema.Person) bool { return p.Rule == "people/shared-title" }

// title is a title of office found at [start, end).
type title struct {
	start, end int
	word       string
}

func findPeople(t span.Text, titles []title, words wordsAt, agencyEnding func(int) string, outlet func(string) bool) []schema.Person {
	s := t.String()
	var out []schema.Person
	starts := chainStarts(s, titles, words)
	for k, ti := range titles {
		if knownWordAcross(words(ti.start), ti.end) {
			if n, ok := titleCutName(s, words(ti.start), ti.end); ok && officeWord(ti.word) {
				// 厅|长江|波|参会: the place word took the title's end (people_titlecut.go)
				p := person(n, joinCredits(titles[starts[k]:k+1]))
				p.Found = found(t, titles[starts[k]].start, ti.end+len(n), "people/title-cut")
				p.Agency = agencyEnding(titles[starts[k]].start)
				out = append(out, p)
			}
			continue // 摄影|师: the title is part of a longer word
		}
		if negatedTitle(words(ti.start), ti) {
			continue // 不|代表某网立场: a verb, no title (people_negated.go)
		}
		if companyEndTitle(s, ti) {
			continue // 有限公司|长吉末站: 司 closes the company's ending (people_companytitle.go)
		}
		if creditWord(ti.word) && wordOpensBefore(words(ti.start), ti.start) {
			continue // 社区工作者由县…: 作者 closes the noun 工作者, no credit
		}
		for _, m := range listedBeforeCloser(s, words, ti) {
			p := person(s[m.start:m.end], []title{ti})
			p.Found = found(t, m.start, m.end, "people/listed-before")
			out = append(out, p)
		}
		if actLabel(ti.word) && (!creditPlace(t, titles, k) || stampVerb(s, ti)) {
			continue // 经领导机关审核盖章, 于 2014-7-10 09:37 编辑: the verb of a clause, no credit
		}
		if levelsBefore(s, ti.start) && !gradedTitle(s, ti) {
			continue // 县乡村三级书记抓未保, 各级书记: the holders at several levels, no one
		}
		after := nameStart(s, ti.end)
		if e, ok := bracketedOfficeEnd(s, titles, k); ok {
			after = nameStart(s, e) // 书记(兼某会会长)王某: the name follows the bracket
		}
		field := after // where a credit's value starts, its place included
		if creditWord(ti.word) {
			after = nameStart(s, creditRound(s, ti.end))
			field = after
			after = placedName(t, after)
		}
		if contactWord(ti.word) {
			after = contactNameStart(t, ti.end, func(i int) int { return nameStart(s, i) })
		}
		if addressWord(ti.word) && bodySuffixAt(s, ti.end) {
			continue // 松鹤老人中心: the word opens a body's name, no one is addressed
		}
		if addressWord(ti.word) {
			// 张强同志: the name stands before the form of address only.
			// A name the dictionary lists as a word (王平, 李娜) is still a
			// name here: 同志 and 老人 follow people. An age ends no name
			// (有百岁老人: agedEnd).
			if n, ok := nameBefore(s, words(ti.start-1), ti.start); ok && !classBeforeAddress(words(ti.start-1), ti.start-len(n)) && !greetVerb(n) && !agedEnd(n) {
				p := schema.Person{Name: n}
				if addressRole(ti.word) {
					p = person(n, []title{ti}) // 王某某老师: the word is the role printed
				}
				p.Found = found(t, ti.start-len(n), ti.end, "people/before-address")
				p.Agency = agencyEnding(ti.start - len(n))
				out = append(out, p)
				continue
			}
			if n, office, ok := givenAfterTitle(s, ti.start); ok && ti.word == comrades {
				p := person(n, []title{office})
				p.Found = found(t, ti.start-len(n), ti.end, "people/title-given")
				p.Agency = agencyEnding(ti.start - len(n))
				out = append(out, p)
				continue // 副市长日新同志 (people_titlegiven.go)
			}
			if n, ok := agedAddressed(s, words, ti); ok {
				p := schema.Person{Name: n}
				p.Found = found(t, ti.end, ti.end+len(n), "people/after-aged-address")
				out = append(out, p)
				continue // 百岁老人吴淑美家中 (people_aged.go)
			}
			for _, m := range colonListed(s, words, ti.end) {
				p := schema.Person{Name: s[m.start:m.end]}
				p.Found = found(t, m.start, m.end, "people/colon-listed")
				out = append(out, p)
			}
			continue
		}
		if creditWord(ti.word) && creditOutlet(s, after, outlet) {
			continue // (作者:云上通山) after 云上通山报道: the outlet, no one's name
		}
		if creditWord(ti.word) && mediaValue(t, field) {
			continue // 编辑:某县融媒, 来源:某市日报: an outlet, no one's name
		}
		if officeWord(ti.word) && !beforeOnly(ti.word) {
			after = calledName(s, words, after)
		}
		n, ok := nameAfter(s, words(after), after)
		if officeWord(ti.word) && !beforeOnly(ti.word) {
			n, ok = copulaHolder(s, words(after), after, n, ok) // 负责人为哈斯木仁: people_copula.go
		}
		if !creditWord(ti.word) {
			n, ok = spacedFieldName(t, ti, after, n, ok)
		}
		rule := "people/after-title"
		if ok && creditWord(ti.word) {
			n, ok = gapCutName(t, after, n)
		}
		if !ok && creditWord(ti.word) && !prepositionObject(words(ti.start), ti.start) {
			n, ok = creditValue(t, words(after), after)
			rule = "people/credit-value"
		}
		if !ok && creditWord(ti.word) {
			n, ok = spacedCreditValue(t, after)
			rule = "people/credit-value"
		}
		if !ok && creditWord(ti.word) {
			n, ok = spacedPairValue(t, after) // 编 辑:向 甜: people_spacedvalue.go
			rule = "people/credit-value"
		}
		if !ok && creditWord(ti.word) {
			n, ok = oneCharCredit(t, words(after), titles, k, after) // 美编：昉: people_onecharcredit.go
			rule = "people/credit-value"
		}
		if !ok && officeWord(ti.word) {
			n, ok = unknownNameAfter(s, words(after), after)
			rule = "people/unknown-after-title"
		}
		if !ok && officeWord(ti.word) {
			n, ok = placeNamedAfter(s, words(after), after)
			rule = "people/place-named" // 副局长江北出席: people_placename.go
		}
		if !ok && officeWord(ti.word) {
			n, ok = surnamePlaceNamedAfter(s, words(after), after)
			rule = "people/place-named" // 副局长练|玉山|说: people_surnameplace.go
		}
		if !ok && officeWord(ti.word) {
			n, ok = wordNamedAfter(s, words(after), after)
			rule = "people/word-named" // 副市长高新|文|通报: people_wordnamed.go
		}
		if ok && labelNextLine(s, ti.end, after+len(n)) {
			ok = false // 编辑 / 索引号:000014688: the next line's field label, no name
		}
		if ok && settlementRunOn(s, ti, n) {
			continue // 清河镇长岗村: two places run together, no 镇长 (people_labelled.go)
		}
		if ok && countedName(n) {
			continue // 书记三人参加: the holders counted, no name (people_countedname.go)
		}
		if ok && countAt(s, after+len(n)) {
			continue // 秘书长任选|1人: a verb before a count, no name
		}
		if ok && bodyWordAfter(s, after, n) {
			continue // 社工|机构, 社工|站: the title heads a body's noun, no name
		}
		if ok && officeWord(ti.word) && nounListAfter(s, words(after), after, n, words(ti.start-1), ti.start) {
			ok = false // 习近平总书记|家庭、家教: the name before the title (people_nounlist.go)
		}
		if ok && actLabel(ti.word) && runOnVerb(t, ti, after, after+len(n)) {
			continue // 审核通过后,救助资金…: the verb of a clause at the line's start, no credit
		}
		if ok && creditWord(ti.word) && creditBody(s, after, n) && !creditJoined(s, after, n) {
			continue // 责任编辑:区民政局: the credit names a body, no person
		}
		if ok && selfReference(n) {
			continue // 责任编辑:本网编辑, 不代表本网观点: the outlet names itself, no person
		}
		if ok && !mediumAt(s, words(after), after+len(n)) {
			if creditWord(ti.word) {
				n = bylineField(t, words(after), after, n, ti.word)
				if fieldRunsOn(t, words(after+len(n)), ti.end, after+len(n)) {
					continue // 作者: 平谷小编, 作者:  时间:…: a handle, or the next field's label
				}
			}
			if statusWord(ti.word) {
				n = homeGluedName(s, words(after), after, n) // 低保户孙维|农家|中 (people_homeglued.go)
			}
			if statusWord(ti.word) && dictionaryWord(words(after), after, n) {
				continue // 低保对象|范畴: a common word the dictionary tags as a name's, no name
			}
			if statusWord(ti.word) && guessRunsOn(words(after), after+len(n)) {
				continue // 困难群众|应保尽保: a status before words the segmenter guessed, no name
			}
			if (statusWord(ti.word) || beforeOnly(ti.word)) && commonNounAt(words(after), after) {
				continue // 军烈属|家庭, 代表|机构: the title heads a compound noun, no name
			}
			if statusWord(ti.word) && knownWordOpens(words(after), after, after+len(n)) {
				continue // 留守儿童|关爱|网: the status heads a noun phrase, no name
			}
			if statusWord(ti.word) && rareShortName(n) {
				continue // 为困难群众|解愁: a rare surname's pair after a class of people is the clause's verb
			}
			if statusWord(ti.word) && statusClause(words(after), after, n) {
				continue // 为困难群众|过|温暖: a rare surname and a known word, the clause's verb and object (people_statusclause.go)
			}
			first := starts[k]
			chain := joinCredits(titles[first : k+1])
			if first == k && creditWord(ti.word) {
				chain = []title{printedLabel(t, words, ti)} // 图文编辑:李馨雨
			}
			p := person(s[after:after+len(n)], chain)
			if statusWord(ti.word) {
				rule = "people/after-status"
			}
			p.Found = found(t, chain[0].start, after+len(n), rule)
			p.Agency = agencyEnding(titles[first].start)
			if p.Role != nil && officeWord(chain[0].word) && formerPost(words(chain[0].start), chain[0].start) {
				// 市人民政府|原|副市长|某某: the former post, the body before
				// its mark (people_formerpost.go); the text found opens at the
				// mark, as the role printed with it does.
				r := formerMark + *p.Role
				p.Role = &r
				p.Found = found(t, chain[0].start-len(formerMark), after+len(n), "people/former-post")
				if p.Agency == "" {
					p.Agency = agencyEnding(chain[0].start - len(formerMark))
				}
			}
			out = append(out, p)
			credit := creditWord(ti.word)
			label := ""
			if credit {
				label = ti.word
			}
			for _, m := range sharingTitle(t, words, after+len(n), label, statusWord(ti.word)) {
				q := person(s[m.start:m.end], chain)
				q.Found = found(t, m.start, m.end, "people/shared-title")
				q.Agency = p.Agency
				out = append(out, q)
			}
			if contactWord(ti.word) {
				out = append(out, listedContacts(t, words, after+len(n), chain)...)
			}
			continue
		}
		if beforeOnly(ti.word) && salutationClose(s, ti.end) {
			// 张某某代表：alone on its line: the deputy a reply is addressed to;
			// 张某某等代表：the first of several deputies, named before 等.
			at := strings.TrimSuffix(s[:ti.start], listCloser)
			if n, ok := nameBefore(s, words(len(at)-1), len(at)); ok && lineOpensAt(s, len(at)-len(n)) {
				p := person(n, []title{ti})
				p.Found = found(t, len(at)-len(n), ti.end, "people/addressee")
				out = append(out, p)
				continue
			}
		}
		if contactWord(ti.word) || statusWord(ti.word) || creditWord(ti.word) || beforeOnly(ti.word) {
			// A label, a status or a credit (编辑：王晨晖, 记者 李某) is
			// printed before the name only: the word before a credit is
			// no name (版权归原|作者所有).
			continue
		}
		if professionBody(s, ti) {
			continue // 某某社工服务社: the title is a word of a body's name (people_professionbody.go)
		}
		if professionNoun(s, words(ti.end), ti) {
			continue // 南区社工服务工作: the title heads a noun phrase (people_professionbody.go)
		}
		if titleCounted(s, ti.end) {
			continue // 有持证|社工432余人: the class counted, no one's post (people_titlecounted.go)
		}
		if n, ok := nameBefore(s, words(ti.start-1), ti.start); ok && !allBodyChars(n) && !bodyGiven(n) && !unitGiven(n) && !bodyWordName(n) && !unitHeadName(n, ti.word) && !eachList(s, ti.start-len(n)) && !thanksWord(n) {
			// bodyGiven: 区|党委|副书记, a level and a body's ending before the title, no name.
			chain := titles[k : k+1]
			if k+1 < len(titles) && bracketedTitle(s, ti.end, titles[k+1]) {
				// 林建平副调研员(市慈善会秘书长): a further office in brackets
				// is the last title printed.
				chain = titles[k : k+2]
			}
			p := person(n, chain)
			p.Found = found(t, ti.start-len(n), ti.end, "people/before-title")
			p.Agency = agencyEnding(ti.start - len(n))
			out = append(out, p)
		}
	}
	return out
}

// callVerb says what a title's holder is called (书记叫杨杰, 主任名叫张三):
// the verb of naming between a title and the holder's name.
const callVerb = "叫"

// calledName is where the name starts that a title of office ending at
// i gives with the verb of naming after it (书记叫杨杰。, 书记名叫杨杰。):
// the holder's name, standing whole to the clause's end. Where the verb
// leads anything else (书记叫我们去, 主任叫来张三帮忙) it is i.
func calledName(s string, words wordsAt, i int) int {
	j := i
	if strings.HasPrefix(s[j:], "名"+callVerb) {
		j += len("名")
	}
	if !strings.HasPrefix(s[j:], callVerb) {
		return copulaName(s, words, i)
	}
	j += len(callVerb)
	if n, ok := nameAfter(s, words(j), j); ok && clauseEnd(s, j+len(n)) {
		return j
	}
	return i
}

// printedLabel is the credit label ti as its field prints it: the label
// of the lexicon (编辑) with the one to three Chinese characters that
// open the field before it (图文编辑, 文字编辑, 网站编辑), where the label
// closes with its colon or a separator (图文编辑:李馨雨). The role is the
// label as printed. What stands before is no label's part where it holds
// a title (一审编辑, a chain of its own) or ends in a body's ending
// (办公室编辑: the body's credit); elsewhere the label is ti.
func printedLabel(t span.Text, words wordsAt, ti title) title {
	s := t.String()
	r, _ := utf8.DecodeRuneInString(s[ti.end:])
	if ti.end >= len(s) || !strings.ContainsRune("：:"+creditSeps, r) {
		return ti
	}
	p, n := ti.start, 0
	for p > 0 && n < 3 && !t.HasGapAt(p) {
		c, w := utf8.DecodeLastRuneInString(s[:p])
		if !unicode.Is(unicode.Han, c) {
			break
		}
		p -= w
		n++
	}
	if n == 0 || p > 0 && !t.HasGapAt(p) {
		if c, _ := utf8.DecodeLastRuneInString(s[:p]); n == 0 || !strings.ContainsRune(fieldOpeners, c) {
			return ti
		}
	}
	if valueBefore(t, p) {
		return ti // 来源:某乡责任编辑:吴某: the previous field's value run on, no label's part
	}
	prefix := s[p:ti.start]
	if strings.HasPrefix(prefix, selfRef) {
		return ti // 本文件主要起草人: 本 points at the text itself, no label's part
	}
	for j := 0; j < len(prefix); {
		if _, ok := lexicon.Titles().At(prefix, j); ok {
			return ti
		}
		_, w := utf8.DecodeRuneInString(prefix[j:])
		j += w
	}
	if _, ok := lexicon.AgencySuffixes().EndingAt(prefix, len(prefix)); ok {
		return ti
	}
	if p > 0 && bareName(prefix, words(p), p) {
		return ti // 作者:甲某 乙某某责任编辑:丙某: the last name of the field before, run on
	}
	return title{p, ti.end, s[p:ti.end]}
}

// selfRef is the demonstrative that opens a text's words for itself (本文件,
// 本报, 本刊: this document, this paper): before a credit label it names
// the text the credit is of, no part of the label.
const selfRef = "本"

// knownWordOpens reports whether the name read at [i, j) opens with a
// word of two characters or more that the segmenter knows as a word of
// another kind than a name's (关爱, a verb, in 留守儿童|关爱|网) and that
// ends inside it: the words after a status word are then a noun phrase
// the status word qualifies (留守儿童关爱网, the care network for
// left-behind children), read as words, not a name. A name the segmenter
// did not know is one word of its own (低保户|李跃声) or starts with its
// surname alone.
func knownWordOpens(ts []segment.Token, i, j int) bool {
	k := tokenAt(ts, i)
	return k >= 0 && ts[k].End < j && utf8.RuneCountInString(ts[k].Word) >= 2 && !nameTag(ts[k].Tag)
}

// creditBody reports whether the value of a credit at i, of which the
// name rules read n, names a body: its run goes on past n and is one
// body's name (区民政|局, 市民政局办公室), so the credit is the body's and
// n a piece of its name. A name read whole to the run's end (张文科) is a
// person's whatever its last character.
func creditBody(s string, i int, n string) bool {
	v := creditRun(s, i)
	if len(v) <= len(n) {
		return false
	}
	if agency.One(v, false) {
		return true
	}
	// 作者:区民政局字体[大 中 小]: the run goes on into the words a web
	// page prints after the field (字体, 分享), with no mark between; the
	// body's ending right after n closes one body's name all the same.
	suf, ok := lexicon.AgencySuffixes().At(s, i+len(n))
	return ok && agency.One(s[i:i+len(n)+len(suf)], false)
}

// creditRun is the run of Chinese characters that starts at i, up to
// punctuation, a space, a line's end or the next title: the value a credit
// label gives (编审:刘晓平, 实习生宾振宇|), if the label gives one.
func creditRun(s string, i int) string { return s[i:hanRunEnd(s, i, len(s))] }

// fieldRun is creditRun cut at the first space of the source the text
// squeezed out: the fields of a credit (审核:陈美文 武颖娜) are parted by
// spaces, each one name.
func fieldRun(t span.Text, i int) string {
	v := creditRun(t.String(), i)
	for j := i; j < i+len(v); {
		if j > i && t.HasGapAt(j) {
			return v[:j-i]
		}
		_, w := utf8.DecodeRuneInString(v[j-i:])
		j += w
	}
	return v
}

// spacedFieldName is the name a title's label:value field gives at after
// when the printed line parts its fields with spaces (部长:王立新   二〇一〇年…,
// 局长:张建国 副局长:…): the run of Chinese characters from the colon to
// the space the text squeezed out is the holder's whole name, a surname
// and one or two characters. The name rules, reading the squeezed text,
// may cut it short where the next field runs on (王立|新二〇一〇: 新 read
// as the date's neighbour) or find none; the printed space is the field's
// end. A run longer than a name, or one that is no name (checkName),
// leaves n, ok as read.
func spacedFieldName(t span.Text, ti title, after int, n string, ok bool) (string, bool) {
	s := t.String()
	end := ti.end
	if contactWord(ti.word) {
		end = contactLabelEnd(s, end) // 联系人及电话:田某某 0871-…: the colon the fields share
	}
	if !strings.HasPrefix(s[end:], ":") && !strings.HasPrefix(s[end:], "：") || after >= len(s) {
		return n, ok
	}
	v := fieldRun(t, after)
	e := after + len(v)
	if e >= len(s) || !t.HasGapAt(e) || ok && (len(v) <= len(n) || !strings.HasPrefix(v, n)) {
		return n, ok
	}
	sur, found := surnameAt(s, after)
	if !found || len(v) <= len(sur) || utf8.RuneCountInString(v[len(sur):]) > 2 {
		return n, ok
	}
	if m, good := checkName(v); good {
		return m, true
	}
	return n, ok
}

// hanRunEnd is where the run of Chinese characters from i ends, at
// punctuation, a space, end or the next title.
func hanRunEnd(s string, i, end int) int {
	j := i
	for j < end {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		if _, ok := lexicon.Titles().At(s, j); ok && j > i {
			break
		}
		j += w
	}
	return j
}

// bylineField reads the whole field that a credit label gives at i, of
// which the name rules read n: the name a byline prints runs to the
// field's end, a closing bracket, a space or a line's end (通讯员 井富强),
// and a lexicon's word or a stop character inside it does not cut it. The
// field is n where it is longer than a name (a surname and two
// characters), where it ends otherwise (记者李某报道。), or where what n
// leaves over is a credit's verb (李某摄) or a particle that may close a
// clause (张三等): a word of the line, no part of the name. A stop that
// only leads the words after it (和, 及) leads none before a closing
// bracket, so it is the name's (王建和). The marks of a writer's part (文
// for the text, 图 for the pictures) close a name only after a writer's
// label (记者李某文); after a reviewer's or an editor's (审核:陈美文) no
// part of the work is credited, and the character is the name's.
func bylineField(t span.Text, ts []segment.Token, i int, n, label string) string {
	s := t.String()
	v := fieldRun(t, i)
	end := i + len(v)
	if len(v) <= len(n) || !strings.HasPrefix(v, n) {
		return n
	}
	if r, _ := utf8.DecodeRuneInString(s[end:]); end < len(s) && !t.HasGapAt(end) && !strings.ContainsRune(fieldEnds, r) {
		return n
	}
	sur, ok := surnameAt(v, 0)
	if !ok || utf8.RuneCountInString(v[len(sur):]) > 2 {
		return n
	}
	if _, ok := lexicon.AgencySuffixes().EndingAt(v, len(v)); ok {
		return n
	}
	for j := i + len(n); j < end; {
		if mediumAt(s, ts, j) {
			return n // 作者:阳湖网: an outlet's name, no one's
		}
		_, w := utf8.DecodeRuneInString(s[j:])
		j += w
	}
	tail := v[len(n):]
	writer := lexicon.CueWordList("byline").Has(label) || utf8.RuneCountInString(tail) > 1
	if lexicon.CueWordList("creditverb").Has(tail) || writer && lexicon.CueWordList("byline").Has(tail) || stopWord(tail) && !leadsOnly(tail) && !objectStop(tail) {
		return n
	}
	if name, ok := checkName(v); ok {
		return name
	}
	return n
}

// fieldEnds are the marks that end a byline's field after its name: a
// closing bracket, a space, a line's end.
const fieldEnds = "）)】]\n \t\u3000"

// creditValue reads the name a credit label gives at i whatever its
// surname: a label of a byline or a footer (编审, 实习生, 作者) fixes its
// value as a person's name, so a value of two or three characters that
// runs to the credit's end is a name even when its surname is missing
// from the lexicon (实习生宾振宇). It is none where the segmenter reads
// it as words of another kind: a known word of two characters or more
// (记者近日, 作者所有, 摄影记者培训班) or a one-character word that opens
// no name (记者去了: a verb, a particle).
func creditValue(t span.Text, ts []segment.Token, i int) (string, bool) {
	v := fieldRun(t, i)
	if n := utf8.RuneCountInString(v); n < 2 || n > 3 {
		return "", false
	}
	for k := tokenOver(ts, i+1); k < len(ts) && ts[k].Start < i+len(v); k++ {
		tok := ts[k]
		if tok.Start < i || tok.End > i+len(v) {
			return "", false // a word runs across the value's bounds
		}
		if utf8.RuneCountInString(tok.Word) >= 2 && !nameTag(tok.Tag) {
			return "", false
		}
		if utf8.RuneCountInString(tok.Word) == 1 && !surnameTag(tok.Tag) {
			return "", false
		}
	}
	if _, ok := lexicon.AgencySuffixes().EndingAt(v, len(v)); ok {
		return "", false
	}
	return checkName(v)
}

// prepositionObject reports whether the title at i is the object of a
// preposition right before it (至記者截稿, 向记者介绍, 据记者了解): the
// title names the role in a clause of the text, no byline, so the words
// after it are the clause's verb, no credited name. A byline's label
// opens its line or follows the outlet, never a preposition.
func prepositionObject(ts []segment.Token, i int) bool {
	k := tokenEndingAt(ts, i)
	return k >= 0 && ts[k].Tag == "p"
}

// unknownNameAfter reads the name after a title of office that the
// surname rules miss: a report prints the holder's name right after the
// title and the verb right after the name (局长张彧杰带领, 副县长拉西出席),
// so a span of two or three characters there in which the segmenter knows
// no word is a name, whatever its surname or the rarity of its characters.
// The span runs from i to a verb the segmenter cut (v) or to punctuation;
// its words are words the segmenter did not know (x: 拉西) or single
// characters that are no function word (彧, 杰), the first one also a
// surname of the lexicon however the segmenter read it (张, a measure
// word, in 张|彧|杰). Single characters alone
// must make three: two are too often a phrase cut apart (从|严). A stop
// character in it (到会, 在场) or a body's ending makes it no name.
func unknownNameAfter(s string, ts []segment.Token, i int) (string, bool) {
	k := tokenAt(ts, i)
	if k < 0 {
		return "", false
	}
	_, surnameFirst := surnameAt(s, i)
	j, chars, unknown, led := i, 0, false, false
run:
	for ; k < len(ts) && ts[k].Start == j; k++ {
		tok := ts[k]
		if tok.Tag == "v" || !allHan(tok.Word) || j > i && (commissionAt(s, j) || actClosesRun(s, j)) {
			break // 受…局长某某某|委托 (people_commission.go), 阿东|讲话 (people_actclosed.go)
		}
		n := utf8.RuneCountInString(tok.Word)
		switch {
		case tok.Tag == "x":
			unknown = true
		case n == 1 && surnameTag(tok.Tag):
		case n == 1 && j == i && surnameFirst:
			// 张|彧|杰: a surname the segmenter took for another word (张, a measure)
		case placeGiven(s, ts, i, k):
			// 张|江海: a given name the segmenter read as a place's (江海)
			unknown = true
		case j > i && leaderClosing(ts[k-1]):
			led = true
			break run // 杲|云为|老年人: the preposition leads the words after the name
		default:
			return "", false // a word the segmenter knows: 办公会, 一行
		}
		chars += n
		if chars > 3 {
			return "", false
		}
		j = tok.End
	}
	// 杲|云为|老年人: a stop that leads what follows it (为, a
	// preposition) and that the segmenter ran into the last unknown word
	// closes the name before it, as in a name it read whole (王云为 → 王云).
	if j > i && ts[k-1].End == j && leaderClosing(ts[k-1]) {
		_, w := utf8.DecodeLastRuneInString(ts[k-1].Word)
		j -= w
		chars--
		led = true
	}
	if chars < 2 || !unknown && chars < 3 {
		return "", false
	}
	if !(led || verbToken(ts, k) || clauseEnd(s, j) || commissionAt(s, j) || actClosesRun(s, j)) {
		return "", false
	}
	name := s[i:j]
	for _, r := range name {
		if lexicon.NameStops().Has(string(r)) {
			return "", false
		}
	}
	if _, ok := lexicon.AgencySuffixes().EndingAt(name, len(name)); ok {
		return "", false
	}
	return checkName(name)
}

// placeGiven reports whether ts[k] is a given name of two characters that
// the segmenter read as a place's name (ns: 江海, 长江), right after the
// surname that opens the span at i and that it read alone (张|江海, 张 a
// measure): given names are often such words, and a title of office with
// a verb after the span (副市长张江海出席) leaves no place there. A
// surname that is also a preposition or a verb (于, 向, 任) before a place
// (于|北京) leads the place, no name.
func placeGiven(s string, ts []segment.Token, i, k int) bool {
	tok := ts[k]
	if tok.Tag != "ns" || utf8.RuneCountInString(tok.Word) != 2 || k == 0 {
		return false
	}
	sur, ok := surnameAt(s, i)
	prev := ts[k-1]
	if !ok || prev.Start != i || prev.Word != sur || lexicon.Surnames().Label(sur, 1) == surnameLead {
		return false
	}
	return surnameTag(prev.Tag) || prev.Tag == "q"
}

// leaderClosing reports whether tok is a word the segmenter did not know
// (x) of two characters or more that ends in a stop leading the words
// after it (云为: 为, a preposition), as a name run into that stop is.
func leaderClosing(tok segment.Token) bool {
	if tok.Tag != "x" || utf8.RuneCountInString(tok.Word) < 2 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(tok.Word)
	return lexicon.NameStops().Has(string(last)) && leadsOnly(string(last))
}

// countAt reports whether a count starts at i: digits and a measure word
// of the lexicon (1人, 3名). A name is never followed by a count with
// nothing between (任选1人 is a verb and its object); a phone number
// after a name (张三13800000000) has no measure word.
func countAt(s string, i int) bool {
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsDigit(r) {
			break
		}
		j += w
	}
	if j == i {
		return false
	}
	_, ok := lexicon.Units().At(s, j)
	return ok
}

// officeWord reports whether a title word is an office or a rank held by
// the person named with it (局长, 副县长, 主任), not a credit, a status, a
// form of address or the 联系人 label.
func officeWord(w string) bool {
	if contactWord(w) {
		return false
	}
	switch lexicon.Titles().Label(w, 0) {
	case "credit", "status", "address":
		return false
	}
	return true
}

// creditOutlet reports whether the value a credit label gives at i is
// the name of an outlet the document's dateline prints (云上通山报道: …
// (作者:云上通山)): a site, an app or a paper credited as the writer, no
// person. It takes four characters or more, longer than a name with a
// single surname; a shorter value is left to the name rules.
func creditOutlet(s string, i int, outlet func(string) bool) bool {
	v := creditRun(s, i)
	return outlet != nil && utf8.RuneCountInString(v) >= 4 && outlet(v)
}

// mediaValue reports whether the field a credit label gives at i names a
// news outlet: it ends in the short form of a media centre (cue_words.tsv,
// mediaend: 某县融媒, 融媒), or in a medium's word (media.txt: 日报, 网,
// 公众号) with more before it (安阳日报), the place or the name the outlet
// is of. A person's name is a surname and a given name, never such a word.
func mediaValue(t span.Text, i int) bool {
	v := fieldRun(t, i)
	if _, ok := lexicon.CueWordList("mediaend").EndingAt(v, len(v)); ok {
		return true
	}
	w, ok := lexicon.Media().EndingAt(v, len(v))
	return ok && len(w) < len(v)
}

// datelineOutlet reports whether the document prints name as a news
// report's dateline: at a line's start (after spaces), a dateline mark
// right after it (新渝报讯(记者…), 云上通山报道:(…)). The outlets are read
// once for the document, every line's opening words before a mark.
func (e *Env) datelineOutlet(name string) bool {
	e.outletsOnce.Do(func() { e.outlets = datelineOutlets(e.Whole()) })
	return e.outlets[name]
}

// datelineOutlets lists the words that open a line of doc before a
// dateline mark (讯, 报道): every prefix of the line that a mark follows.
func datelineOutlets(doc string) map[string]bool {
	out := map[string]bool{}
	marks := lexicon.CueWordList("datelinemark")
	for len(doc) > 0 {
		line := doc
		if k := strings.IndexByte(doc, '\n'); k >= 0 {
			line, doc = doc[:k], doc[k+1:]
		} else {
			doc = ""
		}
		line = strings.TrimLeft(line, " \t\u3000")
		// Only the opening words can be an outlet: up to the line's first
		// punctuation or space.
		end := strings.IndexFunc(line, func(r rune) bool { return !unicode.Is(unicode.Han, r) })
		if end < 0 {
			end = len(line)
		}
		for i := 0; i < end; {
			_, w := utf8.DecodeRuneInString(line[i:])
			i += w
			if _, ok := marks.At(line, i); ok {
				out[line[:i]] = true
			}
		}
	}
	return out
}

// listedWith finds the names listed with a person already found, one
// mark 、 apart (县领导吴晖华、陈福军、陈忠、赵红玉, 陈忠 named 副县长 elsewhere in
// the text): a list that holds a person's name is a list of people. They
// take no title: the list's own is none of theirs for certain.
func listedWith(t span.Text, words wordsAt, people []schema.Person) []schema.Person {
	s := t.String()
	if !strings.Contains(s, "、") {
		return nil // no list mark, no list
	}
	var out []schema.Person
	known := map[string]bool{}
	for _, p := range people {
		known[p.Name] = true
	}
	add := func(b bounds, body string, role *string) {
		n := s[b.start:b.end]
		if known[n] || dotJoinedBefore(s, b.start) || dotJoinedAfter(s, b.end) {
			return
		}
		if _, ok := checkName(n); !ok {
			return
		}
		known[n] = true
		q := schema.Person{Name: n, Agency: body, Role: role}
		q.Found = found(t, b.start, b.end, "people/listed-with")
		if role != nil {
			q.Titles = []string{*role}
			q.Found = found(t, b.start, b.end, "people/shared-title")
		}
		out = append(out, q)
	}
	// A name found twice is searched for once: the second search finds
	// only names the first added.
	searched := map[string]bool{}
	// The texts a list mark stands beside, as long as the names sought:
	// a name found nowhere among them opens no list, and its occurrences
	// are not looked for (a search of the whole text a name).
	lens := map[int]bool{}
	for _, p := range people {
		lens[len(p.Name)] = true
	}
	beside := map[string]bool{}
	for m := range occurrences(s, "、") {
		at := m + len("、")
		for n := range lens {
			if m-n >= 0 {
				beside[s[m-n:m]] = true
			}
			if at+n <= len(s) {
				beside[s[at:at+n]] = true
			}
		}
	}
	for _, p := range people {
		if searched[p.Name] || !beside[p.Name] {
			continue
		}
		searched[p.Name] = true
		for at := 0; at < len(s); {
			k := strings.Index(s[at:], p.Name)
			if k < 0 {
				break
			}
			start, end := at+k, at+k+len(p.Name)
			at = end
			before, after := strings.HasSuffix(s[:start], "、"), strings.HasPrefix(s[end:], "、")
			if !before && !after {
				continue
			}
			// Leftwards over the list: each name ends at a mark. A
			// title printed after the list is each name's (listTitle).
			shared := listTitle(s, p, end)
			for j := start; strings.HasSuffix(s[:j], "、"); {
				i := j - len("、")
				n, ok := nameBefore(s, words(i-1), i)
				if !ok {
					break
				}
				add(bounds{i - len(n), i}, "", shared)
				j = i - len(n)
			}
			// Rightwards, as names sharing a title are read.
			last := end
			for _, b := range sharingTitle(t, words, end, "", false) {
				add(b, "", nil)
				last = b.end
			}
			// Then the members printed with their body and no title.
			for {
				body, b, ok := bodyMember(s, words, last)
				if !ok {
					break
				}
				add(b, body, nil)
				last = b.end
			}
		}
	}
	return out
}

// bodyMember reads the member of a list of people that follows the mark
// 、 at i and names a person by the body they are from, with no title
// (…秘书长王梦玲、兵团社会救助保障中心李琴一起慰问…): a list that names its
// people each with their body and post may give one the body alone. The
// member is a body's name (agency.Shape: words before an agency ending)
// and a bare name right after it (bareName), which ends where the list
// does or before the words of its clause the segmenter cut (一起, 参加);
// no title stands in the member (one there is findPeople's). It returns
// the body and the name's bounds.
func bodyMember(s string, words wordsAt, i int) (string, bounds, bool) {
	if !strings.HasPrefix(s[i:], "、") {
		return "", bounds{}, false
	}
	j := i + len("、")
	// The member runs to the first mark: its body's name and its name are
	// one run of characters.
	for k := j; k < len(s); {
		r, w := utf8.DecodeRuneInString(s[k:])
		if !unicode.Is(unicode.Han, r) || titleAt(s, k) {
			break
		}
		k += w
		if _, ok := lexicon.AgencySuffixes().EndingAt(s, k); !ok || !agency.Shape(s[j:k]) {
			continue
		}
		ts := words(k)
		name, ok := nameAfter(s, ts, k)
		if !ok || !bareName(name, ts, k) || titleAt(s, k+len(name)) {
			continue
		}
		if e := k + len(name); listEnd(s, ts, e) || cutAt(ts, e) && clauseWordAt(ts, e) {
			return s[j:k], bounds{k, e}, true
		}
	}
	return "", bounds{}, false
}

// clauseWordAt reports whether the word at j is one of the words of a
// clause that follow its subject: a numeral or adverb of manner (一起,
// 一同), a verb, a preposition or a conjunction.
func clauseWordAt(ts []segment.Token, j int) bool {
	k := tokenAt(ts, j)
	if k < 0 {
		return false
	}
	switch ts[k].Tag {
	case "m", "d", "v", "p", "c":
		return true
	}
	return false
}

// person is the person called name with the chain of titles before or
// after the name. A credit label closed by a slash (图/) is the label
// without it: the slash stands for the label's colon.
func person(name string, chain []title) schema.Person {
	p := schema.Person{Name: name}
	for _, c := range chain {
		if !contactWord(c.word) && !statusWord(c.word) && (!addressWord(c.word) || addressRole(c.word)) {
			p.Titles = append(p.Titles, strings.TrimSuffix(c.word, "/"))
		}
	}
	if n := len(p.Titles); n > 0 {
		role := p.Titles[n-1]
		p.Role = &role
	}
	return p
}

// joinCredits joins the credit labels of a chain printed with nothing
// between them into one label (初审|编辑: 初审编辑, the editor of the first
// review round): the label a page prints is the role as a whole, as 责任编辑
// and 摄影记者 are. A label closed by a slash (文/记者) is a field of its
// own, the writer's, and the title after it is the person's post.
func joinCredits(chain []title) []title {
	var out []title
	for _, c := range chain {
		if n := len(out); n > 0 && creditWord(c.word) && out[n-1].end == c.start &&
			creditWord(out[n-1].word) && !strings.HasSuffix(out[n-1].word, "/") {
			out[n-1] = title{out[n-1].start, c.end, out[n-1].word + c.word}
			continue
		}
		out = append(out, c)
	}
	return out
}

// bracketedTitle reports whether title t stands in a bracket that opens
// at i, after a body's name or nothing, and closes after it.
func bracketedTitle(s string, i int, t title) bool {
	var open string
	for _, o := range []string{"（", "("} {
		if strings.HasPrefix(s[i:], o) {
			open = o
		}
	}
	if open == "" || t.start < i+len(open) {
		return false
	}
	if body := s[i+len(open) : t.start]; body != "" && !agency.Shape(body) {
		return false
	}
	return strings.HasPrefix(s[t.end:], "）") || strings.HasPrefix(s[t.end:], ")")
}

// bracketedOfficeEnd is where the bracket ends that title k closes, where
// the bracket opened right after an earlier title (某局党组书记(兼某协会
// 会长)王某): a second office the holder fills is printed in brackets
// between the first title and the name, so the name follows the bracket.
// A bracket that holds a clause's punctuation (，、；) is a note, no office.
func bracketedOfficeEnd(s string, titles []title, k int) (int, bool) {
	ti := titles[k]
	var close string
	for _, c := range []string{"）", ")"} {
		if strings.HasPrefix(s[ti.end:], c) {
			close = c
		}
	}
	if close == "" {
		return 0, false
	}
	for m := k - 1; m >= 0; m-- {
		for _, o := range []string{"（", "("} {
			if !strings.HasPrefix(s[titles[m].end:], o) {
				continue
			}
			inside := s[titles[m].end+len(o) : ti.start]
			if !strings.ContainsAny(inside, "，,、；;。（）()") {
				return ti.end + len(close), true
			}
		}
	}
	return 0, false
}

// guessRunsOn reports whether a word the segmenter guessed starts at j,
// right after a name: the name was cut from a longer unknown word (应保|尽保).
func guessRunsOn(ts []segment.Token, j int) bool {
	k := tokenAt(ts, j)
	return k >= 0 && ts[k].Tag == "x" && utf8.RuneCountInString(ts[k].Word) > 1
}

// commonNounAt reports whether a word of two or more characters that the
// segmenter knows as a common noun (n) starts at j: after a status word
// (烈属家庭, 低保户家庭) it continues a compound, it is no name.
func commonNounAt(ts []segment.Token, j int) bool {
	k := tokenAt(ts, j)
	return k >= 0 && ts[k].Tag == "n" && utf8.RuneCountInString(ts[k].Word) > 1
}

// addressWord reports whether a title word is a form of address printed
// after a full name (张强同志): the person takes no title.
func addressWord(w string) bool { return lexicon.Titles().Label(w, 0) == "address" }

// addressRole reports whether a form of address is also the role printed
// next to the name (titles.tsv, third column role: 王某某老师).
func addressRole(w string) bool { return addressWord(w) && lexicon.Titles().Label(w, 1) == "role" }

// creditWord reports whether a title word is a credit label of a byline
// or a footer (记者, 作者, 编辑, 终审).
func creditWord(w string) bool { return lexicon.Titles().Label(w, 0) == "credit" }

// actLabel reports whether a title word is a credit label that is also a
// verb of running text (审核, 编辑, 签发: titles.tsv's act credits).
func actLabel(w string) bool {
	return creditWord(w) && lexicon.Titles().Label(w, 1) == "act"
}

// creditPlace reports whether the credit label titles[k] stands where a
// credit prints it: opening a field (at a line's start, after a space, a
// bracket, a separator, a colon or another credit label: 初审编辑) or
// followed by its colon, a space, a separator or its round in brackets
// (审核：某某, 编辑 某某, 编辑丨某某, 编辑(一审)丨某某). A label that a
// clause's words enclose on both sides (经领导机关审核盖章, 健全年审核机制)
// is the clause's verb, and the word after it no one's name.
func creditPlace(t span.Text, titles []title, k int) bool {
	s, ti := t.String(), titles[k]
	if ti.start == 0 || t.HasGapAt(ti.start) {
		return true
	}
	if k > 0 && titles[k-1].end == ti.start && creditWord(titles[k-1].word) {
		// 初审编辑: a label after another opens a field where that one
		// does (经过一审二审三审后付印: the verbs of a clause, no field).
		return !actLabel(titles[k-1].word) || creditPlace(t, titles, k-1)
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:ti.start]); strings.ContainsRune(fieldOpeners, r) {
		return true
	}
	if ti.end >= len(s) || t.HasGapAt(ti.end) || creditRound(s, ti.end) != ti.end {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[ti.end:])
	return strings.ContainsRune(fieldClosers, r)
}

// runOnVerb reports whether the act label ti (审核, 编辑), run straight
// into the name read from after to e with no colon, space, separator or
// round between them, is a clause's verb: a credit printed so (编辑李馨雨,
// 审核张三 校对李四) closes its field after the name, at the line's end, a
// space, a bracket or a separator, or another credit label follows it,
// while a clause runs on (审核通过后,救助资金…发放: 通过后 is no name).
func runOnVerb(t span.Text, ti title, after, e int) bool {
	s := t.String()
	if after != ti.end || creditRound(s, ti.end) != ti.end {
		return false // 审核：某某, 编辑 某某, 编辑(一审)丨某某
	}
	if e >= len(s) || t.HasGapAt(e) {
		return false
	}
	r, w := utf8.DecodeRuneInString(s[e:])
	if strings.ContainsRune(fieldEnds, r) || strings.ContainsRune(fieldClosers, r) || strings.ContainsRune(creditListMarks, r) {
		return false
	}
	next := e
	if strings.ContainsRune(creditCommas, r) {
		next = e + w
	}
	if w, ok := lexicon.Titles().At(s, next); ok && creditWord(w) {
		return false // 审核张三,校对李四: the next credit's label
	}
	return true
}

// creditListMarks part the names or the fields of a credit line
// (审核张三、李四; 编辑张三;审核李四); creditCommas part its fields
// only where the next field's label follows.
const (
	creditListMarks = "、;；"
	creditCommas    = ",，"
)

// The marks that open a credit's field before its label (a line's end, a
// space, a bracket, a separator, the colon of the field before) and those
// that close its label (its colon, a space, a separator, a slash).
const (
	fieldOpeners = "\n \t\u3000（(【[丨｜|/:：;；"
	fieldClosers = "\n \t\u3000:：丨｜|/"
)

// fieldRunsOn reports whether the value of a credit field whose label
// ends at label runs on past the name read up to end: a field closed by
// its colon (作者:…) holds one value up to a space (or the source's space
// the text squeezed out), a line's end or a mark, so a name that a word
// follows straight on is cut from a longer value, a site's handle
// (作者: 平谷小编) and no person, unless that word opens a field of its
// own (编辑:张三审核:李四, a title of the lexicon; 编辑:叶亚运来源:…, any
// word its colon closes: the next field's label glued on) or goes on a
// sentence (编辑:王芳负责, a verb). A word that a colon closes right
// after the label (作者:    時間:…) is the next field's label, the field
// before it left empty. ts are the words of the clause at end.
func fieldRunsOn(t span.Text, ts []segment.Token, label, end int) bool {
	s := t.String()
	c, _ := utf8.DecodeRuneInString(s[label:])
	if c != ':' && c != '：' || end >= len(s) || t.HasGapAt(end) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[end:])
	if r == ':' || r == '：' {
		return true
	}
	if !unicode.Is(unicode.Han, r) {
		return false
	}
	if _, ok := lexicon.Titles().At(s, end); ok {
		return false
	}
	run := strings.IndexFunc(s[end:], func(r rune) bool { return !unicode.Is(unicode.Han, r) })
	if run >= 0 && !t.HasGapAt(end+run) && strings.ContainsRune(":：", []rune(s[end+run:])[0]) {
		return false
	}
	k := tokenAt(ts, end)
	return k >= 0 && !strings.HasPrefix(ts[k].Tag, "v")
}

// stampVerb reports whether the act label ti (编辑, 审核) closes an edit
// stamp: a time right before it (spaces between) and nothing after it on
// its line (本帖最后由 某某 于 2014-7-10 09:37 编辑, a forum's stamp; 于 …
// 审核). There the label is the verb of "edited at that time", and the
// next line no credit's value. A credit label at a time (发布时间:2024-09-05
// 16:56 编辑:叶亚运) prints its value on its own line.
func stampVerb(s string, ti title) bool {
	before := strings.TrimRight(s[:ti.start], " \t\u3000")
	if before == "" || !isDigit(before[len(before)-1]) {
		return false
	}
	rest := strings.TrimLeft(s[ti.end:], " \t\u3000")
	return rest == "" || rest[0] == '\n'
}

// labelNextLine reports whether the name read after a title ending at
// i, which ends at e, stands on the next line as a field's label: a
// colon after it and the field's value, a code, a number or a date in
// digits or Latin letters (索引号:000014688/2014-00079), no one's name. A
// title's name may wrap to the next line, and a speaker's name before
// the colon of an interview (副科长\n蒋立群:以前是…) is followed by words.
func labelNextLine(s string, i, e int) bool {
	if !strings.Contains(s[i:e], "\n") {
		return false
	}
	rest, ok := strings.CutPrefix(s[e:], ":")
	if !ok {
		if rest, ok = strings.CutPrefix(s[e:], "："); !ok {
			return false
		}
	}
	rest = strings.TrimLeft(rest, " ")
	return rest != "" && rest[0] < 0x80 && isASCIIAlnum(rune(rest[0]))
}

// levelsBefore reports whether the title at i follows a count of levels
// (三级书记, 五级书记, 各级书记: the secretaries of county, township and
// village): a class of holders, not one person, so the words after it
// name no one. A grade that is part of its title (七级职员, 一级调研员) is
// read whole by the titles' lexicon and has no 级 before it.
func levelsBefore(s string, i int) bool {
	r := levelCountBefore(s, i)
	return numeralRune(r) || r == '各' || r == '多'
}

// levelCountBefore is the character that counts the 级 right before i
// (三级, 2级, 各级), or 0 where no 级 stands there.
func levelCountBefore(s string, i int) rune {
	t, ok := strings.CutSuffix(s[:i], "级")
	if !ok {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return r
}

// numeralRune reports whether r is a digit or a Chinese numeral.
func numeralRune(r rune) bool { return r >= '0' && r <= '9' || numeral.IsChinese(r) }

// eachList reports whether the name read at i stands in a 、 list that
// 各 (each, every) opens (各社区民政干部、双百社工要…): 各 distributes over
// every member of the list, so each member is a class of holders, no one
// person, and the words before the title are no name. 各位 is a form of
// address (各位来宾、张三局长), no such list.
func eachList(s string, i int) bool {
	if !strings.HasSuffix(s[:i], "、") {
		return false
	}
	start := 0
	if k := strings.LastIndexAny(s[:i], "，,。；;：:！!？?\n"); k >= 0 {
		_, w := utf8.DecodeRuneInString(s[k:])
		start = k + w
	}
	clause := strings.TrimLeft(s[start:i], " \t\u3000")
	return strings.HasPrefix(clause, each) && !strings.HasPrefix(clause, eachAddress)
}

// each opens a list of classes (各县民政局、各有关单位); eachAddress is the
// form of address that opens a greeting (各位来宾).
const (
	each        = "各"
	eachAddress = "各位"
)

// salutationClose reports whether the colon that closes a salutation
// stands at i and ends its line. A reply to a deputy's proposal (复函 to a
// 人大代表 or 政协委员) opens with its addressee alone on a line, name and
// title and colon (张某某代表：): there a title printed before the name only
// (代表) follows it, since no words follow on the line for the verb of
// speaking for someone to govern.
func salutationClose(s string, i int) bool {
	for _, c := range []string{"：", ":"} {
		if rest, ok := strings.CutPrefix(s[i:], c); ok {
			return strings.TrimLeft(rest, " \t\u3000") == "" || strings.HasPrefix(strings.TrimLeft(rest, " \t\u3000"), "\n")
		}
	}
	return false
}

// beforeOnly reports whether a title word is printed before the name only
// (titles.tsv's third column "before"): 代表 heads a name as a title
// (家庭代表张素霞), while after a name it is the verb of speaking for
// someone (张三代表市民政局致辞), no title of the name before it.
func beforeOnly(w string) bool { return lexicon.Titles().Label(w, 1) == "before" }

// statusWord reports whether a title word names a person's status to the
// welfare system (低保户), not an office: the person takes no title.
func statusWord(w string) bool { return lexicon.Titles().Label(w, 0) == "status" }

// titlesIn finds the titles of office in s, longest first, left to right,
// and the 联系人 label.
func titlesIn(s string) []title {
	var out []title
	titles := lexicon.Titles()
	contacts := contactWords() // asked once: each ask looks the list up by name
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if contacts.MayStart(r) {
			if w, ok := contacts.At(s, i); ok {
				out = append(out, title{i, i + len(w), w})
				i += len(w)
				continue
			}
		}
		if titles.MayStart(r) {
			if w, ok := titles.At(s, i); ok {
				// 常委|会: a title that heads a longer agency ending is
				// part of a body's name.
				if suf, ok := lexicon.AgencySuffixes().At(s, i); ok && len(suf) > len(w) {
					i += len(suf)
					continue
				}
				at, word := dutyModified(s, i, w)             // 主管|镇长: people_labelled.go
				at, word = fieldQualified(s, at, word)        // 有限公司|人资|总监: people_fieldhead.go
				end, word := designated(s, i+len(w), w, word) // 局长|人选: people_designate.go
				out = append(out, title{at, end, word})
				i = end
				continue
			}
		}
		i += n
	}
	return out
}

// chainStarts gives, for each title, the first title of the chain that
// ends with it: titles joined directly, by 、, or across the body they
// belong to (市政协副主席、市民政局局长). One pass forward over the titles
// finds every chain, so a chain is as long as the text prints it and the
// cost is the text's length.
func chainStarts(s string, titles []title, words wordsAt) []int {
	starts := make([]int, len(titles))
	for k := range titles {
		starts[k] = k
		if k > 0 && chained(s, titles[k-1], titles[k], words) {
			starts[k] = starts[k-1]
		}
	}
	return starts
}

// chained reports whether title b continues the chain of title a before
// it. A form of address closes a mention (有关同志、市民政局党组书记).
// Between them stands nothing, 、, or a body's name: Chinese characters
// only, ending in an agency ending (市民政局, or 局 alone for the body
// just named). A title that a name follows is that
// name's (高级工程师雷雨和南阳市消防救援支队防火监督科副科长郑新芳): the
// span after it starts with the name, no body's, and the chain closes.
// So a text that lost its punctuation breaks its chains at each named
// person, with no count of characters or titles to bound them.
func chained(s string, a, b title, words wordsAt) bool {
	if addressWord(a.word) {
		return false
	}
	gap := strings.TrimPrefix(s[a.end:b.start], "、")
	if gap == "" {
		return true
	}
	if statusWord(a.word) {
		// 女子的丈夫|紧紧握住市救助管理站|站长: a status or a kinship is no
		// office of a body, so no body's words join it to the next title.
		return false
	}
	if _, ok := lexicon.AgencySuffixes().Suffix(gap); !ok || !allHan(gap) {
		return false
	}
	_, named := nameAfter(s, words(a.end), a.end)
	return !named
}

// nameAfter reads the name that starts at byte offset i. A name never
// starts or ends at a middle dot that joins it to more characters: the dot
// parts the pieces of one transcribed name (GB/T 15834-2011, 间隔号), so a
// piece on either side of it (古丽奴儿 of 古丽奴儿·吐尔地, 巴拉提 of
// 沙拉买提汗·巴拉提) is no name of its own.
func nameAfter(s string, ts []segment.Token, i int) (string, bool) {
	if i >= len(s) || dotJoinedBefore(s, i) {
		return "", false
	}
	n, ok := nameAfterAt(s, ts, i)
	if ok && dotJoinedAfter(s, i+len(n)) {
		return "", false
	}
	return n, ok
}

// dotJoinedBefore reports whether a name dot stands right before i with a
// Chinese character before it.
func dotJoinedBefore(s string, i int) bool {
	r, w := utf8.DecodeLastRuneInString(s[:i])
	if w == 0 || !strings.ContainsRune(nameDots, r) {
		return false
	}
	c, _ := utf8.DecodeLastRuneInString(s[:i-w])
	return unicode.Is(unicode.Han, c)
}

// dotJoinedAfter reports whether a name dot stands at i with a Chinese
// character after it.
func dotJoinedAfter(s string, i int) bool {
	r, w := utf8.DecodeRuneInString(s[i:])
	if i >= len(s) || !strings.ContainsRune(nameDots, r) {
		return false
	}
	c, _ := utf8.DecodeRuneInString(s[i+w:])
	return unicode.Is(unicode.Han, c)
}

// nameAfterAt reads the name that starts at byte offset i, dots aside.
func nameAfterAt(s string, ts []segment.Token, i int) (string, bool) {
	if n, ok := transcribedAfter(s, ts, i); ok && !dotJoinedAfter(s, i+len(n)) {
		return n, true
	}
	if n, ok := dottedAfter(s, ts, i); ok {
		return n, true
	}
	sur, ok := surnameAt(s, i)
	if !ok || leadsWord(ts, i, sur) || rareLeadOpens(ts, i, sur) || modalVerb(s, i, sur) || localizerAfter(s, i, sur) || unitBeforeFigure(s, i) || levelOpensBody(s, i, sur) {
		return "", false
	}
	if n, ok := appointedName(s, i, sur); ok {
		return n, true
	}
	if k := tokenAt(ts, i+len(sur)); k >= 0 && numeralGiven(s, ts[k].Start, ts[k].End) {
		// 会长|曾|三元,: a numeral and its measure closing the clause
		// right after a title and a surname are the given name.
		return checkName(s[i:ts[k].End])
	}
	if k := tokenAt(ts, i+len(sur)); k >= 0 && ts[k].Tag == "m" && utf8.RuneCountInString(ts[k].Word) > 1 {
		// 过|一个, 张|一些: a given name does not open with a numeral
		// and its measure (m); the "surname" is a verb before a count.
		return "", false
	}
	if n, ok := listedName(s, i, len(s), ts); ok {
		return n, true
	}
	if k := tokenAt(ts, i); k >= 0 {
		tok := ts[k]
		n := utf8.RuneCountInString(tok.Word)
		switch {
		case n >= 2 && n <= 3 && allHan(tok.Word) && nameTag(tok.Tag):
			name := tok.Word
			if last, _ := utf8.DecodeLastRuneInString(name); agency.OneCharLevel(string(last)) != "" {
				if _, ok := lexicon.AgencySuffixes().At(s, tok.End); ok {
					return "", false // 从市|民政局: the level opens the body's name
				}
			}
			// 张丽及: a conjunction or particle the segmenter took into
			// an unknown word ends the name before it.
			// 李华|终审: nor does a title it ran into.
			// 王红都、: a stop that only leads what follows it (都, an
			// adverb; 和, a conjunction; 在, a preposition) closes no clause,
			// so before punctuation it is the name's last character.
			if last, w := utf8.DecodeLastRuneInString(name); n == 3 {
				if _, ok := lexicon.Titles().At(s, tok.End-w); ok || stopWord(string(last)) && !(clauseEnd(s, tok.End) && leadsOnly(string(last)) && !cutOffPreposition(s, tok.End, string(last))) && !verbBeforeVerb(ts, k, string(last)) && !objectlessStop(s, tok.End, string(last)) {
					return checkName(name[:len(name)-w])
				}
			}
			// 李德|荣, 丁进|跃,: a name the segmenter cut before its last
			// character, which it tags as a name's or which closes the
			// clause. 王立|新|主持: a character that is no word of the
			// function classes alone (新, an adjective), between the name
			// and a verb the segmenter cut, is the name's last: a report
			// prints the verb right after the name (王立新主持, 陈国新参加).
			// So it is before a conjunction (张明|虎|及相关…): a name is
			// joined to the next one listed, and no word of a body (县,
			// 局) stands alone between them. And so it is before the 等
			// that closes a list of people (卢攀|登|等领导), whatever the
			// segmenter read the character as (登, a verb): no word of a
			// clause stands alone between the last name and 等. And so
			// is a verb before a verb a report prints after a name
			// (周永|呈|出席): verbBeforeAct.
			if n == 2 && k+1 < len(ts) && marriedName(s, name, ts[k+1]) {
				return checkName(name + ts[k+1].Word)
			}
			if n == 2 && k+1 < len(ts) {
				next := ts[k+1]
				if utf8.RuneCountInString(next.Word) == 1 && allHan(next.Word) && !lexicon.NameStops().Has(next.Word) &&
					(nameTag(next.Tag) || clauseEnd(s, next.End) || surnameTag(next.Tag) && verbToken(ts, k+2) ||
						surnameTag(next.Tag) && conjunctionToken(ts, k+2) && !bodyChar(next.Word) ||
						closerToken(ts, k+2) && !bodyChar(next.Word) || verbBeforeAct(s, ts, k)) {
					name += next.Word
				} else if nameLastAfter(s, tok, next) {
					name += next.Word // 王荣|才|参加: people_namelast.go
				} else if c, ok := gluedLast(s, next); ok {
					name += c // 黄某|某及局班子成员: gluedLast
				} else if c, ok := gluedWordLast(s, ts, k+1); ok {
					name += c // 王某|平和|市民政局: people_gluedword.go
				} else if c, ok := gluedSpeechLast(s, next); ok {
					name += c // 赵某|成作|了工作报告: people_speechverb.go
				} else if c, ok := gluedMotionLast(s, next); ok {
					name += c // 胡友|坚到|我区: people_motion.go
				} else if c, ok := gluedActLast(s, ts, k); ok {
					name += c // 马成|全率|队: people_actglued.go
				} else if c, ok := gluedHonourLast(s, ts, k); ok {
					name += c // 姜益|青获|…称号: people_honourglued.go
				} else if c, ok := gluedDoubledLast(s, ts, k+1); ok {
					name += c // 刘芳|颁|颁发: people_doubledlast.go
				} else if c, ok := gluedSayLast(s, next); ok {
					name += c // 李子|良说|。: people_sayverb.go
				} else if c, ok := gluedForLast(s, next); ok {
					name += c // 张义|华为|新人颁发: people_forglued.go
				} else if lexicon.NameStops().Has(next.Word) && leadsOnly(next.Word) && clauseEnd(s, next.End) && !cutOffPreposition(s, next.End, next.Word) {
					// 王红|都、: a stop that leads the words after it (都,
					// an adverb) closes no clause: before punctuation it
					// is the name's last character.
					name += next.Word
				}
			}
			return checkName(name)
		case n >= 2 && len(tok.Word) > len(sur) && !nameTag(tok.Tag) && !(tok.Tag == "n" && n == 2 && boundaryAt(s, tok.End) && !unitOfTitle(s, sur, tok.End)):
			return "", false // a word the segmenter knows: 强调, 主持
		case n == 1 && len(tok.Word) == len(sur) && k+1 < len(ts) && ts[k+1].Tag == "nr" &&
			utf8.RuneCountInString(ts[k+1].Word) <= 2 && allHan(ts[k+1].Word):
			// 段|迎春: a surname the segmenter took for another word (段, a
			// measure) before a given name it knows.
			return checkName(tok.Word + ts[k+1].Word)
		case n == 1 && len(tok.Word) == len(sur) && measureAfterTitle(ts, k):
			// 局长|封|新华: a measure word counts only after a numeral or a
			// demonstrative (一封, 这封); right after the title it counts
			// nothing, so it is the surname, and the given name runs on
			// as below (新华, which the segmenter read as a proper noun).
		case n == 1 && len(tok.Word) == len(sur) && numeralSurname(s, ts, k):
			// 副县长|万|建华: a numeral right after a title counts nothing,
			// so it is the surname (people_numeralsurname.go), and the
			// given name runs on as below.
		case n == 1 && len(tok.Word) == len(sur) && verbSurname(s, ts, k):
			// 巡视员宋某、|付|卫兵,: a verb right after a title or its
			// list has no subject: the surname (people_verbsurname.go).
		case n == 1 && len(tok.Word) == len(sur) && prepSurname(s, ts, k):
			// 代表|于|贵东、: a preposition right after a title, before a
			// given name, has no object: the surname
			// (people_prepsurname.go).
		case n == 1 && len(tok.Word) == len(sur) && !surnameTag(tok.Tag):
			return "", false // 从 (a preposition), 任 (a verb)
		}
	}
	// Surname and one or two more characters, up to a stop.
	j := i + len(sur)
	if k := tokenAt(ts, i); k >= 0 && ts[k].Word == sur && givenClauseWord(ts, j) {
		return "", false // 代表|时|指出, 社工|室|的|试点: people_givenword.go
	}
	given := 0
	for j < len(s) && given < 2 {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !unicode.Is(unicode.Han, r) || lexicon.NameStops().Has(string(r)) && given > 0 && !givenWordEnd(ts, i+len(sur), j, j+w) {
			break
		}
		if _, ok := lexicon.Titles().At(s, j); ok {
			break
		}
		j += w
		given++
	}
	if given == 0 {
		return "", false
	}
	return checkName(s[i:j])
}

// appointVerbs are the verbs that give a name the post printed right
// after them (王某某任组长): cue_words.tsv, list appoint.
func appointVerbs() *lexicon.Words { return lexicon.CueWordList("appoint") }

// appointedName reads the name at i, opening with the surname sur, that a
// verb of appointment and a title of office follow (会长王某某任组长,
// 副市长李某任副组长): a report names who holds a post in a group as name +
// 任 + post, so the name runs whole up to the verb, however the segmenter
// guessed across it (王某|某任). It is a surname and one or two characters,
// the longer read first; where both readings reach the same post, the one
// with the longer verb wins (赵明兼任副组长: 兼任, not 赵明兼 and 任), as
// a word read whole does over its last character.
func appointedName(s string, i int, sur string) (string, bool) {
	best, verb := "", ""
	for _, n := range []int{2, 1} {
		j := i + len(sur)
		for c := 0; c < n; c++ {
			r, w := utf8.DecodeRuneInString(s[j:])
			if !unicode.Is(unicode.Han, r) {
				j = -1
				break
			}
			j += w
		}
		if j < 0 {
			continue
		}
		v, ok := appointVerbs().At(s, j)
		if !ok {
			continue
		}
		if t, ok := lexicon.Titles().At(s, j+len(v)); ok && officeWord(t) && len(v) > len(verb) {
			best, verb = s[i:j], v
		}
	}
	if best == "" {
		return "", false
	}
	return checkName(best)
}

// appointedBefore reports whether a verb of appointment ends at i, right
// before a title, with a Chinese character before it (王某某任|组长): the
// verb gives the name before it the post, and no name ends in it.
func appointedBefore(s string, i int) bool {
	v, ok := appointVerbs().EndingAt(s, i)
	if !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i-len(v)])
	return unicode.Is(unicode.Han, r)
}

// numeralGiven reports whether the two characters at [j, e), which read
// as a Chinese numeral and its measure (三元, 万里), are the given name
// of a one-character surname that ends at j right after a title of
// office (会长曾三元, 局长万千里、): a report prints the holder's name
// right after the title and a verb or a mark right after the name. Read
// as an adverb (曾, once) and an amount, the clause would have no verb
// and its amount nothing to count: the three characters are a name,
// whatever the segmenter read them as. A clause that goes on after the
// numeral (局长曾三次到村) is none of this.
func numeralGiven(s string, j, e int) bool {
	if e > len(s) || !clauseEnd(s, e) || utf8.RuneCountInString(s[j:e]) != 2 || !allHan(s[j:e]) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s[j:]); !numeral.IsChinese(r) {
		return false // 三元: the given name opens with a numeral
	}
	_, w := utf8.DecodeLastRuneInString(s[:j])
	if sur, ok := surnameAt(s, j-w); !ok || len(sur) != w {
		return false
	}
	t, ok := lexicon.Titles().EndingAt(s, j-w)
	return ok && officeWord(t)
}

// unitOfTitle reports whether a common noun of two characters that opens
// with a rare surname and runs right into a title (社工|机构|负责人) is the
// field or unit the title heads, no name: a title before a noun compound
// and another title after it (社工机构负责人, a head of the agencies that
// employ social workers) name one office. A surname of the common hundred
// keeps its word a name there (高峰, 江涛 as printed names).
func unitOfTitle(s, sur string, end int) bool {
	return lexicon.Surnames().Label(sur, 0) != surnameCommon && titleAt(s, end)
}

// measureAfterTitle reports whether the one-character token k, which the
// segmenter tagged a measure word (q), stands where no measure can: after
// a noun (the title before the name) rather than a numeral (m) or a
// demonstrative (r), and before a word the segmenter read as a name, a
// proper noun or an unknown word of at most two characters: the most a
// given name after a one-character surname holds (nameAfterAt's run).
func measureAfterTitle(ts []segment.Token, k int) bool {
	if ts[k].Tag != "q" || k == 0 || k+1 >= len(ts) {
		return false
	}
	if !strings.HasPrefix(ts[k-1].Tag, "n") {
		return false // 一|封, 这|封: a numeral (m) or a demonstrative (r) counts
	}
	// A given name is often a word of the language, an adjective (局长|张|
	// 有利, 富强) as often as a proper noun.
	next := ts[k+1]
	return (nameTag(next.Tag) || next.Tag == "nz" || next.Tag == "a") && allHan(next.Word) && utf8.RuneCountInString(next.Word) <= 2
}

// leadsWord reports whether the surname sur at i is a preposition, a
// conjunction or a verb that leads the word the segmenter read after it
// (surnames.txt's lead label): 社工经|需求|调研, 向|社会|公开. A given name
// of such a surname is no word of the language of two characters or
// more, except a name's (于|洪涛, read nr or x).
func leadsWord(ts []segment.Token, i int, sur string) bool {
	if lexicon.Surnames().Label(sur, 1) != surnameLead {
		return false
	}
	k := tokenAt(ts, i+len(sur))
	return k >= 0 && utf8.RuneCountInString(ts[k].Word) >= 2 && allHan(ts[k].Word) && !nameTag(ts[k].Tag)
}

// surnameLead labels, in surnames.txt, the surnames that are also words
// leading a phrase (经, 向, 从).
const surnameLead = "lead"

// givenWordEnd reports whether the stop character at [j, end) is the
// last of a word the segmenter read from the given name's start g (王|富强,
// 刘|建设: a given name that is a word of the language, 富强, 建设): the
// character closes that word, it opens no verb there (强 of 强调).
func givenWordEnd(ts []segment.Token, g, j, end int) bool {
	k := tokenAt(ts, g)
	return k >= 0 && ts[k].Start < j && ts[k].End == end
}

// verbBeforeVerb reports whether the stop character c closing the unknown
// word ts[k] (王建发|主持) is a verb that takes an object only and is a
// common last character of given names (cue_words.tsv, objectstop: 发 of
// 建发, 国发), and the segmenter's next word is a verb of two characters
// or more (主持, 参加): such a verb never has a second verb straight after
// it, so c is the name's, and the verb after it is the one a report prints
// after a name. Verbs that lead another verb (来参加, 陪同) are not listed,
// and a verb that stops the name as its own word (王某|发表) is no part of
// the unknown word.
func verbBeforeVerb(ts []segment.Token, k int, c string) bool {
	if !lexicon.CueWordList("objectstop").Has(c) || k+1 >= len(ts) {
		return false
	}
	next := ts[k+1]
	return next.Tag == "v" && utf8.RuneCountInString(next.Word) >= 2
}

// stopWord reports whether the stop character c, closing a name the
// segmenter read as one unknown word (张丽及|相关), is a word of its own
// there: a function word or a verb (及, 在, 说), as the segmenter tags it
// alone. The stops that only open a verb (强 of 强调, 主 of 主持, 参 of
// 参加) are content characters alone (强 an adjective, 参 a noun): where
// the segmenter puts them inside the name's word and cuts after them, the
// verb is not printed there and they are the name's (张孟强|说, 王建强|出席).
func stopWord(c string) bool {
	if !lexicon.NameStops().Has(c) {
		return false
	}
	t := stopTag(c)
	return t == "" || !surnameTag(t)
}

// leadsOnly reports whether the stop character c is, alone, a word that
// leads the words after it and never closes a clause: an adverb (都, 也,
// 将), a conjunction (和, 及) or a preposition (在, 为, 向), as the
// segmenter tags it alone. A particle (等, 了, 的) or a verb (说) may close
// one (张三等。, 李四说：).
func leadsOnly(c string) bool {
	switch stopTag(c) {
	case "d", "c", "p":
		return true
	}
	return false
}

// stopTag is the segmenter's tag of the stop character c alone, or ""
// where it reads c into no word of its own.
func stopTag(c string) string {
	if t, ok := stopTags.Load(c); ok {
		return t.(string)
	}
	tag := ""
	if sg, err := segment.Shared(); err == nil {
		if ts := sg.Tag(c); len(ts) == 1 && ts[0].Word == c {
			tag = ts[0].Tag
		}
	}
	stopTags.Store(c, tag)
	return tag
}

// stopTags caches stopTag's answer for each stop character.
var stopTags sync.Map

// verbToken reports whether the token at index k is a verb (v): 出席, 主持, 说.
func verbToken(ts []segment.Token, k int) bool { return k < len(ts) && ts[k].Tag == "v" }

// closerToken reports whether the token at index k is the 等 that closes
// a list (张三、李四等).
func closerToken(ts []segment.Token, k int) bool { return k < len(ts) && ts[k].Word == listCloser }

// predicateToken reports whether the token at index k is a verb of two
// characters or more (参加, 收到, 讲话): the name's predicate, which starts
// where the segmenter cut, so the name ends there.
func predicateToken(ts []segment.Token, k int) bool {
	return verbToken(ts, k) && utf8.RuneCountInString(ts[k].Word) >= 2
}

// prepositionToken reports whether the token at index k is a preposition
// (p): 对, 在, 向, 为, the start of the clause the name is the subject of
// (…马木提|对|辖区养老机构进行了检查).
func prepositionToken(ts []segment.Token, k int) bool { return k < len(ts) && ts[k].Tag == "p" }

// conjunctionToken reports whether the token at index k is a conjunction
// (c): 及, 和, 以及.
func conjunctionToken(ts []segment.Token, k int) bool { return k < len(ts) && ts[k].Tag == "c" }

// bodyChar reports whether the character c alone names a level or ends a
// body's name (县, 局, 处): standing between a name and what follows, it
// opens or closes a body, it is no part of the name.
func bodyChar(c string) bool {
	if agency.OneCharLevel(c) != "" || lexicon.Levels().Has(c) {
		return true
	}
	_, ok := lexicon.AgencySuffixes().EndingAt(c, len(c))
	return ok
}

// nameDots join the parts of a transcribed name (阿依古丽·买买提): the
// middle dot as printed, and the bullet, the hyphenation point and the
// katakana dots (full and half width) that stand for it in many fonts and
// conversions.
const nameDots = "·•・‧･"

// dottedPartMax is the most characters one part of a transcribed name
// holds between its dots (乌玛尔江, 阿依古丽: four; Kazakh and Mongolian
// given names of five or six are printed too).
const dottedPartMax = 6

// dottedAfter reads a transcribed name whose parts are joined by a middle
// dot (乌玛尔江·努合曼), from i where a title or a list put it: the dot
// (间隔号) is the mark that parts the pieces of a foreign or a minority
// person's name transcribed in Chinese characters (GB/T 15834-2011
// 标点符号用法, 间隔号), so the parts are one name whatever the lexicon of
// name words holds. Each part before a dot is the whole run of Chinese
// characters there; the last runs on over the words the segmenter does not
// know or cuts into single characters (努|合|曼), up to a word of two
// characters or more it knows of another kind (出席) or a function word
// (和, 等), and the name ends where a name may.
func dottedAfter(s string, ts []segment.Token, i int) (string, bool) {
	j, parts := i, 0
	for {
		k := hanRunEnd(s, j, len(s))
		r, w := utf8.DecodeRuneInString(s[k:])
		if k == j || k >= len(s) || !strings.ContainsRune(nameDots, r) {
			break
		}
		if n := utf8.RuneCountInString(s[j:k]); n > dottedPartMax || hasTitle(s[j:k]) {
			return "", false
		}
		j = k + w
		parts++
	}
	if parts == 0 {
		return "", false
	}
	// The last part: single characters, words the segmenter did not know
	// and name words of the lexicon whatever it read them as (买买提, a
	// noun to it), to another word it knows or the run's end.
	end, closed := j, false
	for k := tokenAt(ts, j); k >= 0 && k < len(ts) && ts[k].Start == end; k++ {
		if w, ok := lexicon.NameSyllables().At(s, end); ok {
			if e := tokenEndingAt(ts, end+len(w)); e >= 0 {
				end, closed, k = end+len(w), true, e // 托|合|提: a name word spelled over the segmenter's cuts
				continue
			}
		}
		tok := ts[k]
		n := utf8.RuneCountInString(tok.Word)
		nameWord := n >= 2 && lexicon.NameSyllables().Has(tok.Word)
		if !allHan(tok.Word) || n >= 2 && !nameTag(tok.Tag) && !nameWord || functionTag(tok.Tag) {
			break // 出席, 和, 等: a word of the clause
		}
		if motionBeforePlace(s, tok) && end > j {
			break // 依明江·扎日|来|乌苏市调研: a verb of going, then where to
		}
		if sayCloses(s, tok) && end > j {
			break // 买买提·艾力|说|，: a verb of saying (people_dottedsay.go)
		}
		if c, ok := gluedSayLast(s, tok); ok {
			end, closed = tok.Start+len(c), true // 阿不都·买买提|江说|，: the name's last character glued to the verb
			break
		}
		end, closed = tok.End, nameWord
	}
	if n := utf8.RuneCountInString(s[j:end]); n == 0 || n > dottedPartMax || hasTitle(s[j:end]) {
		return "", false
	}
	// A last part that no name word of the lexicon closes is certain
	// only up to a mark, the word that closes a list (乌玛尔江·努合曼,
	// …和|等), a predicate or a preposition that opens one (…|对|辖区…),
	// a verb of saying before its mark (…|说|，) or the particle 的:
	// before other words (吐尔洪讲话) its end is a guess.
	if r, _ := utf8.DecodeRuneInString(s[end:]); end < len(s) && unicode.Is(unicode.Han, r) && !closed {
		if k := tokenAt(ts, end); k < 0 || !closerToken(ts, k) && !conjunctionToken(ts, k) && !predicateToken(ts, k) && !prepositionToken(ts, k) && !motionBeforePlace(s, ts[k]) && !adverbialOpens(ts, k) && !sayCloses(s, ts[k]) && !possessiveAfter(ts, k) {
			return "", false
		}
	}
	return s[i:end], true
}

// motionBeforePlace reports whether tok is a one-character verb of going
// or coming (来, 到, 赴: motionVerbs) right before a place's name
// (来|乌苏市调研): the clause's predicate, no character of a name before it.
func motionBeforePlace(s string, tok segment.Token) bool {
	if !motionVerbs().Has(tok.Word) {
		return false
	}
	_, ok := lexicon.Places().At(s, tok.End)
	return ok
}

// hasTitle reports whether a title of the lexicon starts anywhere in w.
func hasTitle(w string) bool {
	for j := 0; j < len(w); {
		if titleAt(w, j) {
			return true
		}
		_, n := utf8.DecodeRuneInString(w[j:])
		j += n
	}
	return false
}

// transcribedAfter reads the Tibetan or Uyghur name, written in Chinese,
// that starts at i. Such a name has no Han surname: it is two or more name
// words of the lexicon run together (扎西多吉, 益西达瓦), or parts of them
// joined by a middle dot (阿依古丽·买买提), and it ends where a name may:
// at punctuation, a stop, a title or a verb (次仁卓玛出席). One name word
// alone is left to the surname rules: it is also a common name's start.
// One name word that the words the segmenter does not know run on from
// (白玛|赤林, 洛桑|江村: name words the lexicon lacks) is a name of its
// kind read whole to where a name may end (白玛赤林出席, 洛桑江村讲话).
func transcribedAfter(s string, ts []segment.Token, i int) (string, bool) {
	syl := lexicon.NameSyllables()
	j, words, dotted := i, 0, false
	for {
		k := j
		for {
			w, ok := syl.At(s, k)
			if !ok {
				break
			}
			k += len(w)
			words++
		}
		if k == j {
			return "", false // a part that is no name word, or none after a dot
		}
		j = k
		r, w := utf8.DecodeRuneInString(s[j:])
		if j < len(s) && strings.ContainsRune(nameDots, r) {
			j += w
			dotted = true
			continue
		}
		break
	}
	if words == 1 && !dotted {
		if k := unknownRunAfter(ts, j); k > j {
			j, words = k, 2
		}
	}
	if words < 2 && !dotted || !(boundaryAt(s, j) || listEnd(s, ts, j)) {
		return "", false
	}
	return s[i:j], true
}

// unknownRunAfter is where the run of words the segmenter did not know or
// read as a name's (x, nr) ends, from a cut at j: each of two characters
// or more (one alone opens too many common words, as in the name words'
// lexicon), in Chinese characters, with no stop inside it (江村 but not
// 江村和). It is j where no such word starts there.
func unknownRunAfter(ts []segment.Token, j int) int {
	k := tokenAt(ts, j)
	for ; k >= 0 && k < len(ts) && ts[k].Start == j; k++ {
		w := ts[k].Word
		if !nameTag(ts[k].Tag) || utf8.RuneCountInString(w) < 2 || !allHan(w) || hasStop(w) {
			break
		}
		j = ts[k].End
	}
	return j
}

// hasStop reports whether a stop character of the lexicon stands in w.
func hasStop(w string) bool {
	for _, r := range w {
		if lexicon.NameStops().Has(string(r)) {
			return true
		}
	}
	return false
}

// transcribedBefore reads the Tibetan or Uyghur name that ends at i, as
// transcribedAfter reads one from its start (扎西多吉|书记): it starts
// where a name may.
func transcribedBefore(s string, ts []segment.Token, i int) (string, bool) {
	syl := lexicon.NameSyllables()
	j, words, dotted := i, 0, false
	for {
		k := j
		for {
			w, ok := syl.EndingAt(s, k)
			if !ok {
				break
			}
			k -= len(w)
			words++
		}
		if k == j {
			return "", false
		}
		j = k
		r, w := utf8.DecodeLastRuneInString(s[:j])
		if j > 0 && strings.ContainsRune(nameDots, r) {
			j -= w
			dotted = true
			continue
		}
		break
	}
	if words < 2 && !dotted || !boundaryBefore(s, ts, j) {
		return "", false
	}
	return s[j:i], true
}

// halfTranscribedBefore reads the Tibetan name that ends at i whose first
// name word is listed and whose second is not (次仁|拉松老人): the segmenter,
// knowing no word of it, left the run one unknown word (x). A Tibetan name
// is two name words of two characters each (name_syllables.txt), so the
// word is taken only where it has that form: four characters opening with
// a listed word of two.
func halfTranscribedBefore(s string, ts []segment.Token, i int) (string, bool) {
	k := tokenEndingAt(ts, i)
	if k < 0 || ts[k].Tag != "x" || utf8.RuneCountInString(ts[k].Word) != 4 || !allHan(ts[k].Word) {
		return "", false
	}
	w, ok := lexicon.NameSyllables().At(ts[k].Word, 0)
	if !ok || utf8.RuneCountInString(w) != 2 || !boundaryBefore(s, ts, ts[k].Start) {
		return "", false
	}
	return ts[k].Word, true
}

// anonymous are the words a credit prints in place of a writer's name
// when it gives none (作者：佚名, 作者：匿名): "name unknown", no one's name.
func anonymous() *lexicon.Words { return lexicon.CueWordList("anonymous") }

// photoTags are the tags a news page prints in brackets for the photos or
// video that go with a story (【组图】, (组图), [视频]), at a headline's end
// or alone on a line: what the page shows, no one's name.
func photoTags() *lexicon.Words { return lexicon.CueWordList("phototag") }

// checkName refuses a name that is a title, a category word or a word
// that stands for an unknown name.
func checkName(name string) (string, bool) {
	if lexicon.Titles().Has(name) || lexicon.GenericPrefixes().Has(name) || anonymous().Has(name) {
		return "", false
	}
	if photoTags().Has(name) {
		return "", false // 某某活动(组图): a page's tag for the photos it prints, no one's name
	}
	if commissionWord(name) {
		return "", false // 受局长|委托: the frame's verb, no one's name (people_commission.go)
	}
	if actVerbName(name) {
		return "", false // 负责人|通报|了: the verb after a title, no one's name (people_actname.go)
	}
	if lexicon.AgencySuffixes().Has(name) {
		return "", false // 一审|法院: a body's word, whole, is no one's name
	}
	if bodyGiven(name) {
		return "", false // 区|政协委员: a level and a body's ending
	}
	if allBodyChars(name) {
		return "", false // 相关委办负责人, 厅局, 处室: a class of bodies, no one's name
	}
	if unitGiven(name) {
		return "", false // 相|关处室|负责人, 研究|三室|副研究员: a unit's word, no given name (people_unitgiven.go)
	}
	if sur, ok := surnameAt(name, 0); ok && len(sur) < len(name) && lexicon.Titles().Has(name[len(sur):]) {
		return "", false // 任|组长, 王|主任: a verb or a surname before a title, no given name
	}
	if w, ok := lexicon.Domain().At(name, 0); ok && utf8.RuneCountInString(w) > 1 {
		// 民政所主任: a name that opens with a civil-affairs term (民政) is
		// a body's short name before its title (民政所, 民政办), no one's.
		return "", false
	}
	if sur, ok := surnameAt(name, 0); ok && lexicon.AddressForms().Has(name[len(sur):]) {
		return "", false // 徐大爷: a surname and a form of address
	}
	return name, true
}

// allBodyChars reports whether every character of name alone names a
// level or ends a body's name (委办: committees and offices; 厅局, 处室):
// such a word names a class of bodies by their endings, never a person.
func allBodyChars(name string) bool {
	for _, r := range name {
		if !bodyChar(string(r)) {
			return false
		}
	}
	return name != ""
}

// bodyGiven reports whether what follows the surname that opens name is
// a body's ending of two characters or more (区|政协, 县|残联, 市|妇联): a
// level's character that is also a surname (区, 市) before a body's short
// name, read as a surname and a given name. No given name is a body's
// ending.
func bodyGiven(name string) bool {
	sur, ok := surnameAt(name, 0)
	if !ok || utf8.RuneCountInString(name[len(sur):]) < 2 {
		return false
	}
	return lexicon.AgencySuffixes().Has(name[len(sur):])
}

// nameBefore reads the name that ends at byte offset i (楼阳生|书记), with
// the parts a middle dot joins before it (people_dottedhead.go).
func nameBefore(s string, ts []segment.Token, i int) (string, bool) {
	n, ok := nameBeforeAt(s, ts, i)
	if !ok {
		return "", false
	}
	start, ok := dottedHead(s, i-len(n))
	if !ok {
		return "", false
	}
	return s[start:i], true
}

// nameBeforeAt reads the name that ends at byte offset i, dots aside.
func nameBeforeAt(s string, ts []segment.Token, i int) (string, bool) {
	if appointedBefore(s, i) {
		return "", false // 王某某任|副组长: the verb of appointment, no name's last character
	}
	// The words between the mark before and the title: 、林建平|副调研员.
	j := hanRunStart(s, i)
	if n, ok := transcribedBefore(s, ts, i); ok {
		return n, true
	}
	if n, ok := halfTranscribedBefore(s, ts, i); ok {
		return n, true
	}
	if n, ok := listedName(s, j, i, ts); ok && j+len(n) == i && !figureUnitAt(s, j) {
		return n, true
	}
	from := j // a name starts after the title before it (副主任|格桑, not 任格桑)
	if k := tokenEndingAt(ts, i); k >= 0 {
		tok := ts[k]
		n := utf8.RuneCountInString(tok.Word)
		if surnameAfterUnit(s, ts, k) && ts[k-1].Start >= from {
			return ts[k-1].Word + tok.Word, true // 福利处|杨|全恩|处长 (people_unitsurname.go)
		}
		if n >= 2 && n <= 3 && allHan(tok.Word) && nameTag(tok.Tag) && !figureUnitAt(s, tok.Start) {
			if _, ok := surnameAt(tok.Word, 0); ok {
				return tok.Word, true
			}
		}
		if n == 2 && distinguishingGiven(s, ts, k) {
			return ts[k-1].Word + tok.Word, true
		}
		if n >= 2 && !nameTag(tok.Tag) {
			return "", false
		}
		if n == 1 && functionTag(tok.Tag) {
			return "", false // 李华|等|同志: a particle ends no name
		}
		if n == 1 && !surnameTag(tok.Tag) && k > 0 && ts[k-1].End == tok.Start && strings.HasPrefix(ts[k-1].Tag, "nr") {
			return "", false // 王明|任|组长: the verb that gives a name its post
		}
	}
	for _, n := range []int{3, 2} {
		j := i
		for c := 0; c < n && j > 0; c++ {
			_, w := utf8.DecodeLastRuneInString(s[:j])
			j -= w
		}
		cand := s[j:i]
		if j < from || utf8.RuneCountInString(cand) != n || !allHan(cand) {
			continue
		}
		sur, ok := surnameAt(cand, 0)
		if !ok || leadsWord(ts, j, sur) || figureUnitAt(s, j) {
			continue
		}
		if k := tokenAt(ts, j); k >= 0 && utf8.RuneCountInString(ts[k].Word) >= 2 && !nameTag(ts[k].Tag) {
			continue // 成员任副组长: the candidate opens with a known word
		}
		if k := tokenAt(ts, j); k >= 0 && ts[k].Word == sur && !surnameTag(ts[k].Tag) {
			continue // 和|李书记, 向|王局长: the surname is a conjunction or preposition here
		}
		if knownWordAcross(ts, j) {
			if n == 3 && surnameTakenBefore(ts, j, i) {
				return cand, true
			}
			continue // 发展|局负责人: the "surname" closes a word the segmenter knows
		}
		if n == 3 && unknownCutBefore(ts, j, i) {
			return cand, true // 以习|近平|总书记 (people_unknowncut.go)
		}
		if boundaryBefore(s, ts, j) {
			return cand, true
		}
	}
	return "", false
}

// colonListed reads the names that a form of address ending at i
// introduces with a colon (看望了两位百岁老人:郭永兰、张福英。): the colon
// announces who the address stands for, and the list after it is of
// names only, each a name of the lexicon's forms, 、 between them, the
// last one closing the clause (punctuation or the line's end). A member
// that is no name, or a name that runs on into the clause (老人:李华说),
// makes the colon a speaker's or a salutation's, and no one is read.
func colonListed(s string, words wordsAt, i int) []bounds {
	c := i
	switch {
	case strings.HasPrefix(s[c:], "："):
		c += len("：")
	case strings.HasPrefix(s[c:], ":"):
		c++
	default:
		return nil
	}
	var out []bounds
	for {
		n, ok := nameAfter(s, words(c), c)
		if !ok {
			return nil
		}
		e := c + len(n)
		out = append(out, bounds{c, e})
		if strings.HasPrefix(s[e:], "、") {
			c = e + len("、")
			continue
		}
		if !clauseEnd(s, e) {
			return nil
		}
		return out
	}
}

// dictionaryWord reports whether the name n at i is one word of two
// characters that the segmenter's dictionary lists with a name's tag
// (nr): the names a text prints are cut by the segmenter's model of
// unknown words (王刚, 张伟: x), while the dictionary's two-character
// entries tagged nr are mostly common words (关怀, 范畴, 慈善, 祝贺) or the
// names of historical figures. Where no title of office vouches for the
// name, before a form of address (国家|关怀|老人) or after a status
// (低保对象|范畴), such a word is no one's name.
func dictionaryWord(ts []segment.Token, i int, n string) bool {
	k := tokenAt(ts, i)
	return k >= 0 && ts[k].Word == n && ts[k].Tag == "nr" && utf8.RuneCountInString(n) == 2
}

// selfMark is the demonstrative a paper or a site names itself with (本报,
// 本网: "this paper", "this site").
const selfMark = "本"

// selfReference reports whether name is an outlet's word for itself: the
// demonstrative 本 and a kind of outlet (本网, 本报, 本刊, 本台, 本社; the
// outlet endings of the cue words), as a page prints it in its credits
// (责任编辑:本网编辑) and its disclaimer (不代表本网观点). It names the
// outlet, never a person, whatever surname 本 also spells.
func selfReference(name string) bool {
	rest, ok := strings.CutPrefix(name, selfMark)
	if !ok || rest == "" {
		return false
	}
	return slices.Contains(lexicon.CueList("outletend"), rest)
}

// figureUnitAt reports whether a unit or measure word of the lexicon
// (units.tsv) or a multiplier (万, 亿) starts at j right after a figure in
// digits (2015年|百岁老人, 3万|百岁老人): the character measures or scales
// the figure before it, whatever surname it also spells, and opens no
// name. A name stands after a mark, a word or a title, never run on from
// the digits of an amount or a year.
func figureUnitAt(s string, j int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:j])
	if !unicode.IsDigit(r) {
		return false
	}
	if numeral.MultiplierAt(s, j) != "" {
		return true
	}
	_, ok := lexicon.Units().At(s, j)
	return ok
}

// distinguishingGiven reports whether ts[k], a word of two characters
// that ends at a title, is the given name of the surname before it that
// the segmenter read as a distinguishing word (区别词, b: 徐|国立|主任): the
// segmenter took the character before it alone as a name's (徐, nr), a
// surname of the lexicon, where a name may start. A distinguishing word
// only qualifies the noun it stands before; after a name's character and
// before a title it is the rest of the name (the 徐国立 of 徐国立主任),
// printed right before the title as a full name is (楼阳生书记).
func distinguishingGiven(s string, ts []segment.Token, k int) bool {
	if k < 1 || ts[k].Tag != "b" || !allHan(ts[k].Word) {
		return false
	}
	sur := ts[k-1]
	if sur.End != ts[k].Start || sur.Tag != "nr" || utf8.RuneCountInString(sur.Word) != 1 {
		return false
	}
	if w, ok := surnameAt(sur.Word, 0); !ok || w != sur.Word || !boundaryBefore(s, ts[:k-1], sur.Start) {
		return false
	}
	_, ok := checkName(sur.Word + ts[k].Word)
	return ok
}

// classBeforeAddress reports whether the name read before a form of
// address at j opens inside a word the segmenter read with the character
// before it (聚焦|失能|老人, 关注|空巢|老人): a form of address such as 老人
// also follows the words that name a class of people (失能, 空巢, 高龄),
// unknown to the segmenter as a given name is, so the surname taken into
// the word before (surnameTakenBefore) is the word's, no name's. A title
// of office follows a holder's full name (习近平总书记); a form of address
// gets no such reading.
func classBeforeAddress(ts []segment.Token, j int) bool {
	return knownWordAcross(ts, j)
}

// surnameTakenBefore reports whether the segmenter ran the surname at j
// into the word before it and left the given name, up to the title at i,
// a word it did not know (落|实习|近平|总书记): a known word of two
// characters ends right after the surname, and the two characters after
// it, to the title, are one unknown word (x). A report prints the holder's
// full name right before the title (习近平总书记, 楼阳生书记); a given name
// the segmenter cannot read is no word of the language, so the surname
// that it took into the word before is the name's first character. A
// given name it reads as a word of its own kind (发展|局|负责人) or as a
// name's (nr) gets no such reading, nor does a word before that qualifies
// a clause (clauseWord: 随后|驻站|社工), whole in itself.
func surnameTakenBefore(ts []segment.Token, j, i int) bool {
	k := tokenOver(ts, j+1)
	if k+1 >= len(ts) || ts[k].Start >= j || utf8.RuneCountInString(ts[k].Word) != 2 {
		return false
	}
	if clauseWord(ts[k].Tag) {
		return false // 随后|驻站|社工, 其中|持证|社工: the adverb or pronoun is whole, it holds no surname
	}
	if !verbTakesName(ts[k]) {
		return false // 专业|持证|社工: a noun's last character (people_takenverb.go)
	}
	g := ts[k+1]
	return g.Start == ts[k].End && g.End == i && g.Tag == "x" && utf8.RuneCountInString(g.Word) == 2 && allHan(g.Word) && !givenOpensStop(g.Word)
}

// boundaryBefore reports whether a name may start at j: at the start, after
// punctuation, after a title, after an agency, or where the segmenter cut.
func boundaryBefore(s string, ts []segment.Token, j int) bool {
	if j == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:j])
	if !unicode.Is(unicode.Han, r) {
		return true
	}
	if lexicon.NameStops().Has(string(r)) {
		return true // 和|习近平: a conjunction or preposition the segmenter joined to the surname
	}
	if _, ok := lexicon.Titles().EndingAt(s, j); ok {
		return true
	}
	if _, ok := lexicon.AgencySuffixes().EndingAt(s, j); ok {
		return true
	}
	return len(ts) > 0 && tokenEndingAt(ts, j) >= 0
}

// clauseEnd reports whether punctuation or the text's end follows at j.
func clauseEnd(s string, j int) bool {
	if j >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return unicode.IsPunct(r) || r == '\n'
}

// boundaryAt reports whether a name may end at j.
func boundaryAt(s string, j int) bool {
	if j >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	if !unicode.Is(unicode.Han, r) || lexicon.NameStops().Has(string(r)) {
		return true
	}
	_, ok := lexicon.Titles().At(s, j)
	return ok
}

func surnameAt(s string, i int) (string, bool) { return lexicon.Surnames().At(s, i) }

// nameTag reports whether a tag can be a person's name: nr and its kinds,
// or x, a word the segmenter did not know.
func nameTag(tag string) bool {
	return tag == "nr" || tag == "nrfg" || tag == "nrt" || tag == "x"
}

// surnameTag reports whether a one-character token can open a name.
func surnameTag(tag string) bool {
	switch tag {
	case "p", "c", "d", "v", "u", "uj", "ul", "r", "m", "q", "f", "y", "e", "o":
		return false
	}
	return true
}

// functionTag reports whether a tag is one of a function word's: a
// particle, a conjunction or a preposition (等, 和, 在).
func functionTag(tag string) bool {
	switch tag {
	case "u", "uj", "ul", "c", "p":
		return true
	}
	return false
}

func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

// agencyBefore is the agency that ends at byte offset i, if any: the body a
// title belongs to (市民政局|党组成员).
func agencyBefore(s string, i int) string {
	for _, c := range findAgencies(s[:i], allWords(nil), span.Plain(s[:i], 0), titlesIn(s[:i]), nil, nil, true) {
		if c.end == i {
			return s[c.start:c.end]
		}
	}
	return ""
}

// sharingTitle reads the names listed after a titled name at i that share
// its title (副市长张三、李四; a credit's 作者：张三 李四, label the credit's
// word, "" for a title of office or a status): each follows 、,
// or the space of the source after a credit, and ends where the list does,
// at punctuation, a conjunction, a space or the line's end; a name followed
// by a title of its own is that title's.
func sharingTitle(t span.Text, words wordsAt, i int, label string, status bool) []bounds {
	s := t.String()
	credit := label != ""
	var out []bounds
	joined := false // a conjunction joins the last name: none follows it
	for {
		j := i
		switch {
		case strings.HasPrefix(s[j:], "、") && !joined:
			j += len("、")
		case !credit && !joined && joinerAt(s, j) != "":
			// 低保户李跃声和王建成: a status is shared across the
			// conjunction that joins the last name. A title is shared so
			// only where the list closes with 等 and a leaders' noun
			// (副厅长廖永康和卢攀登等领导出席): the noun says that all it
			// lists hold the office; elsewhere 局长甲和乙 need not make 乙
			// a 局长.
			j += len(joinerAt(s, j))
			joined = true
		case credit && t.HasGapAt(j):
		case credit && !joined && len(out) == 0 && runOnCreditName(t, words, j):
		default:
			return out
		}
		n, ok := nameAfter(s, words(j), j)
		if ok && credit {
			// 通讯员 覃宣博 彭道|远 龚红霞: each name a credit lists runs to
			// its field's end, as the first one does (bylineField).
			n = bylineField(t, words(j), j, n, label)
			// 通讯员 甲某 乙某 丙某某: a space the name reads across (乙某丙)
			// ends it, as it ends the first one (gapCutName).
			n, ok = gapCutName(t, j, n)
		}
		if !ok && credit && (t.HasGapAt(j) || strings.HasSuffix(s[:j], "、")) {
			// 通讯员 甲某 曲艺 乙某, (责编:甲某、宽容): 曲艺, 宽容 words,
			// here names, as a credit's list holds names only.
			n, ok = spacedListName(t, j)
		}
		if !ok && !credit && !joined && strings.HasPrefix(s[i:], "、") {
			n, ok = betweenNames(s, words, j) // 杨春敏、左文学、某某 (people_listbetween.go)
		}
		if !ok && !joined {
			if c, counted := countedLast(s, j, len(out)+2); counted {
				out = append(out, bounds{j, j + len(c)})
				return out
			}
		}
		if _, body := lexicon.AgencySuffixes().Suffix(n); body {
			break // 副市长鲁琦、督查室主任: a body's name, not a person's
		}
		if r, _ := utf8.DecodeRuneInString(s[min(j+len(n), len(s)):]); ok && (r == '：' || r == ':') {
			break // 作者: 某某   时间:2022-04-24: the next field's label, no name
		}
		if ok && credit && t.HasGapAt(j) && labelField(t, j) && !infoLabelRunOn(t, j, j+len(n)) {
			break // 作者:某某    文章来源:本站: the field the space opens is the next label (文章|来源:), no name
		}
		if !ok || !(listEnd(s, words(j+len(n)), j+len(n)) || t.HasGapAt(j+len(n)) || status && cutAt(words(j), j+len(n)) || credit && (creditFieldEnd(t, j+len(n)) || infoLabelRunOn(t, j, j+len(n)))) {
			break
		}
		if joined && !status && !leadersClose(s, j+len(n)) {
			break // 局长张三和李四出席: 李四's office is not printed
		}
		out = append(out, bounds{j, j + len(n)})
		i = j + len(n)
	}
	return out
}

// gapCutName is the name n read after a credit label at i cut at the
// first space the source printed inside it (记者 李明 摄: the name rules,
// reading the squeezed 李明摄, take 摄 in): a credit parts its fields by
// spaces, so the name ends at one. A space after the first character
// only is inside the name: a name of two characters spaced to the width
// of three (核 稿：金 路, 记者 张 昕), as credits and signatures print it.
func gapCutName(t span.Text, i int, n string) (string, bool) {
	for j := i + 1; j < i+len(n); j++ {
		if t.HasGapAt(j) {
			if utf8.RuneCountInString(n[:j-i]) < 2 {
				break
			}
			return checkName(n[:j-i])
		}
	}
	// 记者李明摄 with the space lost: a credit's verb that closes the
	// field is the line's word, no part of the name (bylineField).
	if w, ok := lexicon.CueWordList("creditverb").EndingAt(n, len(n)); ok && utf8.RuneCountInString(n[:len(n)-len(w)]) >= 2 && creditVerbEnds(t, i+len(n)-len(w)) {
		return checkName(n[:len(n)-len(w)])
	}
	return n, true
}

// spacedCreditValue reads the name of a credit's field that the printed
// spaces set apart, whatever its surname or the segmenter's reading, which
// runs its words across the spaces it does not see (新华社记者 某扬 摄: a
// photo credit, the label, the name, the verb; 作者:小某 人浏览: 某人 read
// as a word): a value of two or three Chinese characters after a space or
// the label's colon, and after it a credit's verb past a space
// (creditVerbEnds), a closing bracket or the line's end, or any space
// where the label's colon opened it (a colon's field holds one value up
// to a space, fieldRunsOn). Set apart so, the field is one name, as a
// credit prints it; a title, a body's or an outlet's word is none.
func spacedCreditValue(t span.Text, i int) (string, bool) {
	s := t.String()
	r0, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s[:i], " "))
	colon := r0 == '：' || r0 == ':'
	if !t.HasGapAt(i) && !colon {
		return "", false
	}
	v := fieldRun(t, i)
	if c := utf8.RuneCountInString(v); c < 2 || c > 3 || hasTitle(v) || anonymous().Has(v) {
		return "", false
	}
	e := i + len(v)
	r, _ := utf8.DecodeRuneInString(s[e:])
	closed := t.HasGapAt(e) && (colon || creditVerbEnds(t, e)) || t.HasGapAt(i) && (e >= len(s) || r == '\n' || r == '）' || r == ')')
	if !closed || lexicon.CueWordList("creditverb").Has(v) || lexicon.Places().Has(v) {
		return "", false // 审核: 江山: a place's name
	}
	if _, ok := lexicon.AgencySuffixes().EndingAt(v, len(v)); ok {
		return "", false
	}
	if _, ok := lexicon.Media().EndingAt(v, len(v)); ok {
		return "", false
	}
	return checkName(v)
}

// spacedListName reads a further name of a credit's list of names that the
// printed spaces part (通讯员 甲某 乙丙 丁某): a field of two or three
// Chinese characters that opens with a surname and ends at a space, a
// closing bracket or the line's end, or before the credit's verb. The
// segmenter may read it as a word of its own (曲艺, an art), but the
// credit's list holds names only. A title, a credit verb or a body's word
// is none.
func spacedListName(t span.Text, j int) (string, bool) {
	s := t.String()
	v := fieldRun(t, j)
	if c := utf8.RuneCountInString(v); c < 2 || c > 3 || hasTitle(v) || lexicon.CueWordList("creditverb").Has(v) {
		return "", false
	}
	if _, ok := surnameAt(v, 0); !ok {
		return "", false
	}
	e := j + len(v)
	r, _ := utf8.DecodeRuneInString(s[e:])
	if !(e >= len(s) || r == '\n' || r == '）' || r == ')' || t.HasGapAt(e)) {
		return "", false
	}
	if _, ok := lexicon.AgencySuffixes().EndingAt(v, len(v)); ok {
		return "", false
	}
	if _, ok := lexicon.Media().EndingAt(v, len(v)); ok || outletName(v) {
		return "", false // (记者:李某、新华社): an outlet, no name
	}
	return checkName(v)
}

// runOnCreditName reports whether a second name of a byline runs straight
// on from the first one at j, with no space or mark between (记者甲某见习记者
// 乙某丙某报道): a bare name that ends where a credit's verb does.
// Extracted bylines lose the space between their names; a credit's verb
// after them closes the list, so the characters between the first name
// and the verb are the second name, unless they name a place, the
// dateline's (记者某某北京报道). The field's bracket, line or a word that
// opens the phrase after a name close it too (runOnFieldClose,
// people_runonfield.go).
func runOnCreditName(t span.Text, words wordsAt, j int) bool {
	s := t.String()
	n, ok := nameAfter(s, words(j), j)
	if !ok {
		return false
	}
	if creditVerbEnds(t, j+len(n)) {
		return bareName(n, words(j), j)
	}
	return runOnFieldClose(s, j+len(n)) && bareWord(n, words(j), j)
}

// creditFieldEnd reports whether the byline field of a name ends at j: a
// credit's verb closes it (乙某报道, 乙某摄), or the next credit's label
// runs on there (乙某责任编辑:丙某: the fields of a footer run together
// when the line is extracted).
func creditFieldEnd(t span.Text, j int) bool {
	s := t.String()
	if creditVerbEnds(t, j) {
		return true
	}
	w, ok := lexicon.Titles().At(s, j)
	if !ok || !creditWord(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[j+len(w):])
	return strings.ContainsRune("：:", r) || t.HasGapAt(j+len(w))
}

// creditVerbEnds reports whether a credit's verb (cue_words.tsv,
// creditverb: 报道, 摄, 整理) stands at j and ends the field: a mark, a
// space or the line's end follows it.
func creditVerbEnds(t span.Text, j int) bool {
	s := t.String()
	w, ok := lexicon.CueWordList("creditverb").At(s, j)
	if !ok {
		return false
	}
	e := j + len(w)
	r, _ := utf8.DecodeRuneInString(s[e:])
	return e >= len(s) || t.HasGapAt(e) || !unicode.Is(unicode.Han, r)
}

// countedLast reads the last member of a list of names that starts at j
// and that the list's closing count takes in (王金华、张志龙、买林清等3人):
// where 等 and the count of people printed after it number exactly the
// names listed, the last member is a name too, whether or not the
// lexicon knows its surname. It is two or three Chinese characters, all
// there is between the mark and 等.
func countedLast(s string, j, members int) (string, bool) {
	k := strings.Index(s[j:], listCloser)
	if k < 0 {
		return "", false
	}
	n := s[j : j+k]
	if c := utf8.RuneCountInString(n); c < 2 || c > 3 || !allHan(n) || hasTitle(n) {
		return "", false
	}
	rest := s[j+k+len(listCloser):]
	d := strings.IndexFunc(rest, func(r rune) bool { return r < '0' || r > '9' })
	if d <= 0 || !strings.HasPrefix(rest[d:], "人") && !strings.HasPrefix(rest[d:], "名") {
		return "", false
	}
	if v, err := strconv.Atoi(rest[:d]); err != nil || v != members {
		return "", false
	}
	if _, ok := checkName(n); !ok {
		return "", false
	}
	return n, true
}

// leadersClose reports whether the list of people that ends at i closes
// with 等 and a leaders' noun (等领导, 等同志, 等县领导): the noun names
// them all as the office holders the list is of.
func leadersClose(s string, i int) bool {
	return strings.HasPrefix(s[i:], listCloser) && newLeaderTails(s).at(i+len(listCloser))
}

// joinerAt is the conjunction that joins the last name of a list to the
// names before it at j (和, 与, 及, 以及: cue_words.tsv's conjunction), or "".
func joinerAt(s string, j int) string {
	w, _ := lexicon.CueWordList("conjunction").At(s, j)
	return w
}

// cutAt reports whether the segmenter cut between two words at j.
func cutAt(ts []segment.Token, j int) bool {
	k := sort.Search(len(ts), func(n int) bool { return ts[n].End >= j })
	return k < len(ts) && ts[k].End == j
}

// creditSeps part a credit label from its name on a news page's footer
// (编辑丨某某): the vertical strokes that sites print in place of a colon.
const creditSeps = "丨｜|"

// creditSlashes join a credit label to its name in a byline (记者/林可欣,
// 通讯员/李华): the slash stands for the label's colon, as in 文/ and 图/.
const creditSlashes = "/／"

// creditRound is where a credit label's value starts when the label at i
// is followed by its review round in brackets and a stroke (责编(二审)丨陈媛,
// 总编（三审）｜王某): the round is a credit label of its own, and the
// label before it is the person's role. Elsewhere it is i.
func creditRound(s string, i int) int {
	j := i
	for _, o := range []string{"（", "("} {
		if strings.HasPrefix(s[j:], o) {
			k := j + len(o)
			w, ok := lexicon.Titles().At(s, k)
			if !ok || !creditWord(w) {
				w, ok = roundMark(s, k)
			}
			if !ok {
				return i
			}
			k += len(w)
			c, n := utf8.DecodeRuneInString(s[k:])
			if c != '）' && c != ')' {
				return i
			}
			j = k + n
			break
		}
	}
	if r, n := utf8.DecodeRuneInString(s[j:]); j < len(s) && strings.ContainsRune(creditSeps+creditSlashes, r) {
		return j + n
	}
	if j > i && (strings.HasPrefix(s[j:], "：") || strings.HasPrefix(s[j:], ":")) {
		return j // 一校(审)：某某: the round, then the label's colon
	}
	return i
}

// roundMark reads the one character at k that closes a credit label of the
// lexicon (审 of 初审 and 终审, 校 of 审校): the round a label stands for,
// printed short in brackets after it (一校(审)：某某, the first proofreading
// with its review).
func roundMark(s string, k int) (string, bool) {
	r, n := utf8.DecodeRuneInString(s[k:])
	if k >= len(s) || !unicode.Is(unicode.Han, r) {
		return "", false
	}
	return s[k : k+n], roundMarks()[r]
}

// placedName is where the name starts in the value of a credit label at i
// that prints the person's place before the name (审核 / 广水毛小波: 广水, a
// county, then 毛小波), as a county's site credits its staff by the place
// they work in. The value is one field (fieldRun) that opens with the full
// or short name of a division of the gazetteer, and the rest of the field
// is a whole name: a surname and one or two characters, as splitPart
// reads each part of a run of names. Elsewhere it is i.
func placedName(t span.Text, i int) int {
	v := fieldRun(t, i)
	place, ok := lexicon.Places().At(v, 0)
	if !ok {
		return i
	}
	rest := v[len(place):]
	sur, ok := surnameAt(rest, 0)
	if !ok {
		return i
	}
	if g := utf8.RuneCountInString(rest[len(sur):]); g < 1 || g > 2 {
		return i
	}
	if _, ok := lexicon.AgencySuffixes().EndingAt(rest, len(rest)); ok {
		return i
	}
	if _, ok := lexicon.Media().EndingAt(rest, len(rest)); ok {
		return i // 作者:南阳日报: the place's paper, no one
	}
	if _, ok := checkName(rest); !ok {
		return i
	}
	return i + len(place)
}

// roundMarks are the last characters of the credit labels of two
// characters or more.
var roundMarks = sync.OnceValue(func() map[rune]bool {
	out := map[rune]bool{}
	for _, w := range lexicon.Titles().All() {
		if creditWord(w) && utf8.RuneCountInString(w) >= 2 {
			r, _ := utf8.DecodeLastRuneInString(w)
			out[r] = true
		}
	}
	return out
})

// nameStart is where a name after a title ending at i starts: past the
// colon of a credit label (编辑：), the spaces of a byline (记者 李某) and a
// line break where the title closed a wrapped line.
func nameStart(s string, i int) int {
	if strings.HasPrefix(s[i:], "：") {
		i += len("：")
	} else if strings.HasPrefix(s[i:], ":") {
		i++
	}
	j := i
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	if j < len(s) && s[j] == '\n' {
		j++
	}
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	return j
}

// bounds are the byte offsets [start, end) of a name.
type bounds struct{ start, end int }

// listEnd reports whether a listed name may end at j: at the end, before
// punctuation, a conjunction, a particle or a verb, but not before a title.
func listEnd(s string, ts []segment.Token, j int) bool {
	if j >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	if !unicode.Is(unicode.Han, r) {
		return true
	}
	if lexicon.NameStops().Has(string(r)) {
		return true
	}
	// A preposition or a verb the segmenter cut there (…赵济红|针对).
	if k := tokenAt(ts, j); k >= 0 {
		switch ts[k].Tag {
		case "p", "v", "vn", "d", "c":
			return true
		}
	}
	// …、徐晔宇|现场|观看: the word of how the people listed took part
	// (cue list sceneadverb), a verb right after it.
	if w, ok := lexicon.CueWordList("sceneadverb").At(s, j); ok {
		k := tokenAt(ts, j+len(w))
		return k >= 0 && ts[k].Tag == "v"
	}
	return false
}

// wholeName is name as the document writes it elsewhere when the segmenter
// cut it short here: a two-character name that, at least twice and every
// time, runs on into the same character, and ends where a name may end
// after it (赵显|富来 beside 赵显富一行, 赵显富要求). A stop that only leads
// the words after it (都, an adverb) runs on so where punctuation follows
// it once at least (王红|都介绍 beside 王红都、): it closes no clause.
func (e *Env) wholeName(name string) string {
	if e == nil || utf8.RuneCountInString(name) != 2 {
		return name
	}
	// Each name is looked up once: the search runs over the whole
	// document, and a long one names the same people many times.
	e.namesMu.Lock()
	w, ok := e.names[name]
	e.namesMu.Unlock()
	if ok {
		return w
	}
	// Two workers that ask for the same new name both search; the answers
	// are the same.
	w = e.wholeNameIn(e.Whole(), name)
	if w == name {
		w = headedName(e.Whole(), name) // 请苗|延红 beside 苗延红 (people_headedname.go)
	}
	e.namesMu.Lock()
	if e.names == nil {
		e.names = map[string]string{}
	}
	e.names[name] = w
	e.namesMu.Unlock()
	return w
}

func (e *Env) wholeNameIn(doc, name string) string {
	var next rune
	count, ends := 0, false
	for i := strings.Index(doc, name); i >= 0; {
		j := i + len(name)
		r, w := utf8.DecodeRuneInString(doc[j:])
		// 王红|都介绍 beside 王红都、: a stop that leads the words after it
		// (都, an adverb) runs on from the name only where punctuation
		// follows it once at least, as it cannot close a clause.
		stop := lexicon.NameStops().Has(string(r))
		if !unicode.Is(unicode.Han, r) || stop && !leadsOnly(string(r)) {
			return name
		}
		if _, ok := lexicon.Titles().At(doc, j); ok {
			return name
		}
		if count > 0 && r != next {
			return name
		}
		next = r
		count++
		if stop && clauseEnd(doc, j+w) || !stop && boundaryAt(doc, j+w) {
			ends = true
		}
		k := strings.Index(doc[j:], name)
		if k < 0 {
			break
		}
		i = j + k
	}
	if count < 2 || !ends {
		return name
	}
	return name + string(next)
}

// wordAcross reports whether one of the words ts runs across byte offset
// i: a lexicon word ending at i is then only part of a longer word.
func wordAcross(ts []segment.Token, i int) bool {
	k := tokenOver(ts, i+1) // the first word that ends after i
	return k < len(ts) && ts[k].Start < i
}

// knownWordAcross reports whether a word the segmenter knows runs across
// byte offset i, the end of a title: the title is then only part of a
// longer word (摄影|师). A name it guessed there (处处|长孙耀霖, the body's
// 处 doubled by 处长) is no such word: the guess ran the title's tail
// into the name after it.
func knownWordAcross(ts []segment.Token, i int) bool {
	k := tokenOver(ts, i+1)
	return k < len(ts) && ts[k].Start < i && !nameTag(ts[k].Tag)
}

// marriedName reports whether the two-character word name and the word
// next after it make one name of four characters: a married woman's name
// printed with her husband's surname before her own (蕭曾鳳群, 陳方安生,
// the 冠夫姓 usage of Hong Kong and Macao), both characters of name a
// surname of one character, one of them among the common hundred (a
// handle such as 平谷|小编 opens with a place whose characters are rare
// surnames only), and next a given name of two that the
// segmenter did not know, closing the clause (蕭曾|鳳群|)): a given name
// has two characters at most after a surname of one, so two surnames and
// two characters more are the married form, no name and a word. An
// opening quotation mark after next (黄东|红以|“四不两直”) opens the
// words of a clause going on, none closing (people_openmark.go); a
// bracket after it holds a note on the name (萧曾凤群(致辞)).
func marriedName(s, name string, next segment.Token) bool {
	first, w := utf8.DecodeRuneInString(name)
	husband, ok := surnameAt(name, 0)
	if !ok || husband != string(first) {
		return false
	}
	own, ok := surnameAt(name, w)
	if !ok || w+len(own) != len(name) {
		return false
	}
	if lexicon.Surnames().Label(husband, 0) != surnameCommon && lexicon.Surnames().Label(own, 0) != surnameCommon {
		return false
	}
	g, _ := utf8.DecodeRuneInString(next.Word)
	return next.Tag == "x" && utf8.RuneCountInString(next.Word) == 2 && allHan(next.Word) &&
		!lexicon.NameStops().Has(string(g)) && clauseEnd(s, next.End) && !openingQuoteAt(s, next.End)
}

// listedBeforeCloser reads the names of a 、-list that 等 and the office
// ti close (熊玲、彭桥等提案委员, 张明、李华等代表): the office after 等 names
// all the list holds as its holders, so each member is a person with that
// title. A word the segmenter cuts (提案, 人大) may stand between 等 and
// the title, naming the office's kind. The list opens the clause; its
// members are read from there while each is a name whole (nameAfter), and
// a list of two members at least counts: 等 after one word alone closes no
// list of people (会议等委员会). A member that is no name ends the list.
func listedBeforeCloser(s string, words wordsAt, ti title) []bounds {
	if !officeWord(ti.word) {
		return nil
	}
	ts := words(ti.start)
	k := tokenAt(ts, ti.start)
	if k < 1 {
		return nil
	}
	closer := k - 1
	if ts[closer].Word != listCloser && closer > 0 && ts[closer-1].Word == listCloser {
		closer-- // 等|提案|委员: the office's kind between
	}
	if ts[closer].Word != listCloser {
		return nil
	}
	end := ts[closer].Start
	start := strings.LastIndexAny(s[:end], clauseOpeners)
	if start < 0 {
		start = 0
	} else {
		_, w := utf8.DecodeRuneInString(s[start:])
		start += w
	}
	members := strings.Split(s[start:end], "、")
	if len(members) < 2 {
		return nil
	}
	var out []bounds
	j := start
	for _, m := range members {
		n, ok := nameAfter(s, words(j), j)
		if !ok || n != m {
			break
		}
		out = append(out, bounds{j, j + len(m)})
		j += len(m) + len("、")
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// clauseOpeners are the marks after which a clause, and a list that opens
// it, starts.
const clauseOpeners = "，,。；;：:！!？?\n（("

// bodyWordAfter reports whether the name n read at i opens with a word that
// names a body of no particular name (generic_agencies.txt: 机构, 中心,
// 站): the title before it and that word make a noun together (社工机构, a
// social-work agency; 社工站, a social-work station), which names a kind
// of body, no person. A one-character body word counts only where it is
// the whole of what was read.
func bodyWordAfter(s string, i int, n string) bool {
	w, ok := lexicon.GenericAgencies().At(s, i)
	return ok && (len(w) >= len(n) || utf8.RuneCountInString(w) > 1)
}

// bodySuffixAt reports whether the ending of a body's name (agency
// suffixes: 中心, 院, 协会) starts at i: a form of address right before it
// (老人 of 老人中心, 老人院) is a word of the body's name, which names
// whom the body serves, not the person a name is.
func bodySuffixAt(s string, i int) bool {
	_, ok := lexicon.AgencySuffixes().At(s, i)
	return ok
}

// wordOpensBefore reports whether a word the segmenter knows, no name,
// starts before i and runs over it (工作|者 ⊃ 作者 in 工作者): a credit
// label is a word of its own where a byline prints it (作者:李某), so one
// that closes a longer word is no label.
func wordOpensBefore(ts []segment.Token, i int) bool {
	k := tokenOver(ts, i+1)
	return k < len(ts) && ts[k].Start < i && ts[k].End > i && !nameTag(ts[k].Tag) && ts[k].Tag != "x"
}

// mediumAt reports whether a medium's word starts at i (阳湖|网, 某某|日报):
// the name before it is a paper's or a site's. A one-character word counts
// only as a word of its own (网 but not 网上).
func mediumAt(s string, ts []segment.Token, i int) bool {
	w, ok := lexicon.Media().At(s, i)
	if !ok {
		return false
	}
	if utf8.RuneCountInString(w) > 1 {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(s[i+len(w):]); i+len(w) == len(s) || !unicode.Is(unicode.Han, r) {
		return true
	}
	k := tokenAt(ts, i)
	return k >= 0 && ts[k].Word == w
}

// listedName reads a name of three characters that stands alone between
// marks, between a title and a mark or between a mark and a title
// (秘书长何其勇、, 、林建平副调研员): a surname and two more characters,
// the whole run of Chinese text from i up to punctuation or a title before
// end, however the segmenter cut it (何其|勇), unless it is one word it
// knows of another kind. Two characters so placed are too often a verb
// (强调, 主持) to be read without the segmenter.
func listedName(s string, i, end int, ts []segment.Token) (string, bool) {
	j := hanRunEnd(s, i, end)
	if utf8.RuneCountInString(s[i:j]) != 3 || j < len(s) && j < end && !listMark(s, j) {
		return "", false
	}
	name := s[i:j]
	if sur, ok := surnameAt(name, 0); !ok || leadsWord(ts, i, sur) || rareLeadOpens(ts, i, sur) {
		return "", false
	}
	if k := tokenAt(ts, i); k >= 0 && ts[k].End == j && !nameTag(ts[k].Tag) {
		return "", false // one word of another kind: 会议室
	}
	if verbThenFunction(ts, i, j) {
		return "", false // 成立|由|局长: a verb and a preposition (people_verbfunction.go)
	}
	if k := tokenAt(ts, i); k >= 0 && adverbialBefore(s, ts, k, j) {
		return "", false // 平时|杨|书记: an adverb, then a surname and its title
	}
	if k := tokenAt(ts, i); k >= 0 && k+1 < len(ts) && ts[k].End == ts[k+1].Start && ts[k+1].End == j &&
		len(ts[k].Word) == len(name)-len(ts[k+1].Word) && !surnameTag(ts[k].Tag) && ts[k+1].Tag == "n" {
		// 负责人任|成员: a "surname" the segmenter reads as a word of
		// its own that opens no name (任, a verb or pronoun) before a
		// common noun (n) it knows: a verb and its object (任成员, serve
		// as members), no name. A given name the segmenter knows is of
		// another kind (任|宏伟, an adjective) or a name's (nr).
		return "", false
	}
	if k := tokenEndingAt(ts, j); k > 0 && ts[k].Start == ts[k-1].End && utf8.RuneCountInString(ts[k].Word) == 1 &&
		!surnameTag(ts[k].Tag) && strings.HasPrefix(ts[k-1].Tag, "nr") && titleAt(s, j) {
		// 王明|任|组长: a name the segmenter knows, then a one-character
		// word that continues no name (任, serve as) before the title:
		// the verb that gives the name its post, no third character.
		return "", false
	}
	for off, r := range name {
		if lexicon.NameStops().Has(string(r)) && !inPersonalName(ts, i+off) {
			return "", false
		}
	}
	return checkName(name)
}

// rareLeadOpens reports whether the rare surname sur at i is one that
// leads a phrase (surnames.txt, lead: 有, 经, 从) and the segmenter reads
// no name from there: neither a personal name (nr) nor an unknown word of
// three characters or more (随海波, a full name it does not know), but the
// word alone (有, a verb) or with one character of what it leads (有饭|吃).
// Such a run after a title or between list marks is a phrase of that word
// (让困难群众有饭吃、有衣穿: have food to eat, have clothes to wear), no
// name. A common surname (于, 向) opens names too often to be read so.
func rareLeadOpens(ts []segment.Token, i int, sur string) bool {
	if lexicon.Surnames().Label(sur, 1) != surnameLead || lexicon.Surnames().Label(sur, 0) == surnameCommon {
		return false
	}
	k := tokenAt(ts, i)
	if k < 0 || strings.HasPrefix(ts[k].Tag, "nr") {
		return false
	}
	return !(ts[k].Tag == "x" && utf8.RuneCountInString(ts[k].Word) >= 3)
}

// adverbialBefore reports whether the run of three characters that ts[k]
// opens and that ends at j, before a title, is a word of two characters
// that no name opens with, one that qualifies a clause (clauseWord: 平时,
// 经常, 同时), then a surname the segmenter cut apart: the surname and the
// title are a form of address with no given name (平时杨书记对老人很照顾,
// 经常赵主任来看望), no one's full name, as checkName holds (王|主任).
func adverbialBefore(s string, ts []segment.Token, k, j int) bool {
	if k+1 >= len(ts) || utf8.RuneCountInString(ts[k].Word) != 2 || ts[k+1].Start != ts[k].End || ts[k+1].End != j || !titleAt(s, j) {
		return false
	}
	if !clauseWord(ts[k].Tag) {
		return false
	}
	sur, ok := surnameAt(ts[k+1].Word, 0)
	return ok && sur == ts[k+1].Word
}

// clauseWord reports whether a tag is of the words that qualify a clause
// and never hold a name's character: a time word (平时), an adverb (随后),
// a conjunction (同时), a preposition, a pronoun (其中) or a word of place
// (t, d, c, p, r, f).
func clauseWord(tag string) bool {
	switch tag {
	case "t", "d", "c", "p", "r", "f":
		return true
	}
	return false
}

// titleAt reports whether a title of the lexicon starts at j.
func titleAt(s string, j int) bool {
	_, ok := lexicon.Titles().At(s, j)
	return ok
}

// inPersonalName reports whether byte offset j lies inside a word of two
// or more characters the segmenter tags as a personal name (倪|向阳): a
// stop character there (向, a preposition) is part of the name.
func inPersonalName(ts []segment.Token, j int) bool {
	k := tokenOver(ts, j+1)
	if k >= len(ts) || ts[k].Start > j || utf8.RuneCountInString(ts[k].Word) < 2 {
		return false
	}
	switch ts[k].Tag {
	case "nr", "nrfg", "nrt":
		return true
	}
	return false
}

// listMark reports whether punctuation that parts a list stands at j, or a
// title follows there. A line's end parts it as the text's end does
// (签发人:任宏伟 closing its line).
func listMark(s string, j int) bool {
	r, _ := utf8.DecodeRuneInString(s[j:])
	if strings.ContainsRune("、，,；;。（(）)：:\n", r) {
		return true
	}
	_, ok := lexicon.Titles().At(s, j)
	return ok
}

// The bare names that a convention of the text makes certain, with no
// title printed next to them (GOLD.md, people: role null where none is
// printed).

// listCloser closes a list of people before the noun that says who they
// are (张三、李四等县领导).
const listCloser = "等"

// leaderNouns say that a list closed by 等 names people: leaders
// (县四套班子领导, 领导同志) and the officials in charge (负责同志).
func leaderNouns() []string { return lexicon.CueList("leader") }

// comrades is the form of address that closes a list of people right
// after 等 (张三、李四等同志).
const comrades = "同志"

// closedLists finds the bare names of a list closed by 等 and a leaders'
// noun (黄慧、吴呈钱、张贤孟等县四套班子领导带头…): such a list names people,
// each of its members a name. A list of two or more is read, every member
// a name standing whole between the marks; one member that is no name
// (民政、财政等部门领导) makes it a list of something else.
func closedLists(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	tails := newLeaderTails(s)
	for end := range occurrences(s, listCloser) {
		if !tails.at(end+len(listCloser)) && !personCountAt(s, end+len(listCloser)) && !actingListAt(s, end+len(listCloser)) {
			continue
		}
		var names []bounds
		for j := end; ; {
			n, ok := nameBefore(s, words(j-1), j)
			if !ok || !bareName(n, words(j-len(n)), j-len(n)) {
				names = nil
				break
			}
			names = append(names, bounds{j - len(n), j})
			j -= len(n)
			if !strings.HasSuffix(s[:j], "、") {
				break
			}
			j -= len("、")
		}
		if len(names) < 2 {
			continue
		}
		for k := len(names) - 1; k >= 0; k-- {
			b := names[k]
			p := schema.Person{Name: s[b.start:b.end]}
			p.Found = found(t, b.start, b.end, "people/closed-list")
			out = append(out, p)
		}
	}
	return out
}

// countEnd is where the number of a count that starts at i ends: digits,
// Chinese numerals, or 多, 几, 数 for "many".
func countEnd(s string, i int) int {
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !(r >= '0' && r <= '9') && !numeral.IsChinese(r) && !strings.ContainsRune("多几数", r) {
			break
		}
		j += w
	}
	return j
}

// personCountAt reports whether a count of people starts at i: a number
// (digits, Chinese numerals, or 多, 几, 数 for "many") and a measure word
// that counts persons only (cue_words.tsv, personmeasure: 位). After 等
// (甲某、乙某等多位劳模, 甲某、乙某等3位老人) it says the list before it is
// of people, as a leaders' noun does.
func personCountAt(s string, i int) bool {
	j := countEnd(s, i)
	if j == i {
		return false
	}
	_, ok := lexicon.CueWordList("personmeasure").At(s, j)
	return ok
}

// leaderTails tells whether a leaders' noun follows 等 at a byte offset:
// 同志 right after it, or 领导 or 负责同志 after the words that qualify it
// (等县四套班子领导, 等副市级以上领导). The noun phrase runs unbroken to
// the noun: Chinese characters within the clause, as many as the text
// prints. Asked at offsets that ascend (a text's 等, left to right), it
// reads each stretch of the text once.
type leaderTails struct {
	s     string
	nouns []forward // the next leaders' noun, one cursor per noun
	brk   forward   // the next character that is not Chinese
}

func newLeaderTails(s string) *leaderTails {
	l := &leaderTails{s: s, brk: newForward(s, func(s string) int {
		return strings.IndexFunc(s, func(r rune) bool { return !unicode.Is(unicode.Han, r) })
	})}
	for _, n := range leaderNouns() {
		l.nouns = append(l.nouns, newForward(s, func(s string) int { return strings.Index(s, n) }))
	}
	return l
}

// at reports whether a leaders' noun follows 等 ending at i.
func (l *leaderTails) at(i int) bool {
	if strings.HasPrefix(l.s[i:], comrades) {
		return true
	}
	end := l.brk.next(i)
	for k := range l.nouns {
		if l.nouns[k].next(i) < end {
			return true
		}
	}
	return false
}

// forward finds, for offsets that ascend, the first match at or after
// each: a match found serves every offset up to it, so the searches read
// apart stretches of the text, its length in all, and keep nothing else.
type forward struct {
	s          string
	find       func(string) int // the first match in its argument, or -1
	from, upto int              // no match in [from, upto); a match at upto, or upto is len(s)
}

func newForward(s string, find func(string) int) forward {
	return forward{s: s, find: find, from: 1, upto: 0}
}

// next is the first match at or after i, or len(s) for none.
func (f *forward) next(i int) int {
	if i >= f.from && i <= f.upto {
		return f.upto
	}
	f.from, f.upto = i, len(f.s)
	if k := f.find(f.s[i:]); k >= 0 {
		f.upto = i + k
	}
	return f.upto
}

// leaderWord is printed before a person's name with the body or level
// whose leader the person is (衡阳市领导刘正兴, 县领导吴晖华、陈福军): no
// title of office, so the person takes none.
const leaderWord = "领导"

// namedLeaders finds the names printed right after a body's or a level's
// 领导 (市领导刘正兴参加, 市委领导张三, 县领导甲、乙出席), and the names
// listed after the first one. 领导 must follow a level (市, 县) or a
// body's ending (市委, 局): 主要领导 is a rank, and 领导 before a word
// (领导小组, 领导重视) is no name's.
func namedLeaders(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for i := range occurrences(s, leaderWord) {
		at := i + len(leaderWord)
		if !leaderOf(s, i) {
			continue
		}
		if _, ok := surnameAt(s, at); !ok {
			continue
		}
		if ts := words(i); !cutAt(ts, i) || !cutAt(ts, at) {
			continue // 领导|班子: 领导 opens a longer word
		}
		n, ok := nameAfter(s, words(at), at)
		if !ok || !bareName(n, words(at), at) || !(listEnd(s, words(at+len(n)), at+len(n)) || t.HasGapAt(at+len(n))) {
			continue
		}
		if dutyPair(s, at+len(n)) {
			continue // 联村领导包片、干部包村: the leaders' duty, no name (people_dutypair.go)
		}
		p := schema.Person{Name: n}
		p.Found = found(t, at, at+len(n), "people/named-leader")
		out = append(out, p)
		for _, m := range sharingTitle(t, words, at+len(n), "", false) {
			if !bareName(s[m.start:m.end], words(m.start), m.start) {
				break
			}
			q := schema.Person{Name: s[m.start:m.end]}
			q.Found = found(t, m.start, m.end, "people/named-leader")
			out = append(out, q)
		}
	}
	return out
}

// leaderOf reports whether a level (市, 县) or a body's ending (市委, 局)
// stands right before byte offset i.
func leaderOf(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	if r == utf8.RuneError || !unicode.Is(unicode.Han, r) {
		return false
	}
	if bodyChar(string(r)) {
		return true
	}
	_, ok := lexicon.AgencySuffixes().EndingAt(s, i)
	return ok
}

// honourVerbs are printed between a person and the honour the person is
// given (马少平获襄阳市“最美退役军人工作者”, 张三荣获“劳动模范”称号).
func honourVerbs() []string { return lexicon.CueList("honour") }

// honourMarks show that what a clause gives is an honour: its name in
// quotes, or the word 称号 (title of honour).
func honourMarks() []string { return lexicon.CueList("honourmark") }

// honoured finds a name that opens a clause and is awarded an honour
// there (，马少平获襄阳市“最美退役军人工作者”，): a name of two or three
// characters standing alone between the clause's start and the verb,
// which the segmenter does not read as a word of another kind (全县,
// 张家港) and which is no body's (老君山村). Honours go to people and to
// bodies; only a name so placed is taken.
func honoured(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	verbs := honourVerbs()
	for _, verb := range verbs {
		clauses := newHonourClauses(s) // asked at one verb's occurrences, which ascend
		for i := range occurrences(s, verb) {
			at := i + len(verb)
			if longerEndsAt(s, verbs, verb, at) {
				continue // 荣|获: read whole as 荣获
			}
			start := clauseStartBefore(s, i, nameMaxRunes)
			if start < 0 || i-start < len("张三") {
				continue
			}
			if !clauses.honourAfter(at) {
				continue
			}
			if _, ok := surnameAt(s, start); !ok || !bareName(s[start:i], words(start), start) {
				continue
			}
			p := schema.Person{Name: s[start:i]}
			p.Found = found(t, start, i, "people/honoured")
			out = append(out, p)
		}
	}
	return out
}

// longerEndsAt reports whether a longer word of words that ends with w
// ends at i in s: w is then part of it (荣获 over 获), read with it.
func longerEndsAt(s string, words []string, w string, i int) bool {
	for _, v := range words {
		if len(v) > len(w) && strings.HasSuffix(v, w) && strings.HasSuffix(s[:i], v) {
			return true
		}
	}
	return false
}

// clauseStartBefore is where the run of Chinese characters that ends at i
// starts, if it holds at most max characters: a clause's start, after
// punctuation, a space or the text's start. It is -1 for a longer run.
func clauseStartBefore(s string, i, max int) int {
	for c := 0; c <= max; c++ {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if i == 0 || !unicode.Is(unicode.Han, r) {
			return i
		}
		i -= w
	}
	return -1
}

// nameMaxRunes is the longest name printed bare, in characters: a
// surname of one character and a given name of one or two (马少平). A
// longer run before a verb or a list's mark is words of a clause; the
// rarer compound surnames (欧阳) and transcribed names are read only
// beside a title that vouches for them.
const nameMaxRunes = 3

// segmentedBareName reports whether n, standing at byte offset at, is a
// bare name (bareName) that the segmenter bounds: a word of it starts at
// at and a word ends where n does, so no word runs across either edge (a
// speaker's label, a writer's name after a source field).
func segmentedBareName(n string, at int, words wordsAt) bool {
	ts := words(at)
	return tokenAt(ts, at) >= 0 && tokenEndingAt(ts, at+len(n)) >= 0 && bareName(n, ts, at)
}

// bareName reports whether n, at byte offset at, is a name printed with
// no title: two to nameMaxRunes characters, a surname first, that the
// segmenter reads as no word of another kind (关心, 全县) and that is
// neither a place's name (张家港, 江山) nor a body's (老君山村: a level or
// a body's ending last).
func bareName(n string, ts []segment.Token, at int) bool {
	return bareWord(n, ts, at) && !lexicon.Places().Has(n)
}

// bareWord reports whether n, at byte offset at, reads as bareName does
// but may be a place's name too (金山, 江山): where nothing around it says
// a place, a name.
func bareWord(n string, ts []segment.Token, at int) bool {
	if c := utf8.RuneCountInString(n); c < 2 || c > nameMaxRunes || !creditName(n, ts, at) || knownWordAcross(ts, at) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(n)
	return !bodyChar(string(last))
}

// honourClauses tells whether an honour's mark stands whole in the
// clause that runs on from a byte offset to its punctuation (，。；) or
// the line's end: the clause read to its own end, however long. Asked at
// offsets that ascend (one verb's occurrences, left to right), it reads
// each stretch of the text once.
type honourClauses struct {
	marks  []forward // the next honour's mark, one cursor per mark
	widths []int     // each mark's length
	closer forward   // the next mark that ends a clause
}

func newHonourClauses(s string) *honourClauses {
	h := &honourClauses{closer: newForward(s, func(s string) int { return strings.IndexAny(s, "，,。；;\n") })}
	for _, m := range honourMarks() {
		h.marks = append(h.marks, newForward(s, func(s string) int { return strings.Index(s, m) }))
		h.widths = append(h.widths, len(m))
	}
	return h
}

// honourAfter reports whether an honour's mark stands whole in the
// clause that runs on from i: the first of each mark from i is the one
// that could end before the clause does.
func (h *honourClauses) honourAfter(i int) bool {
	end := h.closer.next(i)
	for k := range h.marks {
		if h.marks[k].next(i)+h.widths[k] <= end {
			return true
		}
	}
	return false
}

// surnameModal labels, in surnames.txt, the surnames that are also modal
// verbs (须 must, 宜 should, 能 can).
const surnameModal = "modal"

// modalVerb reports whether the surname sur at i is a modal verb before a
// verb (现役军人须持团以上…: 须 must, 持 hold): a modal leads the verb of
// its clause, and a character the segmenter reads alone as a verb (v)
// opens no given name after it.
func modalVerb(s string, i int, sur string) bool {
	if lexicon.Surnames().Label(sur, 1) != surnameModal {
		return false
	}
	r, w := utf8.DecodeRuneInString(s[i+len(sur):])
	return w > 0 && unicode.Is(unicode.Han, r) && stopTag(string(r)) == "v"
}

// surnamePlace labels, in surnames.txt, the surnames that are also
// localizers (中 among, 后 after).
const surnamePlace = "place"

// localizerAfter reports whether the surname sur at i is a localizer
// that places the word right before it (城乡低保户|中因重大疾病: among the
// households; 审核通过|后): run on from a Chinese character, it closes
// that word's phrase and opens no name.
func localizerAfter(s string, i int, sur string) bool {
	if lexicon.Surnames().Label(sur, 1) != surnamePlace {
		return false
	}
	r, w := utf8.DecodeLastRuneInString(s[:i])
	return w > 0 && unicode.Is(unicode.Han, r)
}

// unitBeforeFigure reports whether a multiplier and a unit of count stand
// at i before a figure (人数万人7.1, 床位万张0.3): a statistics table
// flattened to text prints each row's unit between its label and its
// value, and the multiplier, though a surname (万), opens no name there.
func unitBeforeFigure(s string, i int) bool {
	m := numeral.MultiplierAt(s, i)
	if m == "" {
		return false
	}
	u, ok := lexicon.Units().At(s, i+len(m))
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i+len(m)+len(u):])
	return unicode.IsDigit(r)
}

// pairedNames finds two untitled names joined by a conjunction before
// the verb of their clause (家住西工区的王炫玏和武冰倩在…登记处领证): a
// report names the people it is about with no title. The first name runs
// from the particle 的, punctuation or the clause's start to the
// conjunction; the second stands before a verb or a preposition. Each is
// a bare name (bareName): a surname first, two or three characters, no
// word of another kind, no place's or body's name. (A mirror's pinyin
// reading after a name, 王炫玏(lè), is dropped by the cleaner.)
func pairedNames(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for _, c := range lexicon.CueList("conjunction") {
		for j := range occurrences(s, c) {
			ts := words(j)
			if k := tokenAt(ts, j); k < 0 || ts[k].Word != c {
				continue // 和谐, 参与: the conjunction's character in a word
			}
			start, ok := untitledStart(s, j)
			if !ok {
				start, ok = nounLedStart(ts, j)
			}
			if !ok || !bareName(s[start:j], ts, start) {
				continue
			}
			at := j + len(c)
			ts = words(at)
			n, ok := nameAfter(s, ts, at)
			if !ok || !bareName(n, ts, at) {
				continue
			}
			if k := tokenAt(ts, at+len(n)); k < 0 || ts[k].Tag != "v" && ts[k].Tag != "p" && ts[k].Tag != "d" {
				continue // 张明和李华同志, 王府和李庄村: no verb after the second name
			}
			for _, b := range []bounds{{start, j}, {at, at + len(n)}} {
				p := schema.Person{Name: s[b.start:b.end]}
				p.Found = found(t, b.start, b.end, "people/paired-names")
				out = append(out, p)
			}
		}
	}
	return out
}

// nounLedStart is where the first of two paired names starts that ends
// at the conjunction at j and follows the noun that says who the pair are
// (新人张鹏远和王淑环早就…: the couple registering): one word of two or
// three characters the segmenter did not know or read as a name's (x,
// nr), right after a noun of two characters or more (n) that holds no
// title of office.
func nounLedStart(ts []segment.Token, j int) (int, bool) {
	k := tokenEndingAt(ts, j)
	if k < 1 || !nameTag(ts[k].Tag) || !allHan(ts[k].Word) {
		return 0, false
	}
	if n := utf8.RuneCountInString(ts[k].Word); n < 2 || n > nameMaxRunes {
		return 0, false
	}
	prev := ts[k-1]
	if prev.End != ts[k].Start || prev.Tag != "n" || utf8.RuneCountInString(prev.Word) < 2 || hasTitle(prev.Word) {
		return 0, false // 局长张毅和李华: a title's name is findPeople's, the name after 和 shares it or not
	}
	return ts[k].Start, true
}

// untitledStart is where a name printed with no title starts that ends at
// i: after the particle 的 (家住西工区的|王炫玏), punctuation or the
// text's start, two or three Han characters before i.
func untitledStart(s string, i int) (int, bool) {
	j, n := i, 0
	for j > 0 && n <= nameMaxRunes {
		r, w := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.Is(unicode.Han, r) || r == '的' {
			break
		}
		j -= w
		n++
	}
	return j, n >= 2 && n <= nameMaxRunes && (j == 0 || !unicode.Is(unicode.Han, lastRune(s[:j])) || lastRune(s[:j]) == '的')
}

// rosterNames finds the people of a list that a label line announces as
// a list of names (評審專家名單(排名不分先后):, 获奖人员名单如下:): the
// members that follow, on the label's line after its colon or on the next
// line, parted by 、 (唐咏、罗文恩、宋承昊). Every member must be a bare
// name (bareName: a surname first, two or three characters, no word of
// another kind, no place's or body's name), and there must be two or
// more; a list with one member that is none (a unit, a project) is a list
// of something else, and none of it is taken. They take no title.
func rosterNames(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	if !strings.Contains(s, rosterWord) {
		return nil
	}
	var out []schema.Person
	for at := range occurrences(s, rosterWord) {
		lineEnd := len(s)
		if n := strings.IndexByte(s[at:], '\n'); n >= 0 {
			lineEnd = at + n
		}
		c, ok := rosterColon(s, at+len(rosterWord), lineEnd)
		if !ok {
			continue
		}
		start, end := c, lineEnd
		if strings.TrimSpace(s[c:lineEnd]) == "" && lineEnd < len(s) {
			start, end = lineEnd+1, len(s) // the list on the next line
			if n := strings.IndexByte(s[start:], '\n'); n >= 0 {
				end = start + n
			}
		}
		out = append(out, rosterMembers(t, words, start, end)...)
	}
	return out
}

// rosterWord names a list of people in a label (名单, a roster).
const rosterWord = "名单"

// rosterColon is where the value of a roster's label starts: after the
// colon that closes the label, with only a note in brackets (排名不分先后)
// or 如下 (as follows) between 名单 and the colon.
func rosterColon(s string, i, lineEnd int) (int, bool) {
	rest := s[i:lineEnd]
	if strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "（") {
		close := strings.IndexAny(rest, ")）")
		if close < 0 {
			return 0, false
		}
		_, w := utf8.DecodeRuneInString(rest[close:])
		rest = rest[close+w:]
	}
	rest = strings.TrimPrefix(rest, "如下")
	for _, c := range []string{":", "："} {
		if strings.HasPrefix(rest, c) {
			return lineEnd - len(rest) + len(c), true
		}
	}
	return 0, false
}

// rosterMembers reads the members of a roster at [start, end): names
// parted by 、, the list closed by its punctuation or the line's end.
func rosterMembers(t span.Text, words wordsAt, start, end int) []schema.Person {
	s := t.String()
	body := strings.TrimRight(s[start:end], " \t\u3000。;；.")
	body = strings.TrimLeft(body, " \t\u3000")
	at := start + strings.Index(s[start:end], body)
	parts := strings.Split(body, "、")
	if len(parts) < 2 || body == "" {
		return nil
	}
	var out []schema.Person
	for _, n := range parts {
		if !bareName(n, words(at), at) {
			return nil
		}
		p := schema.Person{Name: n}
		p.Found = found(t, at, at+len(n), "people/roster")
		out = append(out, p)
		at += len(n) + len("、")
	}
	return out
}

// agedNames finds a name introduced by the person's age (今年34岁的李升,
// 现年七十二岁的张桂兰): a report presents the people it is about by age
// and 的 before the name. The name is one word of two or three characters
// the segmenter did not know or read as a name's (x, nr), a bare name
// (bareName), followed by punctuation, a conjunction, a verb, a
// preposition or an adverb: a noun there (34岁的李村村民) makes the words
// another noun phrase.
func agedNames(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for j := range occurrences(s, ageOf) {
		if r := lastRune(s[:j]); !(r >= '0' && r <= '9' || numeral.IsChinese(r)) {
			continue // 岁的 after no figure: no age
		}
		at := j + len(ageOf)
		ts := words(at)
		k := tokenAt(ts, at)
		if k < 0 {
			continue
		}
		n, e := ts[k].Word, ts[k].End
		if sn, se, ok := agedSplitName(s, ts, k); ok {
			n, e = sn, se // 陈|烜: a rare given name cut (people_agedsplit.go)
		} else if !nameTag(ts[k].Tag) {
			continue
		}
		if !bareName(n, ts, at) {
			continue
		}
		if !clauseEnd(s, e) {
			if next := tokenAt(ts, e); next < 0 || !clauseWordTag(ts[next].Tag) {
				continue
			}
		}
		p := schema.Person{Name: n}
		p.Found = found(t, at, e, "people/aged")
		out = append(out, p)
	}
	return out
}

// answerSpeakers finds the speaker who opens an answer in the transcript
// of a press conference or an interview: the question, on the line
// before, ends in its question mark, and the answer opens with the
// speaker's name and a colon, then the speech (问:…?\n陆治原:积极应对…).
// The name is a bare name (bareName: a surname first, no word of another
// kind) whose last word the segmenter ends at the colon,
// printed with no title here, so its role is null (GOLD people).
// What follows the colon must be words, no field's value in digits or
// Latin letters (张三:13800000000), and the colon must close the name
// itself: a label the lexicon knows (联系人:, 作者:) is no name.
func answerSpeakers(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	prev := ""
	for at, line := range trimmedLines(s) {
		question := strings.HasSuffix(prev, "？") || strings.HasSuffix(prev, "?")
		if strings.TrimSpace(line) != "" {
			prev = strings.TrimRight(line, " \t\u3000\r")
		}
		if !question {
			continue
		}
		c := strings.IndexAny(line, ":：")
		if c <= 0 {
			continue
		}
		n := line[:c]
		rest := line[c:]
		_, w := utf8.DecodeRuneInString(rest)
		if r, _ := utf8.DecodeRuneInString(rest[w:]); !unicode.Is(unicode.Han, r) {
			continue
		}
		if !segmentedBareName(n, at, words) {
			continue
		}
		if _, ok := lexicon.Titles().EndingAt(n, len(n)); ok {
			continue
		}
		p := schema.Person{Name: n}
		p.Found = found(t, at, at+len(n), "people/answer-speaker")
		out = append(out, p)
	}
	return out
}

// clauseWordTag reports whether a tag is one of the words that go on
// with a clause after its subject: a verb, a preposition, an adverb or a
// conjunction (v, p, d, c).
func clauseWordTag(tag string) bool {
	switch tag {
	case "v", "p", "d", "c":
		return true
	}
	return false
}

// ageOf closes a person's age before the name it introduces (34岁的).
const ageOf = "岁的"

// dottedNames finds the names transcribed in parts joined by a middle dot
// wherever the text prints them, titled or not (牧民哈里满哈孜·叶斯坎迪尔): the
// dot (间隔号, GB/T 15834-2011 标点符号用法 4.14) parts the pieces of a
// foreign or a minority person's name transcribed in Chinese characters,
// so a run of such pieces is a person's name. The dot also parts the
// halves of a slogan, a brand or a headline (食堂·学堂, 中国·国家地名信息库,
// 七夕·爱在西苑前): there the halves are words of the language, while a
// transcribed piece is none. So the piece before the first dot is words
// the segmenter did not know or read as a name's (x, nr: 哈里|满哈孜), two
// characters or more from the word of another kind before it, and
// dottedAfter reads the rest (a last piece of single characters and
// unknown words, ending where a name may). A piece in quotation marks or
// a book title's marks is a slogan's or a title's, no name.
func dottedNames(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	if !strings.ContainsAny(s, nameDots) {
		return nil
	}
	var out []schema.Person
	for d, r := range s {
		if !strings.ContainsRune(nameDots, r) || !dotJoinedAfter(s, d) || !dotJoinedBefore(s, d+utf8.RuneLen(r)) {
			continue
		}
		if quotedDot(s, d) {
			continue // “你说我听·你需我帮”: the halves of a quoted name (people_quoteddot.go)
		}
		i, ok := dottedStart(s, words(d-1), d)
		if !ok {
			continue
		}
		n, ok := dottedAfter(s, words(i), i)
		if !ok {
			continue
		}
		if last := n[strings.LastIndexAny(n, nameDots):]; utf8.RuneCountInString(last) < 3 {
			continue // the dot and one character: no piece of a name
		}
		p := schema.Person{Name: n}
		p.Found = found(t, i, i+len(n), "people/dotted")
		out = append(out, p)
	}
	return out
}

// dottedStart is where the first piece of a dotted name starts that ends
// at the dot d: the run of words the segmenter did not know or read as a
// name's (x, nr and its kinds) or name words of the lexicon, and the
// words a name word opens (people_dottedopen.go), right before d, two to dottedPartMax
// characters, with no dot before it (the piece is the first) and no
// opening quotation mark or book title's mark.
func dottedStart(s string, ts []segment.Token, d int) (int, bool) {
	i := d
	for {
		for k := tokenEndingAt(ts, i); k >= 0 && ts[k].End == i; k-- {
			if !dottedNameWord(ts[k]) {
				break
			}
			i = ts[k].Start
		}
		j := nameWordOpens(s, ts, i, d) // 古丽|苏木·… (people_dottedopen.go)
		if j == i {
			break
		}
		i = j
	}
	if n := utf8.RuneCountInString(s[i:d]); n < 2 || n > dottedPartMax || hasTitle(s[i:d]) {
		return 0, false
	}
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if strings.ContainsRune(nameDots, r) || strings.ContainsRune("“‘《〈「『\"", r) {
			return 0, false
		}
	}
	return i, true
}

// memberLines reads the member lines of a roster: the lines of a 领导小组
// or an inspection team (督查组) that print each member as a name, a space
// and the member's unit and post (组 长:郭鹏逸 市民政局副局长; the lines
// under it with no label: 李 萍 市防灾减灾中心主任). A line opens with a
// label and its colon, or follows such a line with none; its name is the
// words before the last space, two or three characters with a surname
// first, and a name of two may be spaced to the width of three (李 鹏:
// the padding of 名单 layouts, one space between its characters); what
// follows the last space is the member's unit and post, no space in it.
// The role is the title that closes the line, the last printed (GOLD
// people); a post that closes with a staff label after its unit
// (市民政局救灾科工作人员) has that label as its role, and one whose post
// is no title but names a body names the member with role null.
// The label (组长, 成员) names the member's place in the team, no person
// and no post. It returns the people and the lines read.
func memberLines(t span.Text) ([]schema.Person, []bounds) {
	s := t.String()
	var out []schema.Person
	var lines []bounds
	after := -1 // the end of the last member line
	for start, end := range lineSpans(s) {
		at, label := start, ""
		if c, l, ok := memberLabel(s, start, end); ok {
			at, label = c, l
		} else if after < 0 || start != after+1 {
			after = -1
			continue
		}
		p, ok := memberOf(t, at, end)
		if !ok {
			p, ok = memberClause(t, at, end) // 组长：郭鹏逸，市民政局副局长。 (people_memberclause.go)
		}
		if !ok {
			after = -1
			continue
		}
		if p.Role == nil && lexicon.Titles().Has(label) {
			// 记者:张三 县融媒体中心: the label is the only title printed.
			p.Role, p.Titles = &label, []string{label}
		}
		out = append(out, p)
		lines = append(lines, bounds{start, end})
		after = end
	}
	return out, lines
}

// memberLabel is where the member after a roster label starts, and the
// label: it opens the line, Chinese characters that may be spaced out to a column's
// width (组 长, 成 员), closed by its colon.
func memberLabel(s string, start, end int) (int, string, bool) {
	line := s[start:end]
	c := strings.IndexAny(line, ":：")
	if c <= 0 || !allHan(line[:c]) {
		return 0, "", false
	}
	_, w := utf8.DecodeRuneInString(line[c:])
	return start + c + w, line[:c], true
}

// gapFields splits [at, end) at the source's white space that the text
// squeezed out (span.Text gaps).
func gapFields(t span.Text, at, end int) []bounds {
	s := t.String()
	var out []bounds
	start := at
	for i := at; i <= end; {
		if i == end || i > start && t.HasGapAt(i) {
			if i > start {
				out = append(out, bounds{start, i})
			}
			start = i
			if i == end {
				break
			}
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return out
}

// memberOf reads the member on a line from at to end (memberLines).
func memberOf(t span.Text, at, end int) (schema.Person, bool) {
	s := t.String()
	fields := gapFields(t, at, end)
	if len(fields) < 2 {
		return schema.Person{}, false
	}
	last := fields[len(fields)-1]
	post := s[last.start:last.end]
	head := fields[:len(fields)-1]
	name, ok := headName(s, head)
	if !ok {
		return schema.Person{}, false
	}
	p, ok := chainedPost(name, post, false) // 某村党支部书记、村民委员会主任: people_honourchain.go
	if !ok {
		return schema.Person{}, false
	}
	p.Found = found(t, head[0].start, head[len(head)-1].end, "people/member-line")
	return p, true
}

// headName is the name a row's fields before its last print (gapFields):
// one field, or two of one character each, a name of two spaced to three
// (李 鹏), joined without the space.
func headName(s string, head []bounds) (string, bool) {
	switch {
	case len(head) == 1:
		return s[head[0].start:head[0].end], true
	case len(head) == 2 && utf8.RuneCountInString(s[head[0].start:head[0].end]) == 1 && utf8.RuneCountInString(s[head[1].start:head[1].end]) == 1:
		return s[head[0].start:head[0].end] + s[head[1].start:head[1].end], true
	}
	return "", false
}

// memberPerson is the member a roster line prints as name and post
// (memberLines): a name of two or three characters with a surname first,
// and a post that closes with a title of the lexicon, or with a staff
// label after its unit (people_memberstaff.go), or names a body alone.
func memberPerson(name, post string) (schema.Person, bool) {
	return memberPersonOf(name, post, false)
}

// memberPersonOf is memberPerson, where transcribed says the row marks its
// name as one of an ethnic group whose names Chinese transcribes with no
// surname (拉加才让(藏族): people_ethnicrow.go), so no surname opens it.
func memberPersonOf(name, post string, transcribed bool) (schema.Person, bool) {
	most := nameMaxRunes
	if transcribed {
		most = transcribedNameMax
	}
	if n := utf8.RuneCountInString(name); n < 2 || n > most || !allHan(name) || !allHan(post) {
		return schema.Person{}, false
	}
	if sur, ok := surnameAt(name, 0); !transcribed && (!ok || len(sur) == len(name)) {
		return schema.Person{}, false
	}
	if _, ok := checkName(name); !ok || lexicon.Places().Has(name) {
		return schema.Person{}, false
	}
	p := schema.Person{Name: name}
	if w, ok := lexicon.Titles().EndingAt(post, len(post)); ok {
		p = person(name, []title{{word: w}})
		if unit := post[:len(post)-len(w)]; namesBody(unit) {
			p.Agency = unit // 市民政局救灾科|科长: the unit before the post
		}
	} else if unit, label, ok := staffPost(post); ok {
		p.Role, p.Titles, p.Agency = &label, []string{label}, unit
	} else if !namesBody(post) {
		return schema.Person{}, false
	}
	return p, true
}

// namesBody reports whether a body's ending (局, 科, 中心) closes some
// stretch of f after its first characters: f holds a body's name.
func namesBody(f string) bool {
	for j := len(f); j > 0; {
		if _, ok := lexicon.AgencySuffixes().EndingAt(f, j); ok && utf8.RuneCountInString(f[:j]) > 1 {
			return true
		}
		_, w := utf8.DecodeLastRuneInString(f[:j])
		j -= w
	}
	return false
}

// residentNames finds the people a report names by where they live
// (cue_words.tsv, resident: 某州市民张某来到…, 村民李某说): the word is a
// descriptor, no title, so the name right after it is a person with role
// null (GOLD.md, people). The word must be a word of its own (市|民政局
// is the bureau, 村民委员会 a body, 某市|民安…医院 a hospital), the name a
// bare one (bareName: a surname first, no place's or body's name), and
// the clause go on after it with its verb or its punctuation (市民张某来到,
// 村民李某, 说): a run that ends the line (提醒市民别扎堆) is no one's name,
// nor a word of two characters that opens with a rare surname (市民错峰出行).
func residentNames(t span.Text, words wordsAt) []schema.Person {
	s := t.String()
	var out []schema.Person
	for _, w := range lexicon.CueList("resident") {
		for j := range occurrences(s, w) {
			at := j + len(w)
			if k := tokenAt(words(j), j); k < 0 || words(j)[k].Word != w {
				continue // 市民政局, 村民委员会: the word's characters in other words
			}
			ts := words(at)
			n, ok := nameAfter(s, ts, at)
			if !ok || !bareName(n, ts, at) || !clauseGoesOn(s, ts, at+len(n)) || rareShortName(n) {
				continue
			}
			if verbObjectAt(ts, at, n) {
				continue // 与村民|坐炕头、话家常: a verb and its object (people_residentverb.go)
			}
			p := schema.Person{Name: n}
			p.Found = found(t, j, at+len(n), "people/after-resident")
			out = append(out, p)
		}
	}
	return out
}

// clauseGoesOn reports whether the clause runs on at j after a name with
// a mark of its own: punctuation inside the line (，、：), or a word
// the segmenter reads as a verb, a preposition, an adverb or a time (来到,
// 在, 也, 今年).
func clauseGoesOn(s string, ts []segment.Token, j int) bool {
	r, _ := utf8.DecodeRuneInString(s[j:])
	if j < len(s) && unicode.IsPunct(r) {
		return true
	}
	k := tokenAt(ts, j)
	if k < 0 || ts[k].Start != j {
		return false
	}
	switch ts[k].Tag {
	case "v", "p", "d", "t":
		return true
	}
	return false
}

// rareShortName reports whether n is two characters that open with a
// surname outside the common hundred: after a word for a class of people
// such a pair is more often a word of the clause (错峰, to stagger) than a
// name, where a common surname keeps it one (王某).
func rareShortName(n string) bool {
	sur, ok := surnameAt(n, 0)
	return utf8.RuneCountInString(n) == 2 && (!ok || lexicon.Surnames().Label(sur, 0) != surnameCommon)
}

// listedContacts are the further people a 联系人 label lists each with
// their number (联系人:张三13800000000、李四13900000000): after each name
// its number, then 、 and the next name.
func listedContacts(t span.Text, words wordsAt, i int, chain []title) []schema.Person {
	s := t.String()
	var out []schema.Person
	for {
		k := len(listedPhoneRe.FindString(s[i:]))
		if k == 0 {
			return out // a list with no numbers between its names is sharingTitle's
		}
		ms := sharingTitle(t, words, i+k, "", false)
		if len(ms) == 0 {
			return out
		}
		m := ms[0]
		q := person(s[m.start:m.end], chain)
		q.Found = found(t, m.start, m.end, "people/listed-contact")
		out = append(out, q)
		i = m.end
	}
}
